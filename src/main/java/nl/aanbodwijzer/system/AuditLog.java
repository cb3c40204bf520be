package nl.aanbodwijzer.system;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The audit log: who changed which entity, how, and when. Written in the transaction of the change. */
@Singleton
@Transactional
public class AuditLog {
    /** One audit entry. */
    public record Entry(Instant at, String actor, String action, String entity, String entityId, String detail) {}

    /** One page of entries and how many there are in all. */
    public record Page(List<Entry> items, long total, int page, int size) {}

    private final Sql sql;

    AuditLog(Sql sql) {
        this.sql = sql;
    }

    public void record(Actor actor, String action, String entity, String entityId, String detail) {
        recordAll(actor, action, entity, List.of(entityId), detail);
    }

    public void recordAll(Actor actor, String action, String entity, List<String> entityIds, String detail) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        sql.batch(
                "INSERT INTO audit_log (recorded_at, actor, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)",
                entityIds.stream()
                        .map(id -> new Object[] {now, actor.username(), action, entity, id, detail})
                        .toList());
    }

    /** The entries of one entity, newest first. */
    public Page find(String entity, String entityId, int page, int size) {
        List<Object> key = List.of(entity, entityId);
        long total = sql.count("SELECT COUNT(*) FROM audit_log WHERE entity = ? AND entity_id = ?", key);
        List<Entry> items = sql.list(
                "SELECT recorded_at, actor, action, entity, entity_id, detail FROM audit_log"
                        + " WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT ? OFFSET ?",
                List.of(entity, entityId, size, (long) (page - 1) * size),
                row -> new Entry(
                        row.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        row.getString(5),
                        row.getString(6)));
        return new Page(items, total, page, size);
    }
}
