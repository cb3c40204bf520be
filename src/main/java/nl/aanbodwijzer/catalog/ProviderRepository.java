package nl.aanbodwijzer.catalog;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/** Providers, read-only outside the importer. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ProviderRepository extends GenericRepository<Provider, String> {
    List<Provider> findAllOrderById();

    Optional<Provider> findById(String id);
}
