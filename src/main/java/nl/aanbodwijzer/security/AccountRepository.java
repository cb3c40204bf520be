package nl.aanbodwijzer.security;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/** Accounts by user name. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface AccountRepository extends CrudRepository<Account, Long> {
    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    List<Account> findAllOrderByUsername();

    @Query("SELECT COUNT(*) FROM account WHERE role = 'ADMIN' AND enabled = TRUE")
    long countEnabledAdmins();
}
