package nl.aanbodwijzer.system;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;

/**
 * The change log. Every write records its changes here in its own transaction, so that other
 * nodes (and this one) can refresh what they derive from the database.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ChangeLog extends GenericRepository<ChangeLogEntry, Long> {

    /** Records that the given entities changed now. */
    default void record(String entity, Collection<String> entityIds) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        saveAll(entityIds.stream()
                .map(id -> new ChangeLogEntry(null, entity, id, now))
                .toList());
    }

    List<ChangeLogEntry> saveAll(Iterable<ChangeLogEntry> entries);

    /** The entries after {@code id}, oldest first. */
    List<ChangeLogEntry> findByIdGreaterThanOrderById(long id);

    long count();
}
