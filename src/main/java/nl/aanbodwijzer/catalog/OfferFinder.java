package nl.aanbodwijzer.catalog;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import nl.aanbodwijzer.system.Sql;

/** Finds offers by filter in the database, one page at a time, sorted by name. */
@Singleton
@ReadOnly
public class OfferFinder {
    /** One page of offers and the number of offers that match in all. */
    public record Page(List<Offer> items, long total, int page, int size) {}

    private final Sql sql;
    private final OfferStore store;
    private final Staleness staleness;

    OfferFinder(Sql sql, OfferStore store, Staleness staleness) {
        this.sql = sql;
        this.store = store;
        this.staleness = staleness;
    }

    /** The matching offers on page {@code page} (from 1) of {@code size} items. */
    public Page find(OfferFilter filter, int page, int size) {
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, parameters);
        long total = sql.count("SELECT COUNT(*) FROM offer o" + where, parameters);
        parameters.add(size);
        parameters.add((long) (page - 1) * size);
        List<String> ids = sql.list(
                "SELECT o.id FROM offer o" + where + " ORDER BY o.name, o.id LIMIT ? OFFSET ?",
                parameters,
                row -> row.getString(1));
        return new Page(store.findByIds(ids), total, page, size);
    }

    private String where(OfferFilter filter, List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (filter.status() == null) {
            conditions.add("o.status <> 'CLOSED'");
        } else {
            conditions.add("o.status = ?");
            parameters.add(filter.status().name());
        }
        if (filter.type() != null) {
            conditions.add("o.type = ?");
            parameters.add(filter.type().name());
        }
        if (filter.age() != null) {
            conditions.add("(o.min_age IS NULL OR o.min_age <= ?) AND (o.max_age IS NULL OR o.max_age >= ?)");
            parameters.add(filter.age());
            parameters.add(filter.age());
        }
        if (filter.stale() != null) {
            conditions.add(
                    filter.stale()
                            ? "(o.last_verified_at IS NULL OR o.last_verified_at < ?)"
                            : "o.last_verified_at >= ?");
            parameters.add(staleness.cutoff());
        }
        exists(conditions, parameters, "offer_municipality", "municipality_code", filter.municipality());
        exists(
                conditions,
                parameters,
                "offer_sector",
                "sector",
                filter.sector() == null ? null : filter.sector().name());
        exists(
                conditions,
                parameters,
                "offer_need",
                "need_code",
                filter.need() == null ? null : filter.need().name());
        return " WHERE " + String.join(" AND ", conditions);
    }

    private static void exists(
            List<String> conditions, List<Object> parameters, String table, String column, String value) {
        if (value != null) {
            conditions.add("EXISTS (SELECT 1 FROM " + table + " c WHERE c.offer_id = o.id AND c." + column + " = ?)");
            parameters.add(value);
        }
    }
}
