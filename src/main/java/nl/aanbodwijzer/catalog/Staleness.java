package nl.aanbodwijzer.catalog;

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

    /** Offers last verified before this date are stale. */
    public LocalDate cutoff() {
        return LocalDate.now(clock).minusDays(staleAfter.toDays());
    }

    public boolean isStale(Offer offer) {
        return offer.lastVerifiedAt() == null || offer.lastVerifiedAt().isBefore(cutoff());
    }
}
