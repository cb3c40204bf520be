package nl.aanbodwijzer.system;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/** The audit log: who changed which entity, how, and when. Written in the transaction of the change. */
@Singleton
@Transactional
public class AuditLog {
    private final AuditRepository entries;
    private final Clock clock;

    AuditLog(AuditRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    public void record(Actor actor, String action, String entity, String entityId, String detail) {
        recordAll(actor, action, entity, List.of(entityId), detail);
    }

    public void recordAll(Actor actor, String action, String entity, List<String> entityIds, String detail) {
        LocalDateTime now = UtcTimes.now(clock);
        entries.saveAll(entityIds.stream()
                .map(id -> new AuditEntry(null, now, actor.username(), action, entity, id, detail))
                .toList());
    }

    /** The entries of one entity, newest first; {@code page} counts from 1. */
    public Page<AuditEntry> find(String entity, String entityId, int page, int size) {
        return entries.findByEntityAndEntityId(
                entity, entityId, Pageable.from(page - 1, size, Sort.of(Sort.Order.desc("id"))));
    }
}
