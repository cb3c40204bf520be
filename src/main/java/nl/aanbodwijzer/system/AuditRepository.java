package nl.aanbodwijzer.system;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** The audit log's table. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface AuditRepository extends GenericRepository<AuditEntry, Long> {
    List<AuditEntry> saveAll(List<AuditEntry> entries);

    Page<AuditEntry> findByEntityAndEntityId(String entity, String entityId, Pageable pageable);
}
