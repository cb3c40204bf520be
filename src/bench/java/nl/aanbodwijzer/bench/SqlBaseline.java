package nl.aanbodwijzer.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.aanbodwijzer.capacity.Availability;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.catalog.importer.CatalogData;

/**
 * What a directory without a search engine does: the offers in one table with a full-text index
 * (MariaDB {@code FULLTEXT} in natural language mode, or PostgreSQL {@code tsvector} with the
 * {@code dutch} configuration, a GIN index and {@code ts_rank}), the facet values in a second table,
 * and per search the page, the total and one {@code GROUP BY} per facet, each leaving out its own filter.
 */
public final class SqlBaseline implements AutoCloseable {
    /** The two databases, reached as the machine's own servers run them (system properties override). */
    public enum Engine {
        MARIADB(
                "jdbc:mysql://127.0.0.1:3306/?user=root&password=&rewriteBatchedStatements=true",
                "jdbc:mysql://127.0.0.1:3306/aanbodwijzer_bench?user=root&password=&rewriteBatchedStatements=true",
                "MATCH(o.name, o.description, o.extra) AGAINST (? IN NATURAL LANGUAGE MODE)",
                "MATCH(o.name, o.description, o.extra) AGAINST (? IN NATURAL LANGUAGE MODE)"),
        POSTGRESQL(
                "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres",
                "jdbc:postgresql://127.0.0.1:5432/aanbodwijzer_bench?user=postgres&reWriteBatchedInserts=true",
                "o.doc @@ to_tsquery('dutch', ?)",
                "ts_rank(o.doc, to_tsquery('dutch', ?))");

        final String serverUrl;
        final String databaseUrl;
        final String textMatch;
        final String rank;

        Engine(String serverUrl, String databaseUrl, String textMatch, String rank) {
            this.serverUrl = serverUrl;
            this.databaseUrl = databaseUrl;
            this.textMatch = textMatch;
            this.rank = rank;
        }

        String url(String property, String fallback) {
            return System.getProperty("bench." + name().toLowerCase(Locale.ROOT) + "." + property, fallback);
        }
    }

    /** The page's ids, the total and the counts per facet and value. */
    public record Answer(List<String> ids, long total, Map<String, Map<String, Long>> facets) {}

    static final List<String> FACETS = List.of("type", "need", "subregion", "sector", "funding", "availability");
    private static final int BATCH = 2_000;

    private final Engine engine;
    private final Connection connection;

    private SqlBaseline(Engine engine, Connection connection) {
        this.engine = engine;
        this.connection = connection;
    }

    static SqlBaseline connect(Engine engine) throws SQLException {
        try (Connection server = DriverManager.getConnection(engine.url("server-url", engine.serverUrl));
                Statement statement = server.createStatement()) {
            if (engine == Engine.MARIADB) {
                statement.execute("CREATE DATABASE IF NOT EXISTS aanbodwijzer_bench CHARACTER SET utf8mb4");
            } else {
                try (ResultSet exists =
                        statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'aanbodwijzer_bench'")) {
                    if (!exists.next()) {
                        statement.execute("CREATE DATABASE aanbodwijzer_bench");
                    }
                }
            }
        }
        return new SqlBaseline(engine, DriverManager.getConnection(engine.url("url", engine.databaseUrl)));
    }

    /** Loads the synthetic catalogue of this size, unless it is there already. */
    void load(int size) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS bench_meta (size INT NOT NULL, seed BIGINT NOT NULL)");
            try (ResultSet loaded = statement.executeQuery("SELECT size, seed FROM bench_meta")) {
                if (loaded.next() && loaded.getInt(1) == size && loaded.getLong(2) == BenchCatalogue.SEED) {
                    return;
                }
            }
            statement.execute("DROP TABLE IF EXISTS bench_facet");
            statement.execute("DROP TABLE IF EXISTS bench_offer");
            statement.execute("DELETE FROM bench_meta");
            statement.execute(
                    engine == Engine.MARIADB
                            ? "CREATE TABLE bench_offer (id VARCHAR(40) PRIMARY KEY, name VARCHAR(300) NOT NULL,"
                                    + " description TEXT NOT NULL, extra TEXT NOT NULL, status VARCHAR(20) NOT NULL,"
                                    + " name_sort VARCHAR(300) NOT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4"
                            : "CREATE TABLE bench_offer (id VARCHAR(40) PRIMARY KEY, name VARCHAR(300) NOT NULL,"
                                    + " description TEXT NOT NULL, extra TEXT NOT NULL, status VARCHAR(20) NOT NULL,"
                                    + " name_sort VARCHAR(300) NOT NULL, doc tsvector GENERATED ALWAYS AS ("
                                    + "setweight(to_tsvector('dutch', name), 'A') || setweight(to_tsvector('dutch', extra), 'B')"
                                    + " || setweight(to_tsvector('dutch', description), 'C')) STORED)");
            statement.execute("CREATE TABLE bench_facet (offer_id VARCHAR(40) NOT NULL, dim VARCHAR(20) NOT NULL,"
                    + " value VARCHAR(40) NOT NULL, PRIMARY KEY (offer_id, dim, value))");
            insert(BenchCatalogue.read(size));
            statement.execute("CREATE INDEX bench_facet_value ON bench_facet (dim, value, offer_id)");
            if (engine == Engine.MARIADB) {
                statement.execute("ALTER TABLE bench_offer ADD FULLTEXT bench_text (name, description, extra)");
                statement.execute("ANALYZE TABLE bench_offer, bench_facet");
            } else {
                statement.execute("CREATE INDEX bench_doc ON bench_offer USING GIN (doc)");
                statement.execute("ANALYZE bench_offer");
                statement.execute("ANALYZE bench_facet");
            }
            statement.execute("INSERT INTO bench_meta (size, seed) VALUES (" + size + ", " + BenchCatalogue.SEED + ")");
        }
    }

    private void insert(CatalogData data) throws SQLException {
        Map<String, String> municipalityNames = data.municipalities().stream()
                .collect(Collectors.toMap(CatalogData.MunicipalityData::code, CatalogData.MunicipalityData::name));
        Map<String, String> providerNames = data.providers().stream()
                .collect(Collectors.toMap(CatalogData.ProviderData::id, CatalogData.ProviderData::name));
        Map<String, String> needWords = data.needs().stream()
                .collect(Collectors.toMap(
                        need -> need.code().name(), need -> need.label() + " " + String.join(" ", need.synonyms())));
        Map<String, Set<String>> subregionsOf = new HashMap<>();
        data.partnerships().forEach(partnership -> partnership.subregions().forEach(sub -> sub.municipalities()
                .forEach(code -> subregionsOf
                        .computeIfAbsent(code, c -> new LinkedHashSet<>())
                        .add(sub.id()))));
        try (PreparedStatement offers = connection.prepareStatement(
                        "INSERT INTO bench_offer (id, name, description, extra, status, name_sort) VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement facets = connection.prepareStatement(
                        "INSERT INTO bench_facet (offer_id, dim, value) VALUES (?, ?, ?)")) {
            int rows = 0;
            for (CatalogData.OfferData entry : data.offers()) {
                Offer offer = entry.offer();
                List<String> extra = new ArrayList<>(List.of(offer.type().label()));
                offer.needs().forEach(need -> extra.add(needWords.get(need.name())));
                offer.providers().forEach(p -> extra.add(providerNames.getOrDefault(p.id(), p.id())));
                offer.locations()
                        .forEach(l -> extra.add(Objects.toString(l.name(), "") + " " + Objects.toString(l.city(), "")));
                offer.municipalities().forEach(code -> extra.add(municipalityNames.get(code)));
                offers.setString(1, offer.id());
                offers.setString(2, offer.name());
                offers.setString(3, Objects.toString(offer.description(), ""));
                offers.setString(4, String.join(" ", extra));
                offers.setString(5, offer.status().name());
                offers.setString(6, offer.name().toLowerCase(Locale.ROOT));
                offers.addBatch();
                Map<String, Set<String>> values = new LinkedHashMap<>();
                values.put("type", Set.of(offer.type().name()));
                values.put("need", names(offer.needs()));
                values.put("sector", names(offer.sectors()));
                values.put(
                        "funding",
                        offer.funding().stream().map(f -> f.source().name()).collect(Collectors.toSet()));
                values.put(
                        "availability", Set.of(Availability.of(offer.capacity()).name()));
                values.put("municipality", Set.copyOf(offer.municipalities()));
                Set<String> subregions = new LinkedHashSet<>();
                offer.municipalities().forEach(code -> subregions.addAll(subregionsOf.getOrDefault(code, Set.of())));
                values.put("subregion", subregions);
                for (var dimension : values.entrySet()) {
                    for (String value : dimension.getValue()) {
                        facets.setString(1, offer.id());
                        facets.setString(2, dimension.getKey());
                        facets.setString(3, value);
                        facets.addBatch();
                    }
                }
                if (++rows % BATCH == 0) {
                    offers.executeBatch();
                    facets.executeBatch();
                }
            }
            offers.executeBatch();
            facets.executeBatch();
        }
    }

    private static Set<String> names(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.toSet());
    }

    /** The page of 20 by relevance (by name without text), the total and the six facets. */
    Answer search(Workload.Search search) throws SQLException {
        String text = text(search.text());
        List<String> ids = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        String select = text == null
                ? "SELECT o.id FROM bench_offer o WHERE "
                : "SELECT o.id, " + engine.rank + " AS score FROM bench_offer o WHERE ";
        if (text != null) {
            params.add(text);
        }
        String where = where(search, text, null, params);
        String order = text == null ? " ORDER BY o.name_sort, o.id" : " ORDER BY score DESC, o.name_sort, o.id";
        try (ResultSet rows = query(select + where + order + " LIMIT " + Workload.PAGE, params)) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        long total;
        params.clear();
        try (ResultSet rows =
                query("SELECT COUNT(*) FROM bench_offer o WHERE " + where(search, text, null, params), params)) {
            rows.next();
            total = rows.getLong(1);
        }
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String dimension : FACETS) {
            params.clear();
            params.add(dimension);
            String sql =
                    "SELECT f.value, COUNT(*) FROM bench_offer o JOIN bench_facet f ON f.offer_id = o.id AND f.dim = ?"
                            + " WHERE " + where(search, text, dimension, params) + " GROUP BY f.value";
            Map<String, Long> counts = new HashMap<>();
            try (ResultSet rows = query(sql, params)) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
            facets.put(dimension, counts);
        }
        return new Answer(ids, total, facets);
    }

    /** The text as this engine's full-text search takes it: as typed, or its words as alternatives. */
    private String text(String typed) {
        if (typed == null) {
            return null;
        }
        if (engine == Engine.MARIADB) {
            return typed;
        }
        List<String> words = List.of(typed.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).stream()
                .filter(word -> !word.isEmpty())
                .toList();
        return words.isEmpty() ? null : String.join(" | ", words);
    }

    private String where(Workload.Search search, String text, String exceptDimension, List<Object> params) {
        StringBuilder where = new StringBuilder("o.status IN ('ACTIVE', 'PILOT', 'PLANNED')");
        if (text != null) {
            where.append(" AND ").append(engine.textMatch);
            params.add(text);
        }
        Map<String, String> filters = new LinkedHashMap<>();
        if (search.type() != null) {
            filters.put("type", search.type().name());
        }
        if (search.need() != null) {
            filters.put("need", search.need().name());
        }
        if (search.municipality() != null) {
            filters.put("municipality", search.municipality());
        }
        if (search.availableNow()) {
            filters.put("availability", Availability.FREE_NOW.name());
        }
        filters.forEach((dimension, value) -> {
            if (!dimension.equals(exceptDimension)) {
                where.append(
                        " AND EXISTS (SELECT 1 FROM bench_facet x WHERE x.offer_id = o.id AND x.dim = ? AND x.value = ?)");
                params.add(dimension);
                params.add(value);
            }
        });
        return where.toString();
    }

    private ResultSet query(String sql, List<Object> params) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            statement.setObject(i + 1, params.get(i));
        }
        statement.closeOnCompletion();
        return statement.executeQuery();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
