package nl.aanbodwijzer.system;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDateTime;
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

    private final ChangeRepository rows;
    private final ApplicationEventPublisher<Recorded> events;
    private final Clock clock;

    ChangeLog(ChangeRepository rows, ApplicationEventPublisher<Recorded> events, Clock clock) {
        this.rows = rows;
        this.events = events;
        this.clock = clock;
    }

    /** Records that the given entities changed now. */
    public void record(String entity, List<String> entityIds) {
        if (entityIds.isEmpty()) {
            return;
        }
        LocalDateTime now = UtcTimes.now(clock);
        rows.saveAll(entityIds.stream()
                .map(id -> new ChangeRow(null, entity, id, now))
                .toList());
        events.publishEvent(new Recorded(entity, List.copyOf(entityIds)));
    }

    /** Up to {@code limit} entries after {@code id}, oldest first. */
    public List<Entry> after(long id, int limit) {
        return rows.findByIdGreaterThan(id, Pageable.from(0, limit, Sort.of(Sort.Order.asc("id")))).stream()
                .map(row -> new Entry(row.id(), row.entity(), row.entityId()))
                .toList();
    }

    /** The id of the newest entry, or 0. */
    public long lastId() {
        return rows.lastId();
    }

    public long count() {
        return rows.count();
    }
}
