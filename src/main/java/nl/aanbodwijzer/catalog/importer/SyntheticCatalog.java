package nl.aanbodwijzer.catalog.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import nl.aanbodwijzer.catalog.importer.CatalogData.MunicipalityData;
import nl.aanbodwijzer.catalog.importer.CatalogData.NeedData;
import nl.aanbodwijzer.catalog.importer.CatalogData.ProviderData;
import nl.aanbodwijzer.catalog.taxonomy.FundingSource;
import nl.aanbodwijzer.catalog.taxonomy.Level;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.OfferType;
import nl.aanbodwijzer.catalog.taxonomy.Sector;

/**
 * Writes a catalog-data directory with generated offers for demos and benchmarks: the real reference
 * files, plus {@code count} offers that are all marked {@code synthetic: true}. Like the national
 * catalogue it stands in for, offers are spread over all municipalities, each serving a few of its own
 * province, with the real taxonomy and providers, places that are mostly taken, waiting lists and
 * waits that grow with it, mixed funding and Dutch descriptions put together from varied phrases.
 * One offer in ten is in the De Verbinding region. The same seed always gives the same files.
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
    /** Verification dates run back from here, so that the files do not depend on the day they are written. */
    private static final LocalDate VERIFIED_BY = LocalDate.of(2026, 11, 1);

    private static final Map<OfferType, Integer> TYPE_WEIGHTS = new EnumMap<>(Map.of(
            OfferType.TRAJECTVOORZIENING, 30,
            OfferType.ONDERWIJSZORGARRANGEMENT, 20,
            OfferType.VERZUIMCOACH, 12,
            OfferType.TUSSENVOORZIENING, 10,
            OfferType.OPDC, 6,
            OfferType.LEERCENTRUM, 6,
            OfferType.SYMBIOSEKLAS, 5,
            OfferType.HOOGBEGAAFDENVOORZIENING, 4,
            OfferType.OVERIG, 7));
    private static final Map<OfferType, List<String>> NAME_STARTS = new EnumMap<>(Map.of(
            OfferType.TRAJECTVOORZIENING, List.of("Trajectklas", "Trajectvoorziening", "Rebound", "Time-out"),
            OfferType.ONDERWIJSZORGARRANGEMENT, List.of("Arrangement", "Onderwijszorgklas", "Zorgklas"),
            OfferType.VERZUIMCOACH, List.of("Verzuimcoaches", "Schoolcoach", "Thuiszittersteam"),
            OfferType.TUSSENVOORZIENING, List.of("Tussenvoorziening", "Opstapklas", "Overstapgroep"),
            OfferType.OPDC, List.of("OPDC", "Orthopedagogisch centrum"),
            OfferType.LEERCENTRUM, List.of("Leercentrum", "Leerwerkplaats"),
            OfferType.SYMBIOSEKLAS, List.of("Symbioseklas", "Samenwerkingsklas"),
            OfferType.HOOGBEGAAFDENVOORZIENING, List.of("Plusklas", "Denkklas", "Talentklas"),
            OfferType.OVERIG, List.of("Kleine groep", "Dagprogramma", "Studio")));
    private static final List<String> NAME_ENDS = List.of(
            "De Brug",
            "Het Kompas",
            "De Haven",
            "Het Anker",
            "De Sprong",
            "Koers",
            "Horizon",
            "De Bron",
            "Het Baken",
            "Opstap",
            "Tij",
            "De Stap",
            "Vlieger",
            "Kansrijk",
            "Op de rails",
            "Morgen",
            "Thuisbasis",
            "Lichtpunt");
    private static final List<String> OPENINGS = List.of(
            "Kleinschalige voorziening voor",
            "Een vaste plek in een kleine groep voor",
            "Begeleiding op school en thuis voor",
            "Tijdelijke opvang buiten de eigen klas voor",
            "Maatwerktraject voor",
            "Onderwijs met zorg op één plek voor");
    private static final List<String> APPROACHES = List.of(
            "De leerling werkt in een prikkelarme ruimte met een vaste mentor.",
            "Een gedragsspecialist en een jeugdhulpverlener werken samen met de school.",
            "Het rooster wordt stap voor stap opgebouwd, beginnend met enkele uren per week.",
            "Ouders zijn vanaf het eerste gesprek betrokken bij het plan.",
            "Er is ruimte voor praktijkvakken, sport en stage naast de gewone lessen.",
            "De behandeling door de jeugd-ggz vindt plaats onder schooltijd.",
            "Een coach komt zo nodig aan huis om de leerling weer op gang te helpen.",
            "De groep telt hooguit acht leerlingen, met structuur en een voorspelbare dag.");
    private static final List<String> GOALS = List.of(
            "Het doel is terugkeer naar de eigen school.",
            "Na afloop stroomt de leerling door naar passend vervolgonderwijs.",
            "Zo voorkomen we dat de leerling thuis komt te zitten.",
            "Samen met de leerling werken we toe naar een diploma of startkwalificatie.",
            "Het traject duurt doorgaans drie tot zes maanden.");
    private static final Map<Sector, Integer> SECTOR_WEIGHTS = new EnumMap<>(
            Map.of(Sector.VO, 55, Sector.PO, 20, Sector.VSO, 10, Sector.SO, 5, Sector.SBO, 5, Sector.MBO, 5));
    private static final List<List<FundingSource>> FUNDING_MIXES = List.of(
            List.of(FundingSource.SWV),
            List.of(FundingSource.SWV),
            List.of(FundingSource.SWV, FundingSource.GEMEENTE_JEUGDWET),
            List.of(FundingSource.GEMEENTE_JEUGDWET),
            List.of(FundingSource.SWV, FundingSource.SCHOOLBESTUUR),
            List.of(FundingSource.VSV_PROGRAMMA, FundingSource.GEMEENTE_OVERIG),
            List.of(FundingSource.SWV, FundingSource.GEMEENTE_JEUGDWET, FundingSource.GEMEENTE_OVERIG),
            List.of(FundingSource.OVERIG));

    private final Random random;
    private final List<MunicipalityData> municipalities;
    private final Map<String, List<String>> provinces;
    private final Map<Need, String> needWords = new EnumMap<>(Need.class);
    private final List<String> providers;

    private SyntheticCatalog(long seed, CatalogData reference) {
        this.random = new Random(seed);
        this.municipalities = reference.municipalities();
        this.provinces = municipalities.stream()
                .collect(Collectors.groupingBy(
                        MunicipalityData::province, Collectors.mapping(MunicipalityData::code, Collectors.toList())));
        for (NeedData need : reference.needs()) {
            needWords.put(need.code(), need.label().toLowerCase(Locale.ROOT));
        }
        this.providers = reference.providers().stream().map(ProviderData::id).toList();
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
        SyntheticCatalog generator = new SyntheticCatalog(seed, reference.data());
        for (int number = 1; number <= count; number++) {
            Files.writeString(
                    target.resolve("offers").resolve(String.format("synthetic-%06d.yaml", number)),
                    generator.offer(number));
        }
    }

    private String offer(int number) {
        OfferType type = weighted(TYPE_WEIGHTS);
        MunicipalityData home = random.nextInt(10) == 0 ? byCode(pick(REGION)) : pick(municipalities);
        List<Need> needs = some(List.of(Need.values()), 1 + skewed(3));
        Sector sector = weighted(SECTOR_WEIGHTS);
        int minAge = sector == Sector.PO || sector == Sector.SO || sector == Sector.SBO
                ? 4 + random.nextInt(5)
                : 11 + random.nextInt(5);
        StringBuilder yaml = new StringBuilder("# Generated for demos and benchmarks; not a real offer.\n")
                .append(String.format("id: synthetic-%06d%n", number))
                .append("name: \"")
                .append(pick(NAME_STARTS.get(type)))
                .append(' ')
                .append(pick(NAME_ENDS))
                .append(' ')
                .append(home.name())
                .append("\"\n")
                .append("type: ")
                .append(type)
                .append('\n')
                .append("status: ")
                .append(status())
                .append('\n')
                .append("description: \"")
                .append(description(needs, home))
                .append("\"\n")
                .append("providers: [{id: ")
                .append(pick(providers))
                .append(", role: OPERATOR}]\n")
                .append("locations: [{name: \"")
                .append(pick(NAME_ENDS))
                .append("\", city: \"")
                .append(home.name())
                .append("\", municipality: ")
                .append(home.code())
                .append("}]\n")
                .append("municipalities: ")
                .append(list(served(home)))
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
                .append(minAge + 3 + random.nextInt(5))
                .append('\n')
                .append("needs: ")
                .append(list(needs))
                .append('\n')
                .append("entryRequirements: {tlvRequired: ")
                .append(random.nextInt(4) == 0)
                .append(", careIndicationRequired: ")
                .append(random.nextInt(5) == 0)
                .append("}\n")
                .append("hoursPerWeek: {min: ")
                .append(2 + random.nextInt(10))
                .append(", max: ")
                .append(12 + random.nextInt(15))
                .append("}\n")
                .append("funding: ")
                .append(funding())
                .append('\n')
                .append("lastVerifiedAt: ")
                .append(VERIFIED_BY.minusDays(skewed(200)))
                .append('\n')
                .append("synthetic: true\n");
        if (random.nextInt(100) < 85) {
            yaml.append(capacity());
        }
        return yaml.toString();
    }

    /** Most groups are small and full: a free place is the exception, and the wait grows with the list. */
    private String capacity() {
        int total = 4 + skewed(40);
        int free = random.nextInt(10) < 6 ? 0 : 1 + random.nextInt(Math.min(4, total));
        int waiting = free > 0 ? 0 : skewed(16);
        int wait = free > 0 ? 0 : Math.min(40, 2 + waiting * (1 + random.nextInt(3)));
        return "capacity: {total: " + total + ", occupied: " + (total - free) + ", waitingList: " + waiting
                + ", expectedWaitWeeks: " + wait + "}\n";
    }

    private String description(List<Need> needs, MunicipalityData home) {
        String who = needs.stream().map(needWords::get).collect(Collectors.joining(" of "));
        return pick(OPENINGS) + " leerlingen met " + who + " in " + home.name() + " en omgeving. " + pick(APPROACHES)
                + ' ' + pick(GOALS);
    }

    private String funding() {
        List<FundingSource> mix = pick(FUNDING_MIXES);
        if (mix.size() == 1) {
            return "[{source: " + mix.get(0) + "}]";
        }
        List<String> entries = new ArrayList<>();
        int left = 100;
        for (int i = 0; i < mix.size(); i++) {
            int share = i == mix.size() - 1 ? left : 10 * (1 + random.nextInt(left / 10 - (mix.size() - i - 1)));
            entries.add("{source: " + mix.get(i) + ", sharePercent: " + share + "}");
            left -= share;
        }
        return entries.stream().collect(Collectors.joining(", ", "[", "]"));
    }

    /** The home municipality and a few of its province (or of the region, for a regional offer). */
    private List<String> served(MunicipalityData home) {
        List<String> around = REGION.contains(home.code()) ? REGION : provinces.get(home.province());
        List<String> served = new ArrayList<>(List.of(home.code()));
        served.addAll(some(around, skewed(7)));
        return served.stream().distinct().toList();
    }

    private String status() {
        int roll = random.nextInt(20);
        return roll < 15 ? "ACTIVE" : roll < 17 ? "PILOT" : roll < 19 ? "PLANNED" : "CLOSED";
    }

    private MunicipalityData byCode(String code) {
        return municipalities.stream()
                .filter(m -> m.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    /** A number from 0 to {@code bound} - 1 where small numbers are the most likely. */
    private int skewed(int bound) {
        double u = random.nextDouble();
        return (int) (bound * u * u);
    }

    private <T> T weighted(Map<T, Integer> weights) {
        int roll = random.nextInt(
                weights.values().stream().mapToInt(Integer::intValue).sum());
        for (Map.Entry<T, Integer> entry : weights.entrySet()) {
            roll -= entry.getValue();
            if (roll < 0) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("weights must be positive");
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
