package nl.aanbodwijzer.system;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The change log. Every write records its changes here in its own transaction; each node follows the
 * log by its monotonic id to refresh what it derives from the database, such as its search index.
 */
@Singleton
@Transactional
public class ChangeLog {
    /** One change to one entity. */
    public record Entry(long id, String entity, String entityId) {}

    /** Published in the transaction that records changes; listen after commit to see them. */
    public record Recorded(String entity, List<String> entityIds) {}

    private final Sql sql;
    private final ApplicationEventPublisher<Recorded> events;
    private final Clock clock;

    ChangeLog(Sql sql, ApplicationEventPublisher<Recorded> events, Clock clock) {
        this.sql = sql;
        this.events = events;
        this.clock = clock;
    }

    /** Records that the given entities changed now. */
    public void record(String entity, List<String> entityIds) {
        if (entityIds.isEmpty()) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.MILLIS);
        sql.batch(
                "INSERT INTO change_log (entity, entity_id, changed_at) VALUES (?, ?, ?)",
                entityIds.stream().map(id -> new Object[] {entity, id, now}).toList());
        events.publishEvent(new Recorded(entity, List.copyOf(entityIds)));
    }

    /** Up to {@code limit} entries after {@code id}, oldest first. */
    public List<Entry> after(long id, int limit) {
        return sql.list(
                "SELECT id, entity, entity_id FROM change_log WHERE id > ? ORDER BY id LIMIT ?",
                List.of(id, limit),
                row -> new Entry(row.getLong(1), row.getString(2), row.getString(3)));
    }

    /** The id of the newest entry, or 0. */
    public long lastId() {
        return sql.count("SELECT COALESCE(MAX(id), 0) FROM change_log", List.of());
    }

    public long count() {
        return sql.count("SELECT COUNT(*) FROM change_log", List.of());
    }
}
