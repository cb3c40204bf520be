package nl.aanbodwijzer.catalog;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import nl.aanbodwijzer.catalog.Offer.Funding;
import nl.aanbodwijzer.catalog.Offer.Partner;
import nl.aanbodwijzer.catalog.taxonomy.FundingSource;
import nl.aanbodwijzer.catalog.taxonomy.Level;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.ProviderRole;
import nl.aanbodwijzer.catalog.taxonomy.Sector;
import nl.aanbodwijzer.system.Sql;

/**
 * Reads and writes offer definitions: the offer row and its child tables (the capacity is the
 * capacity feature's; offers come back with it unknown, and {@link OfferLoader} adds it). Hand SQL
 * because it earns its place: any number of offers load with one query per table, and a write
 * applies only at the version it was read at. Writes join the caller's transaction.
 */
@Singleton
@Transactional
public class OfferStore {
    private final Sql sql;
    private final Clock clock;

    OfferStore(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /** The definitions with these ids, sorted by name; unknown ids are skipped. */
    public List<Offer> definitions(List<String> ids) {
        return ids.isEmpty() ? List.of() : load(ids);
    }

    /** Every definition, in no particular order. */
    public List<Offer> allDefinitions() {
        return load(List.of());
    }

    /** The ids of the offers in which any of these providers takes part. */
    public List<String> findIdsByProvider(Collection<String> providerIds) {
        if (providerIds.isEmpty()) {
            return List.of();
        }
        return sql.list(
                "SELECT DISTINCT offer_id FROM offer_provider WHERE provider_id IN (" + marks(providerIds.size()) + ")",
                List.copyOf(providerIds),
                row -> row.getString(1));
    }

    public boolean exists(String id) {
        return sql.count("SELECT COUNT(*) FROM offer WHERE id = ?", List.of(id)) > 0;
    }

    public long count() {
        return sql.count("SELECT COUNT(*) FROM offer", List.of());
    }

    /** Adds these offers, written now unless an offer says when it was last modified at its source. */
    public void insert(Collection<Offer> offers) {
        Instant now = clock.instant();
        sql.batch(
                OfferRows.INSERT_OFFER,
                offers.stream()
                        .map(offer -> OfferRows.insertRow(offer, Objects.requireNonNullElse(offer.modifiedAt(), now)))
                        .toList());
        insertChildren(offers);
    }

    /**
     * Replaces the stored definitions with these, children included. Each offer carries its new
     * definition version; an offer whose stored version is not the one before was changed by
     * someone else, and then nothing is written and its id is answered.
     */
    public List<String> update(List<Offer> offers) {
        Instant now = clock.instant();
        int[] counts = sql.batch(
                OfferRows.UPDATE_OFFER,
                offers.stream().map(offer -> OfferRows.updateRow(offer, now)).toList());
        List<String> conflicts = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                conflicts.add(offers.get(i).id());
            }
        }
        if (!conflicts.isEmpty()) {
            return conflicts;
        }
        List<Object[]> ids =
                offers.stream().map(offer -> new Object[] {offer.id()}).toList();
        for (String table : OfferRows.CHILD_TABLES) {
            sql.batch("DELETE FROM " + table + " WHERE offer_id = ?", ids);
        }
        insertChildren(offers);
        return List.of();
    }

    private void insertChildren(Collection<Offer> offers) {
        sql.batch(OfferRows.INSERT_PROVIDER, children(offers, Offer::providers, (partner, i) ->
                new Object[] {partner.id(), partner.role().name(), i}));
        sql.batch(OfferRows.INSERT_LOCATION, children(offers, Offer::locations, OfferRows::locationRow));
        sql.batch(OfferRows.INSERT_MUNICIPALITY, children(offers, Offer::municipalities, (code, i) ->
                new Object[] {code}));
        sql.batch(
                OfferRows.INSERT_SECTOR, children(offers, Offer::sectors, (sector, i) -> new Object[] {sector.name()}));
        sql.batch(OfferRows.INSERT_LEVEL, children(offers, Offer::levels, (level, i) -> new Object[] {level.name()}));
        sql.batch(OfferRows.INSERT_NEED, children(offers, Offer::needs, (need, i) -> new Object[] {need.name(), i}));
        sql.batch(OfferRows.INSERT_FUNDING, children(offers, Offer::funding, (funding, i) ->
                new Object[] {i, funding.source().name(), funding.sharePercent(), funding.until()}));
    }

    /** One parameter row per child: the offer id, then the child's own values. */
    private static <C> List<Object[]> children(
            Collection<Offer> offers, Function<Offer, List<C>> list, BiFunction<C, Integer, Object[]> values) {
        List<Object[]> rows = new ArrayList<>();
        for (Offer offer : offers) {
            List<C> children = list.apply(offer);
            for (int i = 0; i < children.size(); i++) {
                Object[] own = values.apply(children.get(i), i);
                Object[] row = new Object[own.length + 1];
                row[0] = offer.id();
                System.arraycopy(own, 0, row, 1, own.length);
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * Loads the offers with these ids sorted by name, or all offers (in no particular order) when
     * {@code ids} is empty. Child rows come in any order and are put in their positions here: sorting
     * a national catalogue's rows in the database took it longer than reading them.
     */
    private List<Offer> load(List<String> ids) {
        Function<String, String> where =
                column -> ids.isEmpty() ? "" : " WHERE " + column + " IN (" + marks(ids.size()) + ")";
        Map<String, Parts> offers = new LinkedHashMap<>();
        sql.query(
                "SELECT * FROM offer" + where.apply("id") + (ids.isEmpty() ? "" : " ORDER BY name, id"),
                ids,
                row -> offers.put(row.getString("id"), new Parts(OfferRows.definition(row))));
        if (offers.isEmpty()) {
            return List.of();
        }
        sql.query(
                "SELECT op.offer_id, op.position, op.provider_id, op.role, p.name FROM offer_provider op"
                        + " JOIN provider p ON p.id = op.provider_id" + where.apply("op.offer_id"),
                ids,
                row -> offers.get(row.getString(1))
                        .providers
                        .put(
                                row.getInt(2),
                                new Partner(
                                        row.getString(3), row.getString(5), ProviderRole.valueOf(row.getString(4)))));
        sql.query("SELECT * FROM offer_location" + where.apply("offer_id"), ids, row -> offers.get(
                        row.getString("offer_id"))
                .locations
                .put(row.getInt("position"), OfferRows.location(row)));
        sql.query(
                "SELECT offer_id, municipality_code FROM offer_municipality" + where.apply("offer_id"),
                ids,
                row -> offers.get(row.getString(1)).municipalities.add(row.getString(2)));
        sql.query(
                "SELECT offer_id, sector FROM offer_sector" + where.apply("offer_id"),
                ids,
                row -> offers.get(row.getString(1)).sectors.add(Sector.valueOf(row.getString(2))));
        sql.query(
                "SELECT offer_id, level_code FROM offer_level" + where.apply("offer_id"),
                ids,
                row -> offers.get(row.getString(1)).levels.add(Level.valueOf(row.getString(2))));
        sql.query(
                "SELECT offer_id, position, need_code FROM offer_need" + where.apply("offer_id"),
                ids,
                row -> offers.get(row.getString(1)).needs.put(row.getInt(2), Need.valueOf(row.getString(3))));
        sql.query(
                "SELECT offer_id, position, source, share_percent, until FROM offer_funding" + where.apply("offer_id"),
                ids,
                row -> offers.get(row.getString(1))
                        .funding
                        .put(
                                row.getInt(2),
                                new Funding(
                                        FundingSource.valueOf(row.getString(3)),
                                        row.getObject(4, Integer.class),
                                        row.getObject(5, LocalDate.class))));
        return offers.values().stream().map(Parts::build).toList();
    }

    private static String marks(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }

    /** One offer's row, and its child rows as they are read. */
    private static final class Parts {
        final Offer.Builder definition;
        /** Lists with an order are kept by position. */
        final SortedMap<Integer, Partner> providers = new TreeMap<>();

        final SortedMap<Integer, Offer.Location> locations = new TreeMap<>();
        final List<String> municipalities = new ArrayList<>();
        final List<Sector> sectors = new ArrayList<>();
        final List<Level> levels = new ArrayList<>();
        final SortedMap<Integer, Need> needs = new TreeMap<>();
        final SortedMap<Integer, Funding> funding = new TreeMap<>();

        Parts(Offer.Builder definition) {
            this.definition = definition;
        }

        Offer build() {
            return definition
                    .providers(List.copyOf(providers.values()))
                    .locations(List.copyOf(locations.values()))
                    .municipalities(municipalities)
                    .sectors(sectors)
                    .levels(levels)
                    .needs(List.copyOf(needs.values()))
                    .funding(List.copyOf(funding.values()))
                    .build();
        }
    }
}
