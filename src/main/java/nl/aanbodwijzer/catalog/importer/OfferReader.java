package nl.aanbodwijzer.catalog.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.aanbodwijzer.capacity.Capacity;
import nl.aanbodwijzer.capacity.CapacityState;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.catalog.Offer.Contact;
import nl.aanbodwijzer.catalog.Offer.EntryRequirements;
import nl.aanbodwijzer.catalog.Offer.Funding;
import nl.aanbodwijzer.catalog.Offer.Hours;
import nl.aanbodwijzer.catalog.Offer.Location;
import nl.aanbodwijzer.catalog.Offer.Partner;
import nl.aanbodwijzer.catalog.OfferRules;
import nl.aanbodwijzer.catalog.importer.CatalogData.OfferData;
import nl.aanbodwijzer.catalog.taxonomy.FundingSource;
import nl.aanbodwijzer.catalog.taxonomy.Level;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.OfferStatus;
import nl.aanbodwijzer.catalog.taxonomy.OfferType;
import nl.aanbodwijzer.catalog.taxonomy.ProviderRole;
import nl.aanbodwijzer.catalog.taxonomy.Sector;
import nl.aanbodwijzer.catalog.taxonomy.TargetGroup;
import nl.aanbodwijzer.system.Violation;

/**
 * Reads one offer file: its form here (fields, types, codes), its rules through {@link OfferRules}
 * against the reference data read before it, each problem at the line of the field it names.
 */
final class OfferReader {
    private static final Pattern MUNICIPALITY = Pattern.compile("municipalities\\[(\\d+)]");

    private final OfferRules.Known known;
    private final Map<String, String> providerNames;

    OfferReader(OfferRules.Known known, Map<String, String> providerNames) {
        this.known = known;
        this.providerNames = providerNames;
    }

    /** The offer, or null when a required part is missing or a rule is broken (the problems say which). */
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
                "targetGroup",
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
        YamlMap capacity = map.map("capacity");
        List<YamlMap.Scalar> served = map.scalars("municipalities", true);
        Offer offer = Offer.builder()
                .id(map.string("id", true))
                .name(map.string("name", true))
                .description(map.string("description", false))
                .type(map.enumValue("type", OfferType.class, true))
                .status(map.enumValue("status", OfferStatus.class, true))
                .providers(providers(map))
                .locations(locations(map))
                .municipalities(
                        served.stream().map(YamlMap.Scalar::value).distinct().toList())
                .sectors(map.enums("sectors", Sector.class, true))
                .levels(map.enums("levels", Level.class, false))
                .ages(map.count("minAge"), map.count("maxAge"))
                .needs(map.enums("needs", Need.class, false))
                .targetGroup(map.enumValue("targetGroup", TargetGroup.class, false))
                .entryRequirements(entryRequirements(map.map("entryRequirements")))
                .hoursPerWeek(hours(map.map("hoursPerWeek")))
                .duration(map.count("maxDurationWeeks"), map.count("extensionWeeks"))
                .funding(funding(map))
                .housedAtSchool(map.bool("housedAtSchool"))
                .contact(contact(map.map("contact")))
                .provenance(map.string("source", false), Boolean.TRUE.equals(map.bool("synthetic")))
                .state(new CapacityState(
                        capacity == null ? Capacity.UNKNOWN : capacity(capacity), map.date("lastVerifiedAt"), 0))
                .build();
        List<Violation> violations = OfferRules.check(offer, known);
        violations.forEach(violation -> map.problem(lineOf(violation, map, offer, served), violation.message()));
        return complete(offer) && violations.isEmpty() ? new OfferData(offer, capacity != null) : null;
    }

    /** The line of the field a violation names; the offer keeps its municipalities sorted, the file in its own order. */
    private static int lineOf(Violation violation, YamlMap map, Offer offer, List<YamlMap.Scalar> served) {
        Matcher municipality = MUNICIPALITY.matcher(violation.field());
        if (!municipality.matches()) {
            return map.lineOf(violation.field());
        }
        String code = offer.municipalities().get(Integer.parseInt(municipality.group(1)));
        return served.stream()
                .filter(scalar -> scalar.value().equals(code))
                .findFirst()
                .map(YamlMap.Scalar::line)
                .orElse(map.lineOf("municipalities"));
    }

    private static boolean complete(Offer offer) {
        return offer.id() != null
                && offer.name() != null
                && offer.type() != null
                && offer.status() != null
                && !offer.municipalities().isEmpty()
                && !offer.sectors().isEmpty();
    }

    private List<Partner> providers(YamlMap map) {
        List<Partner> partners = new ArrayList<>();
        for (YamlMap entry : map.maps("providers")) {
            entry.onlyFields("id", "role");
            String id = entry.string("id", true);
            ProviderRole role = entry.enumValue("role", ProviderRole.class, true);
            if (id != null && role != null) {
                partners.add(new Partner(id, providerNames.get(id), role));
            }
        }
        return partners;
    }

    private static List<Location> locations(YamlMap map) {
        List<Location> locations = new ArrayList<>();
        for (YamlMap entry : map.maps("locations")) {
            entry.onlyFields("name", "street", "houseNumber", "postcode", "city", "municipality", "schoolLocationCode");
            Location location = new Location(
                    entry.string("name", true),
                    entry.string("street", false),
                    entry.string("houseNumber", false),
                    entry.string("postcode", false),
                    entry.string("city", false),
                    entry.string("municipality", false),
                    entry.string("schoolLocationCode", false));
            if (location.name() != null) {
                locations.add(location);
            }
        }
        return locations;
    }

    private static EntryRequirements entryRequirements(YamlMap map) {
        if (map == null) {
            return EntryRequirements.NONE_KNOWN;
        }
        map.onlyFields("tlvRequired", "careIndicationRequired", "referralRoute", "onlyPupilsOfSchool");
        return new EntryRequirements(
                map.bool("tlvRequired"),
                map.bool("careIndicationRequired"),
                map.string("referralRoute", false),
                map.string("onlyPupilsOfSchool", false));
    }

    private static Hours hours(YamlMap map) {
        if (map == null) {
            return Hours.UNKNOWN;
        }
        map.onlyFields("min", "max");
        return new Hours(map.count("min"), map.count("max"));
    }

    private static Capacity capacity(YamlMap map) {
        map.onlyFields("total", "occupied", "waitingList", "expectedWaitWeeks", "nextIntake");
        return new Capacity(
                map.count("total"),
                map.count("occupied"),
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
            LocalDate until = entry.date("until");
            if (source != null) {
                funding.add(new Funding(source, share, until));
            }
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
}
