package nl.aanbodwijzer.catalog.hsds;

import static nl.aanbodwijzer.catalog.hsds.Doc.object;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The HSDS tabular data package: one CSV file per object type and a {@code datapackage.json} that
 * describes them, in one zip. Nested objects become rows of their own table that point at their
 * parent (service_id, link_id, ...), and are nested again when a package is read.
 */
final class HsdsTables {
    /** A table: its resource name, file and columns (the scalar fields of its HSDS schema, in order). */
    record Table(String name, String file, List<String> columns) {}

    /**
     * How a child object hangs from its parent: in a list whose rows name the parent in {@code key}
     * ({@code many}), or as one object whose id the parent holds in {@code key}.
     */
    private record Relation(String parent, String property, String child, String key, boolean many) {}

    static final List<Table> TABLES = List.of(
            new Table(
                    "organization",
                    "organizations.csv",
                    List.of(
                            "id",
                            "name",
                            "alternate_name",
                            "description",
                            "email",
                            "website",
                            "tax_status",
                            "tax_id",
                            "year_incorporated",
                            "legal_status",
                            "logo",
                            "uri",
                            "parent_organization_id")),
            new Table(
                    "service",
                    "services.csv",
                    List.of(
                            "id",
                            "organization_id",
                            "program_id",
                            "name",
                            "alternate_name",
                            "description",
                            "url",
                            "email",
                            "status",
                            "interpretation_services",
                            "application_process",
                            "fees_description",
                            "wait_time",
                            "fees",
                            "accreditations",
                            "eligibility_description",
                            "minimum_age",
                            "maximum_age",
                            "assured_date",
                            "assurer_email",
                            "licenses",
                            "alert",
                            "last_modified")),
            new Table(
                    "attribute",
                    "attributes.csv",
                    List.of("id", "link_id", "taxonomy_term_id", "link_type", "link_entity", "value", "label")),
            new Table(
                    "service_at_location",
                    "service_at_location.csv",
                    List.of("id", "service_id", "location_id", "description")),
            new Table(
                    "location",
                    "locations.csv",
                    List.of(
                            "id",
                            "location_type",
                            "url",
                            "organization_id",
                            "name",
                            "alternate_name",
                            "description",
                            "transportation",
                            "latitude",
                            "longitude",
                            "external_identifier",
                            "external_identifier_type")),
            new Table(
                    "phone",
                    "phones.csv",
                    List.of(
                            "id",
                            "location_id",
                            "service_id",
                            "organization_id",
                            "contact_id",
                            "service_at_location_id",
                            "number",
                            "extension",
                            "type",
                            "description")),
            new Table(
                    "contact",
                    "contacts.csv",
                    List.of(
                            "id",
                            "organization_id",
                            "service_id",
                            "service_at_location_id",
                            "location_id",
                            "name",
                            "title",
                            "department",
                            "email")),
            new Table(
                    "address",
                    "addresses.csv",
                    List.of(
                            "id",
                            "location_id",
                            "attention",
                            "address_1",
                            "address_2",
                            "city",
                            "region",
                            "state_province",
                            "postal_code",
                            "country",
                            "address_type")),
            new Table("funding", "funding.csv", List.of("id", "organization_id", "service_id", "source")),
            new Table(
                    "service_area",
                    "service_areas.csv",
                    List.of(
                            "id",
                            "service_id",
                            "service_at_location_id",
                            "name",
                            "description",
                            "extent",
                            "extent_type",
                            "uri")),
            new Table(
                    "taxonomy_term",
                    "taxonomy_terms.csv",
                    List.of(
                            "id",
                            "code",
                            "name",
                            "description",
                            "parent_id",
                            "taxonomy",
                            "language",
                            "taxonomy_id",
                            "term_uri")),
            new Table("taxonomy", "taxonomies.csv", List.of("id", "name", "description", "uri", "version")),
            new Table(
                    "service_capacity",
                    "service_capacity.csv",
                    List.of("id", "service_id", "unit_id", "available", "maximum", "description", "updated")),
            new Table("unit", "units.csv", List.of("id", "name", "scheme", "identifier", "uri")),
            new Table(
                    "organization_identifier",
                    "organization_identifiers.csv",
                    List.of("id", "organization_id", "identifier_scheme", "identifier_type", "identifier")));

    private static final List<Relation> RELATIONS = List.of(
            new Relation("service", "organization", "organization", "organization_id", false),
            new Relation("service", "phones", "phone", "service_id", true),
            new Relation("service", "contacts", "contact", "service_id", true),
            new Relation("service", "service_areas", "service_area", "service_id", true),
            new Relation("service", "service_at_locations", "service_at_location", "service_id", true),
            new Relation("service", "funding", "funding", "service_id", true),
            new Relation("service", "capacities", "service_capacity", "service_id", true),
            new Relation("service", "attributes", "attribute", "link_id", true),
            new Relation("service_at_location", "location", "location", "location_id", false),
            new Relation("location", "addresses", "address", "location_id", true),
            new Relation("location", "attributes", "attribute", "link_id", true),
            new Relation("funding", "attributes", "attribute", "link_id", true),
            new Relation("service_capacity", "unit", "unit", "unit_id", false),
            new Relation("attribute", "taxonomy_term", "taxonomy_term", "taxonomy_term_id", false),
            new Relation(
                    "organization", "organization_identifiers", "organization_identifier", "organization_id", true),
            new Relation("organization", "attributes", "attribute", "link_id", true));

    private static final Map<String, String> TYPES = Map.of(
            "minimum_age", "number",
            "maximum_age", "number",
            "available", "number",
            "maximum", "number",
            "latitude", "number",
            "longitude", "number",
            "year_incorporated", "number",
            "extension", "number",
            "assured_date", "date",
            "last_modified", "datetime");

    private final Map<String, Map<String, Map<String, Object>>> rows = new LinkedHashMap<>();

    private HsdsTables() {
        TABLES.forEach(table -> rows.put(table.name(), new LinkedHashMap<>()));
    }

    /** The package of these objects, keyed by their type ("organization", "service", "taxonomy", ...). */
    static byte[] zip(Map<String, List<Map<String, Object>>> objects, Function<Object, byte[]> json) {
        HsdsTables tables = new HsdsTables();
        objects.forEach((type, list) -> list.forEach(object -> tables.add(type, object)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Table table : TABLES) {
                zip.putNextEntry(new ZipEntry(table.file()));
                Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(
                        writer,
                        CSVFormat.RFC4180
                                .builder()
                                .setHeader(table.columns().toArray(String[]::new))
                                .get());
                for (Map<String, Object> row : tables.rows.get(table.name()).values()) {
                    csv.printRecord(table.columns().stream().map(row::get).toList());
                }
                csv.flush();
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("datapackage.json"));
            zip.write(json.apply(descriptor()));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The rows of a package's CSV files, by type; files it does not hold are empty tables. */
    static Map<String, List<Map<String, Object>>> read(InputStream zipped) throws IOException {
        Map<String, List<Map<String, Object>>> read = new LinkedHashMap<>();
        TABLES.forEach(table -> read.put(table.name(), new ArrayList<>()));
        try (ZipInputStream zip = new ZipInputStream(zipped, StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String file = entry.getName().replaceFirst(".*/", "");
                for (Table table : TABLES) {
                    if (table.file().equals(file)) {
                        read.get(table.name()).addAll(rows(zip));
                    }
                }
            }
        }
        return read;
    }

    /** Nests the rows again: whole services, and organizations with their identifiers and attributes. */
    static Map<String, List<Map<String, Object>>> nest(Map<String, List<Map<String, Object>>> rows) {
        Map<Relation, Map<Object, List<Map<String, Object>>>> byKey = new LinkedHashMap<>();
        for (Relation relation : RELATIONS) {
            String key = relation.many() ? relation.key() : "id";
            Map<Object, List<Map<String, Object>>> index = new LinkedHashMap<>();
            rows.get(relation.child()).stream()
                    .filter(child -> child.get(key) != null)
                    .forEach(child -> index.computeIfAbsent(child.get(key), k -> new ArrayList<>())
                            .add(child));
            byKey.put(relation, index);
        }
        Map<String, List<Map<String, Object>>> nested = new LinkedHashMap<>();
        for (String type : List.of("organization", "service")) {
            nested.put(
                    type,
                    rows.get(type).stream().map(row -> nest(type, row, byKey)).toList());
        }
        return nested;
    }

    private static Map<String, Object> nest(
            String type, Map<String, Object> row, Map<Relation, Map<Object, List<Map<String, Object>>>> byKey) {
        Map<String, Object> object = new LinkedHashMap<>(row);
        for (Relation relation : RELATIONS) {
            if (relation.parent().equals(type)) {
                Object key = relation.many() ? row.get("id") : row.get(relation.key());
                List<Map<String, Object>> children = byKey.get(relation).getOrDefault(key, List.of()).stream()
                        .map(child -> nest(relation.child(), child, byKey))
                        .toList();
                if (relation.many()) {
                    object.putAll(object(relation.property(), children));
                } else if (!children.isEmpty()) {
                    object.put(relation.property(), children.get(0));
                }
            }
        }
        return object;
    }

    private void add(String type, Map<String, Object> object) {
        Table table =
                TABLES.stream().filter(t -> t.name().equals(type)).findFirst().orElseThrow();
        Map<String, Object> row = new LinkedHashMap<>();
        table.columns().forEach(column -> row.put(column, object.get(column)));
        rows.get(type).putIfAbsent(String.valueOf(object.get("id")), row);
        for (Relation relation : RELATIONS) {
            if (relation.parent().equals(type) && object.get(relation.property()) != null) {
                Object value = object.get(relation.property());
                Collection<?> children = value instanceof Collection<?> list ? list : List.of(value);
                children.forEach(child -> add(relation.child(), castObject(child)));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castObject(Object value) {
        return (Map<String, Object>) value;
    }

    private static List<Map<String, Object>> rows(InputStream csvFile) throws IOException {
        InputStreamReader reader = new InputStreamReader(nonClosing(csvFile), StandardCharsets.UTF_8);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CSVRecord record : CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(reader)) {
            Map<String, Object> row = new LinkedHashMap<>();
            record.toMap().forEach((column, value) -> {
                if (!value.isEmpty()) {
                    row.put(column.replace("\uFEFF", ""), value);
                }
            });
            rows.add(row);
        }
        return rows;
    }

    private static InputStream nonClosing(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {}
        };
    }

    private static Map<String, Object> descriptor() {
        List<Map<String, Object>> resources = new ArrayList<>();
        for (Table table : TABLES) {
            List<Map<String, Object>> fields = table.columns().stream()
                    .map(column -> object("name", column, "type", TYPES.getOrDefault(column, "string")))
                    .toList();
            List<Map<String, Object>> foreignKeys = RELATIONS.stream()
                    .filter(r -> r.many()
                            ? r.child().equals(table.name()) && !r.key().equals("link_id")
                            : r.parent().equals(table.name()))
                    .map(r -> r.many()
                            ? object("fields", r.key(), "reference", object("resource", r.parent(), "fields", "id"))
                            : object("fields", r.key(), "reference", object("resource", r.child(), "fields", "id")))
                    .distinct()
                    .toList();
            resources.add(object(
                    "name", table.name(),
                    "path", table.file(),
                    "profile", "tabular-data-resource",
                    "format", "csv",
                    "mediatype", "text/csv",
                    "encoding", "utf-8",
                    "schema", object("fields", fields, "primaryKey", "id", "foreignKeys", foreignKeys)));
        }
        return object(
                "name",
                "aanbodwijzer-hsds",
                "title",
                "Aanbodwijzer: onderwijszorgaanbod in HSDS 3.1",
                "description",
                "Het aanbod, de aanbieders en de indeling van Aanbodwijzer in de tabelvorm van de"
                        + " Human Services Data Specification 3.1 (Open Referral).",
                "profile",
                "tabular-data-package",
                "version",
                HsdsController.VERSION,
                "resources",
                resources);
    }
}
