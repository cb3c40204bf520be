package nl.aanbodwijzer.gaps;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDateTime;
import java.util.Optional;

/** The gap rows, filtered and paged for the project leader's list. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface GapRepository extends GenericRepository<GapRow, Long> {
    /** The filters; the table is aliased as Micronaut Data names it, so that the page's sort applies. */
    String FILTERS = " FROM gap gap_row_ WHERE (:open IS NULL"
            + " OR (:open = TRUE AND (gap_row_.outcome IS NULL OR gap_row_.outcome = 'STILL_OPEN'))"
            + " OR (:open = FALSE AND gap_row_.outcome IN ('PLACED_IN_OFFER', 'OTHER_SOLUTION', 'WITHDRAWN')))"
            + " AND (:reason IS NULL OR EXISTS"
            + " (SELECT 1 FROM gap_reason r WHERE r.gap_id = gap_row_.id AND r.reason = :reason))"
            + " AND (:need IS NULL OR gap_row_.primary_need = :need)";

    GapRow save(GapRow row);

    GapRow update(GapRow row);

    /** Sets what became of the gap; answers how many rows changed (0: no such gap). */
    long update(
            @Id long id,
            @Nullable GapOutcome outcome,
            @Nullable String placedOfferId,
            @Nullable LocalDateTime resolvedAt,
            LocalDateTime updatedAt);

    /** Marks that a later match of the case found a suitable place in time; answers the rows changed. */
    long update(
            @Id long id,
            @Nullable String placeFoundOfferId,
            @Nullable LocalDateTime placeFoundAt,
            LocalDateTime updatedAt);

    Optional<GapRow> findById(long id);

    Optional<GapRow> findByCaseHash(String caseHash);

    /** Gaps that are open or not (null: either), have a reason and a primary need (null: any). */
    @Query(value = "SELECT gap_row_.*" + FILTERS, countQuery = "SELECT COUNT(*)" + FILTERS)
    Page<GapRow> find(@Nullable Boolean open, @Nullable String reason, @Nullable String need, Pageable pageable);
}
