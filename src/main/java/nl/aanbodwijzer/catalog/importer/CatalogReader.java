package nl.aanbodwijzer.catalog.importer;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.aanbodwijzer.catalog.OfferRules;
import nl.aanbodwijzer.catalog.importer.CatalogData.MunicipalityData;
import nl.aanbodwijzer.catalog.importer.CatalogData.NeedData;
import nl.aanbodwijzer.catalog.importer.CatalogData.OfferData;
import nl.aanbodwijzer.catalog.importer.CatalogData.PartnershipData;
import nl.aanbodwijzer.catalog.importer.CatalogData.ProviderData;
import nl.aanbodwijzer.catalog.importer.CatalogData.SchoolData;
import nl.aanbodwijzer.catalog.importer.CatalogData.SubregionData;
import nl.aanbodwijzer.catalog.providers.ProviderKind;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.Sector;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a catalog-data directory completely and checks it, collecting every problem with its file
 * and line. Files are read in dependency order, so each reference is checked where it is written.
 */
public final class CatalogReader {
    /** The outcome: the data when there are no problems, else the problems. */
    public record Result(CatalogData data, ImportProblems problems) {}

    /** Parsed YAML trees are large: this many offer files are parsed at a time. */
    private static final int PARSED_AT_ONCE = 1_000;

    private final Path dir;
    private final ImportProblems problems = new ImportProblems();
    private final Map<String, String> idsSeen = new HashMap<>();

    private CatalogReader(Path dir) {
        this.dir = dir;
    }

    public static Result read(Path dir) {
        return new CatalogReader(dir).readAll();
    }

    private Result readAll() {
        if (!Files.isDirectory(dir)) {
            problems.add(dir.toString(), 0, "not a directory");
            return new Result(null, problems);
        }
        List<MunicipalityData> municipalities = list("municipalities.yaml", "municipalities", this::municipality);
        Set<String> municipalityCodes = keys(municipalities, MunicipalityData::code);
        List<NeedData> needs = needs();
        List<PartnershipData> partnerships =
                new ArrayList<>(list("partnerships.yaml", "partnerships", map -> partnership(map, municipalityCodes)));
        partnerships.addAll(
                list("vo-partnerships.yaml", "VO partnerships", map -> areaPartnership(map, municipalityCodes)));
        List<SchoolData> schools = list("schools.yaml", "schools", map -> school(map, municipalityCodes));
        List<ProviderData> providers = list("providers.yaml", "providers", this::provider);
        List<List<String>> synonyms = synonyms();
        OfferReader offerReader = new OfferReader(
                new OfferRules.Known(
                        municipalityCodes, keys(providers, ProviderData::id), keys(schools, SchoolData::code)),
                providers.stream().collect(Collectors.toMap(ProviderData::id, ProviderData::name, (a, b) -> a)));
        List<OfferData> offers = new ArrayList<>();
        List<Path> files = offerFiles();
        // a batch of files is parsed and read on every core; whether an id is unique is checked in file order
        for (int start = 0; start < files.size(); start += PARSED_AT_ONCE) {
            List<Path> batch = files.subList(start, Math.min(files.size(), start + PARSED_AT_ONCE));
            List<ReadOffer> read = batch.parallelStream()
                    .map(file -> readOffer(file, offerReader))
                    .toList();
            for (ReadOffer offer : read) {
                if (offer != null && unique("offer", offer.data().offer().id(), offer.map())) {
                    offers.add(offer.data());
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        return new Result(
                new CatalogData(municipalities, partnerships, needs, schools, providers, synonyms, offers), problems);
    }

    private MunicipalityData municipality(YamlMap map) {
        map.onlyFields("code", "name", "province", "lat", "lon");
        String code = map.string("code", true);
        if (code != null && !code.matches("GM\\d{4}")) {
            map.problem(map.lineOf("code"), "municipality code must look like GM0202, not '" + code + "'");
            code = null;
        }
        String name = map.string("name", true);
        String province = map.string("province", true);
        MunicipalityData data =
                new MunicipalityData(code, name, province, map.decimal("lat", false), map.decimal("lon", false));
        return code == null || name == null || province == null || !unique("municipality", code, map) ? null : data;
    }

    private List<NeedData> needs() {
        List<NeedData> needs = list("needs.yaml", "needs", map -> {
            map.onlyFields("code", "label", "synonyms");
            Need code = map.enumValue("code", Need.class, true);
            String label = map.string("label", true);
            List<String> synonyms = map.scalars("synonyms", false).stream()
                    .map(s -> s.value().toLowerCase(Locale.ROOT))
                    .distinct()
                    .toList();
            return code == null || label == null || !unique("need", code.name(), map)
                    ? null
                    : new NeedData(code, label, synonyms);
        });
        Set<Need> present = needs.stream().map(NeedData::code).collect(Collectors.toSet());
        Arrays.stream(Need.values())
                .filter(need -> !present.contains(need))
                .forEach(need -> problems.add(
                        "needs.yaml", 1, "need " + need + " has no entry (every need needs a Dutch label)"));
        return needs;
    }

    /** synonyms.txt: one group of equivalent terms per line, separated by commas; '#' starts a comment. */
    private List<List<String>> synonyms() {
        Path file = dir.resolve("synonyms.txt");
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(name(file), 0, "cannot read: " + e.getMessage());
            return List.of();
        }
        List<List<String>> groups = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> terms = Arrays.stream(line.split(","))
                    .map(term -> term.strip().toLowerCase(Locale.ROOT))
                    .filter(term -> !term.isEmpty())
                    .distinct()
                    .toList();
            if (terms.size() < 2) {
                problems.add(name(file), i + 1, "a synonym group needs at least two terms, separated by commas");
            } else if (terms.stream().anyMatch(term -> !term.matches("[\\p{L}\\p{N}][\\p{L}\\p{N} -]*"))) {
                problems.add(name(file), i + 1, "synonyms may hold only letters, digits, spaces and '-'");
            } else {
                groups.add(terms);
            }
        }
        return groups;
    }

    private PartnershipData partnership(YamlMap map, Set<String> municipalityCodes) {
        map.onlyFields("id", "name", "sector", "subregions");
        String id = map.string("id", true);
        String name = map.string("name", true);
        Sector sector = map.enumValue("sector", Sector.class, true);
        List<SubregionData> subregions = new ArrayList<>();
        for (YamlMap sub : map.maps("subregions")) {
            sub.onlyFields("id", "name", "municipalities");
            String subId = sub.string("id", true);
            String subName = sub.string("name", true);
            List<String> codes = references(sub, "municipalities", true, municipalityCodes, "municipality");
            if (subId != null && subName != null && unique("subregion", subId, sub)) {
                subregions.add(new SubregionData(subId, subName, codes));
            }
        }
        List<String> area = subregions.stream()
                .flatMap(sub -> sub.municipalities().stream())
                .distinct()
                .sorted()
                .toList();
        return id == null || name == null || sector == null || !unique("partnership", id, map)
                ? null
                : new PartnershipData(id, name, sector, subregions, area);
    }

    /** A VO partnership known only by its code, its area and perhaps its name. */
    private PartnershipData areaPartnership(YamlMap map, Set<String> municipalityCodes) {
        map.onlyFields("code", "name", "municipalities");
        String code = map.string("code", true);
        List<String> area = references(map, "municipalities", false, municipalityCodes, "municipality");
        return code == null || !unique("partnership", code, map)
                ? null
                : new PartnershipData(code, map.string("name", false), Sector.VO, List.of(), area);
    }

    private SchoolData school(YamlMap map, Set<String> municipalityCodes) {
        map.onlyFields(
                "code",
                "brin",
                "name",
                "street",
                "houseNumber",
                "postcode",
                "city",
                "municipality",
                "structure",
                "website");
        String code = map.string("code", true);
        String brin = map.string("brin", true);
        String name = map.string("name", true);
        String municipality = reference(map, "municipality", true, municipalityCodes, "municipality");
        SchoolData data = new SchoolData(
                code,
                brin,
                name,
                map.string("street", false),
                map.string("houseNumber", false),
                map.string("postcode", false),
                map.string("city", false),
                municipality,
                map.string("structure", false),
                map.string("website", false));
        return code == null || brin == null || name == null || municipality == null || !unique("school", code, map)
                ? null
                : data;
    }

    private ProviderData provider(YamlMap map) {
        map.onlyFields("id", "name", "kind", "brin", "website");
        String id = map.string("id", true);
        String name = map.string("name", true);
        ProviderKind kind = map.enumValue("kind", ProviderKind.class, true);
        if (id != null && !id.matches(OfferRules.ID_PATTERN)) {
            map.problem(map.lineOf("id"), "provider id must be lower case letters, digits and '-', not '" + id + "'");
            id = null;
        }
        ProviderData data = new ProviderData(id, name, kind, map.string("brin", false), map.string("website", false));
        return id == null || name == null || kind == null || !unique("provider", id, map) ? null : data;
    }

    /** Checks that a single reference points at something known; reports and answers null otherwise. */
    private static String reference(YamlMap map, String key, boolean required, Set<String> known, String what) {
        String value = map.string(key, required);
        if (value != null && !known.contains(value)) {
            map.problem(map.lineOf(key), "unknown " + what + " '" + value + "'");
            return null;
        }
        return value;
    }

    /** Checks each entry of a list of references, at the entry's own line. */
    private static List<String> references(YamlMap map, String key, boolean required, Set<String> known, String what) {
        List<String> values = new ArrayList<>();
        for (YamlMap.Scalar scalar : map.scalars(key, required)) {
            if (!known.contains(scalar.value())) {
                map.problem(scalar.line(), "unknown " + what + " '" + scalar.value() + "'");
            } else if (!values.contains(scalar.value())) {
                values.add(scalar.value());
            }
        }
        return values;
    }

    /** Records an id; a second use of the same id of the same kind is a problem. */
    private boolean unique(String kind, String id, YamlMap map) {
        String where = map.file() + ":" + map.line();
        String earlier = idsSeen.putIfAbsent(kind + "/" + id, where);
        if (earlier != null) {
            map.problem(map.line(), "duplicate " + kind + " id '" + id + "' (first at " + earlier + ")");
            return false;
        }
        return true;
    }

    private <T> List<T> list(String fileName, String what, Function<YamlMap, T> reader) {
        Node root = parse(dir.resolve(fileName));
        if (root == null) {
            return List.of();
        }
        return YamlMap.listOf(fileName, problems, root, what).stream()
                .map(reader)
                .filter(Objects::nonNull)
                .toList();
    }

    /** An offer as read, with the mapping it was read from (for the line of a problem found later). */
    private record ReadOffer(OfferData data, YamlMap map) {}

    /** The offer of one file, or null when the file has a problem (the problems say which). */
    private ReadOffer readOffer(Path file, OfferReader reader) {
        Node root = parse(file);
        YamlMap map = root == null ? null : YamlMap.of(name(file), problems, root, "an offer file");
        OfferData data = map == null ? null : reader.read(map);
        return data == null ? null : new ReadOffer(data, map);
    }

    private YamlMap document(Path file, String what) {
        Node root = parse(file);
        return root == null ? null : YamlMap.of(name(file), problems, root, what);
    }

    private Node parse(Path file) {
        if (!Files.isRegularFile(file)) {
            problems.add(name(file), 0, "file not found");
            return null;
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Node root = new Yaml(new LoaderOptions()).compose(reader);
            if (root == null) {
                problems.add(name(file), 1, "file is empty");
            }
            return root;
        } catch (MarkedYAMLException e) {
            problems.add(name(file), e.getProblemMark().getLine() + 1, "not valid YAML: " + e.getProblem());
        } catch (IOException e) {
            problems.add(name(file), 0, "cannot read: " + e.getMessage());
        }
        return null;
    }

    private List<Path> offerFiles() {
        Path offers = dir.resolve("offers");
        if (!Files.isDirectory(offers)) {
            problems.add("offers", 0, "directory not found");
            return List.of();
        }
        try (Stream<Path> files = Files.list(offers)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.add("offers", 0, "cannot list: " + e.getMessage());
            return List.of();
        }
    }

    private String name(Path file) {
        return dir.relativize(file).toString();
    }

    private static <T> Set<String> keys(List<T> items, Function<T, String> key) {
        return items.stream().map(key).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
