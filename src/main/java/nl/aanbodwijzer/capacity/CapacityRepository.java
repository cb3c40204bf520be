package nl.aanbodwijzer.capacity;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The capacity rows; an update checks the row's version and fails when someone changed it first. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface CapacityRepository extends GenericRepository<CapacityRow, String> {
    Optional<CapacityRow> findById(String offerId);

    List<CapacityRow> findAll();

    List<CapacityRow> findByOfferIdIn(Collection<String> offerIds);

    List<CapacityRow> saveAll(List<CapacityRow> rows);

    CapacityRow update(CapacityRow row);

    List<CapacityRow> updateAll(List<CapacityRow> rows);
}
