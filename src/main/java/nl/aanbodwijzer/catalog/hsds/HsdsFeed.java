package nl.aanbodwijzer.catalog.hsds;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
import nl.aanbodwijzer.catalog.hsds.HsdsVocabulary.Fact;
import nl.aanbodwijzer.catalog.importer.CatalogData.ProviderData;
import nl.aanbodwijzer.catalog.providers.ProviderKind;
import nl.aanbodwijzer.catalog.taxonomy.FundingSource;
import nl.aanbodwijzer.catalog.taxonomy.Level;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.OfferStatus;
import nl.aanbodwijzer.catalog.taxonomy.OfferType;
import nl.aanbodwijzer.catalog.taxonomy.ProviderRole;
import nl.aanbodwijzer.catalog.taxonomy.Sector;
import nl.aanbodwijzer.catalog.taxonomy.TargetGroup;
import nl.aanbodwijzer.catalog.taxonomy.Taxonomy;

/**
 * Reads an HSDS feed (organizations and fully nested services) as this catalogue's providers and
 * offers, the inverse of {@link HsdsDocuments}. Every problem is named with its record; what the feed
 * says that this catalogue has no place for is counted, field by field, so the import can list it.
 */
final class HsdsFeed {
    /** What a feed holds for this catalogue, the problems that stop it, and what could not be mapped. */
    record Read(
            List<ProviderData> providers, List<Offer> offers, List<String> problems, Map<String, Integer> unmapped) {}

    /** The fields of each object that the mapping reads; any other field with a value is reported. */
    private static final Map<String, Set<String>> READ = Map.of(
            "service",
            Set.of(
                    "id",
                    "organization_id",
                    "name",
                    "description",
                    "url",
                    "email",
                    "status",
                    "minimum_age",
                    "maximum_age",
                    "assured_date",
                    "last_modified",
                    "phones",
                    "contacts",
                    "service_areas",
                    "service_at_locations",
                    "organization",
                    "funding",
                    "capacities",
                    "attributes"),
            "organization",
            Set.of("id", "name", "description", "website", "organization_identifiers", "attributes", "services"),
            "location",
            Set.of(
                    "id",
                    "location_type",
                    "name",
                    "external_identifier",
                    "external_identifier_type",
                    "addresses",
                    "attributes"),
            "funding",
            Set.of("id", "service_id", "source", "attributes"),
            "service_capacity",
            Set.of("id", "service_id", "unit", "unit_id", "available", "maximum", "description", "updated"));

    private static final Pattern CBS_CODE = Pattern.compile("GM\\d{4}");
    private static final Pattern STREET_AND_NUMBER = Pattern.compile("(.+?)\\s+(\\d+\\S*)");

    private final Taxonomy taxonomy;
    private final HsdsVocabulary vocabulary;
    private final String feedName;
    private final FeedReport report = new FeedReport();
    private final Map<String, String> municipalitiesByName = new LinkedHashMap<>();

    private HsdsFeed(Taxonomy taxonomy, String feedName) {
        this.taxonomy = taxonomy;
        this.vocabulary = HsdsVocabulary.of(taxonomy);
        this.feedName = feedName;
        taxonomy.municipalities().forEach(m -> municipalitiesByName.put(fold(m.name()), m.code()));
    }

    /** Reads the feed's organizations and services; {@code feedName} names it as the source of offers that name none. */
    static Read read(
            Collection<Map<String, Object>> organizations,
            Collection<Map<String, Object>> services,
            Taxonomy taxonomy,
            String feedName) {
        HsdsFeed feed = new HsdsFeed(taxonomy, feedName);
        // an organization nested in a service holds only its own fields: read the fullest one given
        Map<String, Map<String, Object>> fullest = new LinkedHashMap<>();
        for (Map<String, Object> organization : organizations) {
            fullest.merge(String.valueOf(organization.get("id")), organization, (a, b) -> b.size() > a.size() ? b : a);
        }
        List<ProviderData> providers = new ArrayList<>();
        fullest.values().forEach(organization -> feed.provider(organization).ifPresent(providers::add));
        List<Offer> offers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Map<String, Object> service : services) {
            if (seen.add(String.valueOf(service.get("id")))) {
                feed.offer(service).ifPresent(offers::add);
            }
        }
        return new Read(List.copyOf(providers), offers, feed.report.problems(), feed.report.unmapped());
    }

    private Optional<ProviderData> provider(Map<String, Object> organization) {
        FeedObject fields = object("organization", organization);
        String id = fields.uuid("id");
        String name = fields.text("name", 200, true);
        String website = website(fields.text("website", 300, false));
        String brin = null;
        for (Map<String, Object> identifier : fields.objects("organization_identifiers")) {
            if ("BRIN".equalsIgnoreCase(String.valueOf(identifier.get("identifier_type")))) {
                brin = object("organization_identifier", identifier).text("identifier", 4, false);
            }
        }
        Map<Fact, String> facts = facts(fields.objects("attributes"), "organization");
        ProviderKind kind = facts.containsKey(Fact.PROVIDER_KIND)
                ? fields.code(ProviderKind.class, facts.get(Fact.PROVIDER_KIND), "attribute soort-aanbieder")
                : null;
        if (kind == null) {
            count("organization without soort-aanbieder: kept as stored here, else recorded as CARE_ORGANISATION");
        }
        fields.reportUnread();
        return fields.ok() ? Optional.of(new ProviderData(id, name, kind, brin, website)) : Optional.empty();
    }

    private Optional<Offer> offer(Map<String, Object> service) {
        FeedObject fields = object("service", service);
        String id = fields.uuid("id");
        List<Map<String, Object>> attributes = fields.objects("attributes");
        Map<Fact, String> facts = facts(attributes, "service");
        Map<String, List<String>> classes = classes(attributes);
        Offer.Builder offer = Offer.builder()
                .id(id)
                .name(fields.text("name", 300, true))
                .description(fields.text("description", 20_000, false))
                .status(status(fields, facts.get(Fact.STATUS)))
                .type(one(fields, OfferType.class, classes.get(HsdsVocabulary.TYPE), OfferType.OVERIG, "soort"))
                .providers(partners(fields, attributes))
                .municipalities(municipalities(fields.objects("service_areas")))
                .sectors(codes(fields, Sector.class, classes.get(HsdsVocabulary.SECTOR)))
                .levels(codes(fields, Level.class, classes.get(HsdsVocabulary.LEVEL)))
                .needs(codes(fields, Need.class, classes.get(HsdsVocabulary.NEED)))
                .targetGroup(
                        one(fields, TargetGroup.class, classes.get(HsdsVocabulary.TARGET_GROUP), null, "doelgroep"))
                .ages(fields.whole("minimum_age"), fields.whole("maximum_age"))
                .entryRequirements(new EntryRequirements(
                        fields.flag(facts.get(Fact.TLV_REQUIRED), "tlv-vereist"),
                        fields.flag(facts.get(Fact.CARE_INDICATION_REQUIRED), "indicatie-vereist"),
                        fields.limit(facts.get(Fact.REFERRAL_ROUTE), 1000, "verwijsroute"),
                        fields.limit(facts.get(Fact.ONLY_PUPILS_OF_SCHOOL), 8, "alleen-leerlingen-van-school")))
                .hoursPerWeek(new Hours(
                        fields.whole(facts.get(Fact.HOURS_MIN), "uren-per-week-min"),
                        fields.whole(facts.get(Fact.HOURS_MAX), "uren-per-week-max")))
                .duration(
                        fields.whole(facts.get(Fact.MAX_DURATION_WEEKS), "maximale-duur-weken"),
                        fields.whole(facts.get(Fact.EXTENSION_WEEKS), "verlenging-weken"))
                .housedAtSchool(fields.flag(facts.get(Fact.HOUSED_AT_SCHOOL), "gehuisvest-op-school"))
                .contact(contact(fields))
                .funding(funding(fields.objects("funding")))
                .locations(locations(fields.objects("service_at_locations")))
                .provenance(
                        Objects.requireNonNullElse(
                                fields.limit(facts.get(Fact.SOURCE), 500, "bron"), "HSDS-feed " + feedName),
                        "true".equals(facts.get(Fact.SYNTHETIC)))
                .modifiedAt(fields.instant(fields.string("last_modified"), "last_modified"))
                .state(new CapacityState(
                        capacity(fields, facts), fields.day(fields.string("assured_date"), "assured_date"), 0));
        fields.reportUnread();
        return fields.ok() ? Optional.of(offer.build()) : Optional.empty();
    }

    private OfferStatus status(FeedObject fields, String ownCode) {
        String status = fields.string("status");
        if (status == null) {
            fields.problem("status", "is missing");
            return null;
        }
        OfferStatus mapped =
                switch (status) {
                    case "active" -> OfferStatus.ACTIVE;
                    case "inactive", "temporarily closed" -> OfferStatus.PLANNED;
                    case "defunct" -> OfferStatus.CLOSED;
                    default -> null;
                };
        if (mapped == null) {
            fields.problem("status", "'" + status + "' is not active, inactive, defunct or temporarily closed");
            return null;
        }
        if (status.equals("temporarily closed")) {
            count("service status 'temporarily closed': recorded as PLANNED (shown, never suggested)");
        }
        OfferStatus own = ownCode == null ? null : fields.code(OfferStatus.class, ownCode, "attribute status");
        return own != null && HsdsDocuments.status(own).equals(status) ? own : mapped;
    }

    private List<Partner> partners(FeedObject fields, List<Map<String, Object>> attributes) {
        List<Partner> partners = new ArrayList<>();
        for (Map<String, Object> attribute : attributes) {
            Optional<Fact> fact = vocabulary.factOf(String.valueOf(attribute.get("taxonomy_term_id")));
            Optional<ProviderRole> role = fact.flatMap(HsdsFeed::role);
            if (role.isPresent()) {
                String organization = String.valueOf(attribute.get("value"));
                partners.add(new Partner(organization, null, role.get()));
            }
        }
        String lead = fields.string("organization_id");
        if (partners.isEmpty() && lead != null) {
            partners.add(new Partner(lead, null, ProviderRole.OPERATOR));
        }
        return partners;
    }

    private static Optional<ProviderRole> role(Fact fact) {
        return switch (fact) {
            case PARTNER_EDUCATION -> Optional.of(ProviderRole.EDUCATION);
            case PARTNER_CARE -> Optional.of(ProviderRole.CARE);
            case PARTNER_OPERATOR -> Optional.of(ProviderRole.OPERATOR);
            case PARTNER_COMMISSIONER -> Optional.of(ProviderRole.COMMISSIONER);
            default -> Optional.empty();
        };
    }

    private List<String> municipalities(List<Map<String, Object>> areas) {
        List<String> codes = new ArrayList<>();
        for (Map<String, Object> area : areas) {
            String uri = Objects.toString(area.get("uri"), "");
            Matcher code = CBS_CODE.matcher(uri);
            String found =
                    code.find() ? code.group() : municipalitiesByName.get(fold(Objects.toString(area.get("name"), "")));
            if (found == null || !taxonomy.knowsMunicipality(found)) {
                count("service_area that is no Dutch municipality: left out");
            } else if (!codes.contains(found)) {
                codes.add(found);
            }
        }
        return codes;
    }

    private Contact contact(FeedObject fields) {
        List<Map<String, Object>> contacts = fields.objects("contacts");
        List<Map<String, Object>> phones = fields.objects("phones");
        String name =
                contacts.isEmpty() ? null : object("contact", contacts.get(0)).text("name", 200, false);
        String email = fields.text("email", 200, false);
        String phone = phones.isEmpty() ? null : object("phone", phones.get(0)).text("number", 50, false);
        if (contacts.size() > 1 || phones.size() > 1) {
            count("service with more than one contact or phone: the first is kept");
        }
        return new Contact(name, email, phone, website(fields.text("url", 300, false)));
    }

    /** A website as the sources here write it: without the "http://" that the export adds. */
    private static String website(String uri) {
        return uri == null ? null : uri.replaceFirst("(?i)^http://", "");
    }

    private List<Funding> funding(List<Map<String, Object>> sources) {
        List<Funding> funding = new ArrayList<>();
        for (Map<String, Object> source : sources) {
            FeedObject fields = object("funding", source);
            Map<Fact, String> facts = facts(fields.objects("attributes"), "funding");
            String text = Objects.toString(source.get("source"), "");
            FundingSource kind = fundingSource(text);
            if (kind == null) {
                count("funding source that is none of Aanbodwijzer's: recorded as OVERIG");
                kind = FundingSource.OVERIG;
            }
            funding.add(new Funding(
                    kind,
                    fields.whole(facts.get(Fact.FUNDING_SHARE), "financiering-aandeel"),
                    fields.day(facts.get(Fact.FUNDING_UNTIL), "financiering-tot")));
            fields.reportUnread();
        }
        return funding;
    }

    private static FundingSource fundingSource(String text) {
        for (FundingSource source : FundingSource.values()) {
            if (source.label().equalsIgnoreCase(text) || source.name().equalsIgnoreCase(text)) {
                return source;
            }
        }
        return null;
    }

    private List<Location> locations(List<Map<String, Object>> atLocations) {
        List<Location> locations = new ArrayList<>();
        for (Map<String, Object> atLocation : atLocations) {
            if (!(atLocation.get("location") instanceof Map<?, ?> nested)) {
                count("service_at_location without its location: left out");
                continue;
            }
            @SuppressWarnings("unchecked")
            FeedObject fields = object("location", (Map<String, Object>) nested);
            Map<Fact, String> facts = facts(fields.objects("attributes"), "location");
            Map<String, Object> address =
                    fields.objects("addresses").stream().findFirst().orElse(Map.of());
            Matcher street = STREET_AND_NUMBER.matcher(Objects.toString(address.get("address_1"), ""));
            boolean split = street.matches();
            String city = facts.getOrDefault(Fact.CITY, (String) address.get("city"));
            locations.add(new Location(
                    fields.text("name", 300, false),
                    facts.getOrDefault(Fact.STREET, split ? street.group(1) : (String) address.get("address_1")),
                    facts.getOrDefault(Fact.HOUSE_NUMBER, split ? street.group(2) : null),
                    facts.getOrDefault(Fact.POSTCODE, (String) address.get("postal_code")),
                    city,
                    facts.getOrDefault(Fact.MUNICIPALITY, city == null ? null : municipalitiesByName.get(fold(city))),
                    HsdsDocuments.SCHOOL_LOCATION_TYPE.equals(nested.get("external_identifier_type"))
                            ? fields.text("external_identifier", 8, false)
                            : null));
            fields.reportUnread();
        }
        return locations;
    }

    private Capacity capacity(FeedObject service, Map<Fact, String> facts) {
        Integer total = null;
        Integer occupied = null;
        Instant updated = service.instant(facts.get(Fact.CAPACITY_UPDATED), "cijfers-bijgewerkt");
        for (Map<String, Object> capacity : service.objects("capacities")) {
            FeedObject fields = object("service_capacity", capacity);
            Object unit = capacity.get("unit");
            String unitName = unit instanceof Map<?, ?> u ? Objects.toString(u.get("name"), "") : "";
            boolean places = HsdsDocuments.UNIT_ID.equals(capacity.get("unit_id"))
                    || unitName.toLowerCase(Locale.ROOT).startsWith(HsdsDocuments.UNIT);
            if (!places || total != null) {
                count("service_capacity in another unit than plaats, or a second one: left out");
                continue;
            }
            total = fields.whole("maximum");
            Integer available = fields.whole("available");
            occupied = total == null || available == null ? null : total - available;
            updated = Objects.requireNonNullElse(updated, fields.instant(fields.string("updated"), "updated"));
            fields.reportUnread();
        }
        Capacity capacity = new Capacity(
                total,
                occupied,
                service.whole(facts.get(Fact.WAITING_LIST), "wachtlijst"),
                service.whole(facts.get(Fact.EXPECTED_WAIT_WEEKS), "verwachte-wachttijd-weken"),
                service.day(facts.get(Fact.NEXT_INTAKE), "volgende-instroom"),
                null);
        return capacity.equals(Capacity.UNKNOWN)
                ? Capacity.UNKNOWN
                : new Capacity(
                        total,
                        occupied,
                        capacity.waitingList(),
                        capacity.expectedWaitWeeks(),
                        capacity.nextIntake(),
                        updated);
    }

    /** The values of the attributes on this product's fact terms; attributes on other terms are counted. */
    private Map<Fact, String> facts(List<Map<String, Object>> attributes, String entity) {
        Map<Fact, String> facts = new EnumMap<>(Fact.class);
        for (Map<String, Object> attribute : attributes) {
            String termId = String.valueOf(attribute.get("taxonomy_term_id"));
            Optional<Fact> fact = vocabulary.factOf(termId);
            if (fact.isPresent() && attribute.get("value") != null) {
                facts.putIfAbsent(fact.get(), attribute.get("value").toString());
            } else if (fact.isEmpty() && vocabulary.term(termId).isEmpty()) {
                count(entity + " attribute on a taxonomy term Aanbodwijzer does not publish: left out");
            }
        }
        return facts;
    }

    /** The classification codes the attributes name, by group. */
    private Map<String, List<String>> classes(List<Map<String, Object>> attributes) {
        Map<String, List<String>> classes = new LinkedHashMap<>();
        for (Map<String, Object> attribute : attributes) {
            vocabulary
                    .term(String.valueOf(attribute.get("taxonomy_term_id")))
                    .filter(term -> term.group() != null)
                    .ifPresent(term -> classes.computeIfAbsent(term.group(), g -> new ArrayList<>())
                            .add(term.code()));
        }
        return classes;
    }

    private static <E extends Enum<E>> List<E> codes(FeedObject fields, Class<E> type, List<String> codes) {
        if (codes == null) {
            return List.of();
        }
        return codes.stream()
                .map(code -> fields.code(type, code, type.getSimpleName()))
                .filter(Objects::nonNull)
                .toList();
    }

    private <E extends Enum<E>> E one(FeedObject fields, Class<E> type, List<String> codes, E absent, String group) {
        if (codes == null || codes.isEmpty()) {
            if (absent != null) {
                count("service without an Aanbodwijzer " + group + ": recorded as " + absent.name());
            }
            return absent;
        }
        return fields.code(type, codes.get(0), group);
    }

    private FeedObject object(String type, Map<String, Object> object) {
        return new FeedObject(type, object, READ.getOrDefault(type, Set.of()), report);
    }

    private void count(String what) {
        report.count(what);
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .trim();
    }
}
