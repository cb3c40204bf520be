package nl.aanbodwijzer.catalog.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.catalog.Offer.Capacity;
import nl.aanbodwijzer.catalog.Offer.Contact;
import nl.aanbodwijzer.catalog.Offer.EntryRequirements;
import nl.aanbodwijzer.catalog.Offer.Funding;
import nl.aanbodwijzer.catalog.Offer.Hours;
import nl.aanbodwijzer.catalog.Offer.Location;
import nl.aanbodwijzer.catalog.Offer.Partner;
import nl.aanbodwijzer.catalog.importer.CatalogData.OfferData;
import nl.aanbodwijzer.catalog.taxonomy.FundingSource;
import nl.aanbodwijzer.catalog.taxonomy.Level;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.OfferStatus;
import nl.aanbodwijzer.catalog.taxonomy.OfferType;
import nl.aanbodwijzer.catalog.taxonomy.ProviderRole;
import nl.aanbodwijzer.catalog.taxonomy.Sector;

/** Reads and checks one offer file against the reference data read before it. */
final class OfferReader {
    static final String ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    private static final int MAX_AGE = 30;
    private static final int MAX_HOURS = 40;

    private final Set<String> municipalities;
    private final Set<String> schools;
    private final Map<String, String> providerNames;

    OfferReader(Set<String> municipalities, Set<String> schools, Map<String, String> providerNames) {
        this.municipalities = municipalities;
        this.schools = schools;
        this.providerNames = providerNames;
    }

    /** The offer, or null when a required part is missing or wrong (the problems say which). */
    OfferData read(YamlMap map) {
        map.onlyFields(
                "id",
                "name",
                "description",
                "type",
                "status",
                "providers",
                "locations",
                "municipalities",
                "sectors",
                "levels",
                "minAge",
                "maxAge",
                "needs",
                "entryRequirements",
                "hoursPerWeek",
                "maxDurationWeeks",
                "extensionWeeks",
                "capacity",
                "funding",
                "housedAtSchool",
                "contact",
                "source",
                "synthetic",
                "lastVerifiedAt");
        String id = map.string("id", true);
        if (id != null && !id.matches(ID_PATTERN)) {
            map.problem(map.lineOf("id"), "offer id must be lower case letters, digits and '-', not '" + id + "'");
            id = null;
        }
        String name = map.string("name", true);
        OfferType type = map.enumValue("type", OfferType.class, true);
        OfferStatus status = map.enumValue("status", OfferStatus.class, true);
        List<String> served = CatalogReader.references(map, "municipalities", true, municipalities, "municipality");
        List<Sector> sectors = map.enums("sectors", Sector.class, true);
        Integer minAge = map.count("minAge");
        Integer maxAge = map.count("maxAge");
        checkRange(map, "minAge", minAge, "maxAge", maxAge, MAX_AGE, "age range");
        YamlMap capacityMap = map.map("capacity");
        Offer offer = new Offer(
                id,
                name,
                map.string("description", false),
                type,
                status,
                providers(map),
                locations(map),
                served,
                sectors,
                map.enums("levels", Level.class, false),
                minAge,
                maxAge,
                map.enums("needs", Need.class, false),
                entryRequirements(map.map("entryRequirements")),
                hours(map.map("hoursPerWeek")),
                map.count("maxDurationWeeks"),
                map.count("extensionWeeks"),
                capacityMap == null ? Capacity.UNKNOWN : capacity(capacityMap),
                funding(map),
                map.bool("housedAtSchool"),
                contact(map.map("contact")),
                map.string("source", false),
                Boolean.TRUE.equals(map.bool("synthetic")),
                map.date("lastVerifiedAt"),
                1);
        boolean complete =
                id != null && name != null && type != null && status != null && !served.isEmpty() && !sectors.isEmpty();
        return complete ? new OfferData(offer, capacityMap != null) : null;
    }

    private List<Partner> providers(YamlMap map) {
        List<Partner> partners = new ArrayList<>();
        for (YamlMap entry : map.maps("providers")) {
            entry.onlyFields("id", "role");
            String id = CatalogReader.reference(entry, "id", true, providerNames.keySet(), "provider");
            ProviderRole role = entry.enumValue("role", ProviderRole.class, true);
            if (id != null && partners.stream().anyMatch(p -> p.id().equals(id))) {
                entry.problem(entry.line(), "provider '" + id + "' is listed twice");
            } else if (id != null && role != null) {
                partners.add(new Partner(id, providerNames.get(id), role));
            }
        }
        return partners;
    }

    private List<Location> locations(YamlMap map) {
        List<Location> locations = new ArrayList<>();
        for (YamlMap entry : map.maps("locations")) {
            entry.onlyFields("name", "street", "houseNumber", "postcode", "city", "municipality", "schoolLocationCode");
            Location location = new Location(
                    entry.string("name", true),
                    entry.string("street", false),
                    entry.string("houseNumber", false),
                    entry.string("postcode", false),
                    entry.string("city", false),
                    CatalogReader.reference(entry, "municipality", false, municipalities, "municipality"),
                    CatalogReader.reference(entry, "schoolLocationCode", false, schools, "school location"));
            if (location.name() != null) {
                locations.add(location);
            }
        }
        return locations;
    }

    private EntryRequirements entryRequirements(YamlMap map) {
        if (map == null) {
            return EntryRequirements.NONE_KNOWN;
        }
        map.onlyFields("tlvRequired", "careIndicationRequired", "referralRoute", "onlyPupilsOfSchool");
        return new EntryRequirements(
                map.bool("tlvRequired"),
                map.bool("careIndicationRequired"),
                map.string("referralRoute", false),
                CatalogReader.reference(map, "onlyPupilsOfSchool", false, schools, "school location"));
    }

    private Hours hours(YamlMap map) {
        if (map == null) {
            return Hours.UNKNOWN;
        }
        map.onlyFields("min", "max");
        Integer min = map.count("min");
        Integer max = map.count("max");
        checkRange(map, "min", min, "max", max, MAX_HOURS, "hours per week");
        return new Hours(min, max);
    }

    private static Capacity capacity(YamlMap map) {
        map.onlyFields("total", "occupied", "waitingList", "expectedWaitWeeks", "nextIntake");
        Integer total = map.count("total");
        Integer occupied = map.count("occupied");
        if (total != null && occupied != null && occupied > total) {
            map.problem(
                    map.lineOf("occupied"), "occupied places (" + occupied + ") exceed total places (" + total + ")");
        }
        return new Capacity(
                total,
                occupied,
                map.count("waitingList"),
                map.count("expectedWaitWeeks"),
                map.date("nextIntake"),
                null);
    }

    private static List<Funding> funding(YamlMap map) {
        List<Funding> funding = new ArrayList<>();
        for (YamlMap entry : map.maps("funding")) {
            entry.onlyFields("source", "sharePercent", "until");
            FundingSource source = entry.enumValue("source", FundingSource.class, true);
            Integer share = entry.count("sharePercent");
            if (share != null && share > 100) {
                entry.problem(entry.lineOf("sharePercent"), "sharePercent must be at most 100, not " + share);
            }
            LocalDate until = entry.date("until");
            if (source != null) {
                funding.add(new Funding(source, share, until));
            }
        }
        int total = funding.stream()
                .map(Funding::sharePercent)
                .filter(Objects::nonNull)
                .mapToInt(i -> i)
                .sum();
        if (total > 100) {
            map.problem(map.lineOf("funding"), "funding shares add up to " + total + "%, more than 100%");
        }
        return funding;
    }

    private static Contact contact(YamlMap map) {
        if (map == null) {
            return Contact.NONE;
        }
        map.onlyFields("name", "email", "phone", "website");
        return new Contact(
                map.string("name", false),
                map.string("email", false),
                map.string("phone", false),
                map.string("website", false));
    }

    private static void checkRange(
            YamlMap map, String minKey, Integer min, String maxKey, Integer max, int limit, String what) {
        if (min != null && max != null && min > max) {
            map.problem(
                    map.lineOf(minKey), what + " reversed: " + minKey + " " + min + " is above " + maxKey + " " + max);
        }
        if (max != null && max > limit) {
            map.problem(map.lineOf(maxKey), maxKey + " " + max + " is above " + limit);
        }
    }
}
