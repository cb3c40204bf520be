package nl.aanbodwijzer.system;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** The change log's table. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ChangeRepository extends GenericRepository<ChangeRow, Long> {
    List<ChangeRow> saveAll(List<ChangeRow> rows);

    List<ChangeRow> findByIdGreaterThan(long id, Pageable pageable);

    @Query("SELECT COALESCE(MAX(id), 0) FROM change_log")
    long lastId();

    long count();
}
