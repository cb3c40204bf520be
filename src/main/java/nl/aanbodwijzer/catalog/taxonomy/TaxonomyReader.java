package nl.aanbodwijzer.catalog.taxonomy;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.aanbodwijzer.catalog.taxonomy.Taxonomy.MunicipalityEntry;
import nl.aanbodwijzer.catalog.taxonomy.Taxonomy.NeedEntry;
import nl.aanbodwijzer.catalog.taxonomy.Taxonomy.SubregionEntry;
import nl.aanbodwijzer.system.Sql;

/**
 * Reads the taxonomy as stored. Hand SQL: each part is a join grouped into lists, read once per
 * catalogue load, which a repository per table would only make longer.
 */
@Singleton
@ReadOnly
public class TaxonomyReader {
    private final Sql sql;

    TaxonomyReader(Sql sql) {
        this.sql = sql;
    }

    public Taxonomy read() {
        return new Taxonomy(
                needs(),
                subregions(),
                municipalities(),
                schoolNames(),
                sql.list(
                        "SELECT terms FROM search_synonym ORDER BY position",
                        List.of(),
                        row -> List.of(row.getString(1).split(",\\s*"))));
    }

    /** School location codes to their names with the town, as people know them. */
    private Map<String, String> schoolNames() {
        Map<String, String> names = new HashMap<>();
        sql.query(
                "SELECT s.code, s.name, m.name FROM school_location s"
                        + " JOIN municipality m ON m.code = s.municipality_code",
                List.of(),
                rs -> names.put(rs.getString(1), rs.getString(2) + " (" + rs.getString(3) + ")"));
        return names;
    }

    private List<NeedEntry> needs() {
        Map<String, List<String>> synonyms =
                grouped("SELECT need_code, synonym FROM need_synonym ORDER BY need_code, synonym");
        return sql.list(
                "SELECT code, label FROM need ORDER BY position",
                List.of(),
                rs -> new NeedEntry(
                        Need.valueOf(rs.getString(1)),
                        rs.getString(2),
                        synonyms.getOrDefault(rs.getString(1), List.of())));
    }

    private List<SubregionEntry> subregions() {
        Map<String, List<String>> members = grouped("SELECT subregion_id, municipality_code FROM subregion_municipality"
                + " ORDER BY subregion_id, municipality_code");
        return sql.list(
                "SELECT s.id, s.name, p.name FROM subregion s JOIN partnership p ON p.id = s.partnership_id"
                        + " ORDER BY p.name, s.position",
                List.of(),
                rs -> new SubregionEntry(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        members.getOrDefault(rs.getString(1), List.of())));
    }

    private List<MunicipalityEntry> municipalities() {
        Map<String, List<String>> regionsOf =
                grouped("SELECT municipality_code, subregion_id FROM subregion_municipality"
                        + " ORDER BY municipality_code, subregion_id");
        Map<String, List<String>> partnershipsOf =
                grouped("SELECT pm.municipality_code, COALESCE(p.name, CONCAT('samenwerkingsverband ', p.id))"
                        + " FROM partnership_municipality pm JOIN partnership p ON p.id = pm.partnership_id"
                        + " ORDER BY pm.municipality_code, p.id");
        return sql.list(
                "SELECT code, name, province, latitude, longitude FROM municipality ORDER BY code",
                List.of(),
                rs -> new MunicipalityEntry(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        regionsOf.getOrDefault(rs.getString(1), List.of()),
                        partnershipsOf.getOrDefault(rs.getString(1), List.of()),
                        rs.getBigDecimal(4) == null || rs.getBigDecimal(5) == null
                                ? null
                                : new Taxonomy.Centroid(
                                        rs.getBigDecimal(4).doubleValue(),
                                        rs.getBigDecimal(5).doubleValue())));
    }

    /** Groups the second column by the first. */
    private Map<String, List<String>> grouped(String query) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        sql.query(query, List.of(), rs -> groups.computeIfAbsent(rs.getString(1), key -> new ArrayList<>())
                .add(rs.getString(2)));
        return groups;
    }
}
