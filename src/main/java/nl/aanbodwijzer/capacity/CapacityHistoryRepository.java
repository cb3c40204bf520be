package nl.aanbodwijzer.capacity;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** The capacity history's table. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface CapacityHistoryRepository extends GenericRepository<CapacityHistoryRow, Long> {
    CapacityHistoryRow save(CapacityHistoryRow row);

    List<CapacityHistoryRow> findByOfferIdOrderById(String offerId);
}
