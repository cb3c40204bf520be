package nl.aanbodwijzer.catalog.taxonomy;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** Municipalities, read-only outside the importer. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface MunicipalityRepository extends GenericRepository<Municipality, String> {

    boolean existsByCode(String code);
}
