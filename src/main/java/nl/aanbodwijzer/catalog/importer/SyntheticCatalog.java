package nl.aanbodwijzer.catalog.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import nl.aanbodwijzer.catalog.taxonomy.FundingSource;
import nl.aanbodwijzer.catalog.taxonomy.Level;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.OfferStatus;
import nl.aanbodwijzer.catalog.taxonomy.OfferType;
import nl.aanbodwijzer.catalog.taxonomy.Sector;

/**
 * Writes a catalog-data directory with generated offers for demos and benchmarks: the real
 * reference files, plus {@code count} offers that are all marked {@code synthetic: true}. Like the
 * country the catalogue is meant for, offers are spread over all municipalities, each serving a few
 * of its own province; one in ten is in the De Verbinding region. The same seed gives the same offers.
 */
public final class SyntheticCatalog {
    private static final List<String> REFERENCE_FILES = List.of(
            "municipalities.yaml",
            "partnerships.yaml",
            "vo-partnerships.yaml",
            "needs.yaml",
            "schools.yaml",
            "providers.yaml",
            "synonyms.txt");
    private static final List<String> REGION =
            List.of("GM0202", "GM0226", "GM0274", "GM0275", "GM0277", "GM0293", "GM0299", "GM1705", "GM1734", "GM1955");
    private static final List<String> PROVIDERS = List.of("swv-de-verbinding", "mariendael", "at-zorg");
    private static final List<String> WORDS = List.of(
            "begeleiding",
            "kleine groep",
            "rust",
            "structuur",
            "behandeling",
            "maatwerk",
            "terugkeer",
            "praktijkgericht",
            "dagbesteding",
            "ouderbetrokkenheid",
            "coaching",
            "onderwijszorg");

    private final Random random;
    private final List<CatalogData.MunicipalityData> municipalities;

    private SyntheticCatalog(long seed, List<CatalogData.MunicipalityData> municipalities) {
        this.random = new Random(seed);
        this.municipalities = municipalities;
    }

    /** Writes the directory; {@code referenceDir} is a real catalog-data directory to copy from. */
    public static void write(Path referenceDir, Path target, int count, long seed) throws IOException {
        Files.createDirectories(target.resolve("offers"));
        for (String file : REFERENCE_FILES) {
            Files.copy(referenceDir.resolve(file), target.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        CatalogReader.Result reference = CatalogReader.read(referenceDir);
        if (reference.data() == null) {
            throw new IllegalArgumentException("the reference catalog-data has problems: "
                    + reference.problems().lines());
        }
        SyntheticCatalog generator = new SyntheticCatalog(seed, reference.data().municipalities());
        for (int i = 1; i <= count; i++) {
            String id = String.format("synthetic-%06d", i);
            Files.writeString(target.resolve("offers").resolve(id + ".yaml"), generator.offer(id, i));
        }
    }

    private String offer(String id, int number) {
        OfferType type = pick(List.of(OfferType.values()));
        Sector sector = random.nextInt(10) < 7 ? Sector.VO : pick(List.of(Sector.values()));
        int minAge = 4 + random.nextInt(12);
        StringBuilder yaml = new StringBuilder()
                .append("# Generated for demos and benchmarks; not a real offer.\n")
                .append("id: ")
                .append(id)
                .append('\n')
                .append("name: \"Synthetisch aanbod ")
                .append(number)
                .append(" (")
                .append(type.label())
                .append(")\"\n")
                .append("type: ")
                .append(type)
                .append('\n')
                .append("status: ")
                .append(status())
                .append('\n')
                .append("description: \"")
                .append(description())
                .append("\"\n")
                .append("providers: [{id: ")
                .append(pick(PROVIDERS))
                .append(", role: OPERATOR}]\n")
                .append("municipalities: ")
                .append(list(served()))
                .append('\n')
                .append("sectors: [")
                .append(sector)
                .append("]\n")
                .append("levels: ")
                .append(list(some(List.of(Level.values()), random.nextInt(3))))
                .append('\n')
                .append("minAge: ")
                .append(minAge)
                .append('\n')
                .append("maxAge: ")
                .append(minAge + 2 + random.nextInt(6))
                .append('\n')
                .append("needs: ")
                .append(list(some(List.of(Need.values()), 1 + random.nextInt(3))))
                .append('\n')
                .append("entryRequirements: {tlvRequired: ")
                .append(random.nextInt(4) == 0)
                .append(", careIndicationRequired: ")
                .append(random.nextInt(4) == 0)
                .append("}\n")
                .append("hoursPerWeek: {min: ")
                .append(4 + random.nextInt(8))
                .append(", max: ")
                .append(12 + random.nextInt(14))
                .append("}\n")
                .append("funding: [{source: ")
                .append(pick(List.of(FundingSource.values())))
                .append("}]\n")
                .append("synthetic: true\n");
        if (random.nextInt(5) > 0) {
            int total = 4 + random.nextInt(20);
            yaml.append("capacity: {total: ")
                    .append(total)
                    .append(", occupied: ")
                    .append(random.nextInt(total + 1))
                    .append(", waitingList: ")
                    .append(random.nextInt(12))
                    .append(", expectedWaitWeeks: ")
                    .append(random.nextInt(30))
                    .append("}\n");
        }
        return yaml.toString();
    }

    /** A few municipalities of one province, or (one in ten) part of the De Verbinding region. */
    private List<String> served() {
        if (random.nextInt(10) == 0) {
            return some(REGION, 1 + random.nextInt(REGION.size()));
        }
        CatalogData.MunicipalityData home = pick(municipalities);
        List<String> province = municipalities.stream()
                .filter(m -> m.province().equals(home.province()))
                .map(CatalogData.MunicipalityData::code)
                .toList();
        List<String> served = new ArrayList<>(List.of(home.code()));
        served.addAll(some(province, random.nextInt(7)));
        return served.stream().distinct().toList();
    }

    private OfferStatus status() {
        int roll = random.nextInt(20);
        return roll < 15
                ? OfferStatus.ACTIVE
                : roll < 17 ? OfferStatus.PILOT : roll < 19 ? OfferStatus.PLANNED : OfferStatus.CLOSED;
    }

    private String description() {
        return String.join(", ", some(WORDS, 2 + random.nextInt(4)));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <T> List<T> some(List<T> values, int count) {
        Set<T> chosen = new LinkedHashSet<>();
        while (chosen.size() < Math.min(count, values.size())) {
            chosen.add(pick(values));
        }
        return new ArrayList<>(chosen);
    }

    private static String list(List<?> values) {
        return values.stream().map(Object::toString).collect(Collectors.joining(", ", "[", "]"));
    }
}
