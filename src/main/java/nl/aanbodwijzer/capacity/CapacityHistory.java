package nl.aanbodwijzer.capacity;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.aanbodwijzer.catalog.Offer.Capacity;
import nl.aanbodwijzer.system.Sql;

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

    private static final String NUMBERS = "total, occupied, waiting_list, expected_wait_weeks, next_intake";

    private final Sql sql;
    private final Clock clock;

    CapacityHistory(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    void add(String offerId, String actor, Kind kind, Capacity before, Capacity after) {
        sql.update(
                "INSERT INTO capacity_history (offer_id, recorded_at, actor, kind, old_"
                        + NUMBERS.replace(", ", ", old_") + ", new_" + NUMBERS.replace(", ", ", new_")
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                offerId,
                LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.MILLIS),
                actor,
                kind.name(),
                before.total(),
                before.occupied(),
                before.waitingList(),
                before.expectedWaitWeeks(),
                before.nextIntake(),
                after.total(),
                after.occupied(),
                after.waitingList(),
                after.expectedWaitWeeks(),
                after.nextIntake());
    }

    /** The offer's history, oldest first. */
    public List<Entry> of(String offerId) {
        return sql.list(
                "SELECT recorded_at, actor, kind, old_" + NUMBERS.replace(", ", ", old_") + ", new_"
                        + NUMBERS.replace(", ", ", new_") + " FROM capacity_history WHERE offer_id = ? ORDER BY id",
                List.of(offerId),
                row -> new Entry(
                        row.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        row.getString(2),
                        Kind.valueOf(row.getString(3)),
                        numbers(row, 4),
                        numbers(row, 9)));
    }

    private static Capacity numbers(java.sql.ResultSet row, int first) throws java.sql.SQLException {
        return new Capacity(
                row.getObject(first, Integer.class),
                row.getObject(first + 1, Integer.class),
                row.getObject(first + 2, Integer.class),
                row.getObject(first + 3, Integer.class),
                row.getObject(first + 4, LocalDate.class),
                null);
    }
}
