package nl.aanbodwijzer.catalog.providers;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** Providers by id. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ProviderRepository extends CrudRepository<Provider, String> {
    List<Provider> findAllOrderById();
}
