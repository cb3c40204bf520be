package nl.aanbodwijzer.system;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/** The secrets the service keeps for itself. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ServerSecretRepository extends GenericRepository<ServerSecret, String> {
    Optional<ServerSecret> findById(String name);

    ServerSecret save(ServerSecret secret);
}
