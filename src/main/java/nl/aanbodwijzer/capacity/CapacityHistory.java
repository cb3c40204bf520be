package nl.aanbodwijzer.capacity;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import nl.aanbodwijzer.system.UtcTimes;

/** The kept history of every capacity change and confirmation: who, when, before and after. */
@Singleton
@Transactional
public class CapacityHistory {
    /** What happened to the numbers. */
    public enum Kind {
        CHANGED,
        CONFIRMED
    }

    /** One change or confirmation. */
    public record Entry(Instant at, String actor, Kind kind, Capacity before, Capacity after) {}

    private final CapacityHistoryRepository rows;
    private final Clock clock;

    CapacityHistory(CapacityHistoryRepository rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    void add(String offerId, String actor, Kind kind, Capacity before, Capacity after) {
        LocalDateTime now = UtcTimes.now(clock);
        rows.save(CapacityHistoryRow.of(offerId, now, actor, kind, before, after));
    }

    /** The offer's history, oldest first. */
    public List<Entry> of(String offerId) {
        return rows.findByOfferIdOrderById(offerId).stream()
                .map(CapacityHistoryRow::entry)
                .toList();
    }
}
