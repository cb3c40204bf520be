package nl.aanbodwijzer.capacity;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

/** Whether an offer's numbers are stale: not verified within {@code aanbodwijzer.stale-after}. */
@Singleton
public class Staleness {
    private final Duration staleAfter;
    private final Clock clock;

    public Staleness(@Value("${aanbodwijzer.stale-after:30d}") Duration staleAfter, Clock clock) {
        this.staleAfter = staleAfter;
        this.clock = clock;
    }

    public long staleAfterDays() {
        return staleAfter.toDays();
    }

    /** Numbers last verified before this date are stale. */
    public LocalDate cutoff() {
        return LocalDate.now(clock).minusDays(staleAfter.toDays());
    }

    /** Whether numbers last verified on this day (null: never) are stale now. */
    public boolean isStale(LocalDate lastVerifiedAt) {
        return lastVerifiedAt == null || lastVerifiedAt.isBefore(cutoff());
    }
}
