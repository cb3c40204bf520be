package nl.aanbodwijzer.catalog.hsds;

import static nl.aanbodwijzer.catalog.hsds.Doc.object;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.aanbodwijzer.capacity.Capacity;
import nl.aanbodwijzer.catalog.CatalogSnapshot;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.catalog.Offer.EntryRequirements;
import nl.aanbodwijzer.catalog.Offer.Funding;
import nl.aanbodwijzer.catalog.Offer.Location;
import nl.aanbodwijzer.catalog.Offer.Partner;
import nl.aanbodwijzer.catalog.Websites;
import nl.aanbodwijzer.catalog.hsds.HsdsVocabulary.Fact;
import nl.aanbodwijzer.catalog.hsds.HsdsVocabulary.Published;
import nl.aanbodwijzer.catalog.hsds.HsdsVocabulary.Term;
import nl.aanbodwijzer.catalog.providers.Provider;
import nl.aanbodwijzer.catalog.taxonomy.OfferStatus;
import nl.aanbodwijzer.catalog.taxonomy.Taxonomy;

/** The catalogue of one snapshot as HSDS 3.1 objects; docs/hsds.md is the mapping, field by field. */
final class HsdsDocuments {
    static final String UNIT = "plaats";
    static final String UNIT_ID = HsdsIds.derived("unit:plaats");
    static final String SCHOOL_LOCATION_TYPE = "DUO-vestigingscode";

    /** How much of a service a document holds. */
    enum Depth {
        /** id and last_modified, with the name and status that the list schema requires. */
        MINIMAL,
        /** the service's own fields. */
        LIST,
        /** everything, nested. */
        FULL
    }

    private final List<Offer> offers;
    private final Map<String, Offer> offersByHsdsId;
    private final Map<String, Provider> providersByHsdsId;
    private final Map<String, List<Offer>> offersByOrganization;
    private final Map<String, Set<String>> termIdsByOffer;
    private final Taxonomy taxonomy;
    private final HsdsVocabulary vocabulary;

    HsdsDocuments(CatalogSnapshot snapshot, List<Provider> providers) {
        offers = snapshot.offers().stream()
                .sorted(Comparator.comparing(Offer::name).thenComparing(HsdsDocuments::serviceId))
                .toList();
        offersByHsdsId = offers.stream().collect(Collectors.toMap(HsdsDocuments::serviceId, Function.identity()));
        providersByHsdsId = providers.stream()
                .sorted(Comparator.comparing(Provider::name).thenComparing(p -> organizationId(p.id())))
                .collect(Collectors.toMap(
                        p -> organizationId(p.id()), Function.identity(), (a, b) -> a, LinkedHashMap::new));
        taxonomy = snapshot.taxonomy();
        vocabulary = HsdsVocabulary.of(taxonomy);
        offersByOrganization = offers.stream()
                .flatMap(offer -> offer.providers().stream()
                        .map(partner -> organizationId(partner.id()))
                        .distinct()
                        .map(organization -> Map.entry(organization, offer)))
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        termIdsByOffer = offers.stream().collect(Collectors.toMap(Offer::id, offer -> stated(offer).stream()
                .map(stated -> stated.term().id())
                .collect(Collectors.toUnmodifiableSet())));
    }

    static String serviceId(Offer offer) {
        return HsdsIds.of("service", offer.id());
    }

    static String organizationId(String providerId) {
        return HsdsIds.of("organization", providerId);
    }

    HsdsVocabulary vocabulary() {
        return vocabulary;
    }

    /** Every offer, by name. */
    List<Offer> offers() {
        return offers;
    }

    Optional<Offer> offer(String hsdsId) {
        return Optional.ofNullable(offersByHsdsId.get(hsdsId));
    }

    /** Every provider, by name, with its HSDS id. */
    Map<String, Provider> providers() {
        return providersByHsdsId;
    }

    /** The offers an organization takes part in, by name. */
    List<Offer> offersOf(String organizationId) {
        return offersByOrganization.getOrDefault(organizationId, List.of());
    }

    /** The ids of the terms an offer's attributes name. */
    Set<String> termIds(Offer offer) {
        return termIdsByOffer.get(offer.id());
    }

    static Instant lastModified(Offer offer) {
        Instant capacity = offer.capacity().updatedAt();
        Instant definition = offer.modifiedAt();
        Instant latest =
                capacity == null || (definition != null && definition.isAfter(capacity)) ? definition : capacity;
        return latest == null ? null : latest.truncatedTo(ChronoUnit.MILLIS);
    }

    Map<String, Object> service(Offer offer, Depth depth) {
        String id = serviceId(offer);
        if (depth == Depth.MINIMAL) {
            return object(
                    "id", id,
                    "name", offer.name(),
                    "status", status(offer.status()),
                    "last_modified", text(lastModified(offer)));
        }
        Map<String, Object> service = object(
                "id", id,
                "organization_id",
                        offer.providers().isEmpty()
                                ? null
                                : organizationId(offer.providers().get(0).id()),
                "name", offer.name(),
                "description", offer.description(),
                "url", Websites.uri(offer.contact().website()),
                "email", offer.contact().email(),
                "status", status(offer.status()),
                "eligibility_description", eligibility(offer),
                "minimum_age", offer.minAge(),
                "maximum_age", offer.maxAge(),
                "assured_date", text(offer.lastVerifiedAt()),
                "last_modified", text(lastModified(offer)));
        if (depth == Depth.FULL) {
            service.putAll(object(
                    "phones", phones(offer, id),
                    "contacts", contacts(offer, id),
                    "service_areas", serviceAreas(offer, id),
                    "service_at_locations", serviceAtLocations(offer, id),
                    "organization",
                            offer.providers().isEmpty()
                                    ? null
                                    : leadOrganization(offer.providers().get(0)),
                    "funding", funding(offer, id),
                    "capacities", capacities(offer, id),
                    "attributes", attributes(offer, id)));
        }
        return service;
    }

    static String status(OfferStatus status) {
        return switch (status) {
            case ACTIVE, PILOT -> "active";
            case PLANNED -> "inactive";
            case CLOSED -> "defunct";
        };
    }

    /** The organization's own fields. */
    Map<String, Object> organization(String hsdsId, Provider provider) {
        return object(
                "id", hsdsId,
                "name", provider.name(),
                "description", kindDescription(provider),
                "website", Websites.uri(provider.website()));
    }

    /**
     * The organization with its identifiers and attributes, and the offers it takes part in at that
     * depth (none for null).
     */
    Map<String, Object> fullOrganization(String hsdsId, Provider provider, Depth services) {
        Map<String, Object> organization = organization(hsdsId, provider);
        organization.putAll(object(
                "organization_identifiers",
                provider.brin() == null
                        ? null
                        : List.of(object(
                                "id",
                                HsdsIds.derived("organization_identifier:" + hsdsId),
                                "organization_id",
                                hsdsId,
                                "identifier_scheme",
                                "DUO",
                                "identifier_type",
                                "BRIN",
                                "identifier",
                                provider.brin())),
                "attributes",
                List.of(attribute(
                        hsdsId,
                        "organization",
                        vocabulary.fact(Fact.PROVIDER_KIND),
                        provider.kind().name())),
                "services",
                services == null
                        ? null
                        : offersOf(hsdsId).stream()
                                .map(offer -> service(offer, services))
                                .toList()));
        return organization;
    }

    /** Every object of the catalogue by type, for the tabular package: organizations, services, taxonomies, terms. */
    Map<String, List<Map<String, Object>>> everything() {
        return Map.of(
                "organization",
                providersByHsdsId.entrySet().stream()
                        .map(entry -> fullOrganization(entry.getKey(), entry.getValue(), null))
                        .toList(),
                "service",
                offers.stream().map(offer -> service(offer, Depth.FULL)).toList(),
                "taxonomy",
                vocabulary.taxonomies().stream().map(this::taxonomy).toList(),
                "taxonomy_term",
                vocabulary.terms().stream().map(HsdsDocuments::term).toList());
    }

    private Map<String, Object> leadOrganization(Partner partner) {
        String hsdsId = organizationId(partner.id());
        Provider provider = providersByHsdsId.get(hsdsId);
        return provider == null
                ? object("id", hsdsId, "name", partner.name(), "description", partner.name())
                : organization(hsdsId, provider);
    }

    private static String kindDescription(Provider provider) {
        return switch (provider.kind()) {
            case PARTNERSHIP -> "Samenwerkingsverband passend onderwijs";
            case SCHOOL -> "School voor regulier onderwijs";
            case SPECIAL_SCHOOL -> "School voor (voortgezet) speciaal onderwijs";
            case CARE_ORGANISATION -> "Zorgorganisatie";
        };
    }

    Map<String, Object> taxonomy(Published taxonomy) {
        return object(
                "id", taxonomy.id(),
                "name", taxonomy.name(),
                "description", taxonomy.description(),
                "version", HsdsVocabulary.VERSION);
    }

    static Map<String, Object> term(Term term) {
        return object(
                "id", term.id(),
                "code", term.code(),
                "name", term.name(),
                "description", term.description(),
                "parent_id", term.parentId(),
                "taxonomy", term.in().name(),
                "language", "nl",
                "taxonomy_id", term.in().id());
    }

    private static String eligibility(Offer offer) {
        EntryRequirements entry = offer.entryRequirements();
        List<String> parts = new ArrayList<>();
        if (offer.minAge() != null || offer.maxAge() != null) {
            parts.add("Leeftijd: " + Objects.toString(offer.minAge(), "?") + " tot en met "
                    + Objects.toString(offer.maxAge(), "?") + " jaar.");
        }
        if (entry.tlvRequired() != null) {
            parts.add("Toelaatbaarheidsverklaring nodig: " + (entry.tlvRequired() ? "ja." : "nee."));
        }
        if (entry.careIndicationRequired() != null) {
            parts.add("Jeugdhulpindicatie nodig: " + (entry.careIndicationRequired() ? "ja." : "nee."));
        }
        if (entry.onlyPupilsOfSchool() != null) {
            parts.add("Alleen voor leerlingen van " + entry.onlyPupilsOfSchool() + ".");
        }
        if (offer.targetGroup() != null) {
            parts.add("Alleen voor " + offer.targetGroup().label() + ".");
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    private static List<Map<String, Object>> phones(Offer offer, String serviceId) {
        String phone = offer.contact().phone();
        return phone == null
                ? List.of()
                : List.of(
                        object("id", HsdsIds.derived("phone:" + serviceId), "service_id", serviceId, "number", phone));
    }

    private static List<Map<String, Object>> contacts(Offer offer, String serviceId) {
        String name = offer.contact().name();
        return name == null
                ? List.of()
                : List.of(object("id", HsdsIds.derived("contact:" + serviceId), "service_id", serviceId, "name", name));
    }

    private List<Map<String, Object>> serviceAreas(Offer offer, String serviceId) {
        return offer.municipalities().stream()
                .map(code -> object(
                        "id",
                        HsdsIds.derived("service_area:" + serviceId + ":" + code),
                        "service_id",
                        serviceId,
                        "name",
                        taxonomy.municipalityName(code),
                        "uri",
                        code))
                .toList();
    }

    private List<Map<String, Object>> serviceAtLocations(Offer offer, String serviceId) {
        List<Map<String, Object>> atLocations = new ArrayList<>();
        for (int i = 0; i < offer.locations().size(); i++) {
            String locationId = HsdsIds.derived("location:" + serviceId + ":" + i);
            atLocations.add(object(
                    "id",
                    HsdsIds.derived("service_at_location:" + serviceId + ":" + i),
                    "service_id",
                    serviceId,
                    "location_id",
                    locationId,
                    "location",
                    location(offer.locations().get(i), locationId)));
        }
        return atLocations;
    }

    private Map<String, Object> location(Location location, String id) {
        String province = location.municipalityCode() == null
                ? null
                : taxonomy.municipality(location.municipalityCode())
                        .map(Taxonomy.MunicipalityEntry::province)
                        .orElse(null);
        boolean wholeAddress = Stream.of(location.street(), location.postcode(), location.city(), province)
                .allMatch(Objects::nonNull);
        return object(
                "id",
                id,
                "location_type",
                "physical",
                "name",
                location.name(),
                "external_identifier",
                location.schoolLocationCode(),
                "external_identifier_type",
                location.schoolLocationCode() == null ? null : SCHOOL_LOCATION_TYPE,
                "addresses",
                wholeAddress
                        ? List.of(object(
                                "id",
                                HsdsIds.derived("address:" + id),
                                "location_id",
                                id,
                                "address_1",
                                location.houseNumber() == null
                                        ? location.street()
                                        : location.street() + " " + location.houseNumber(),
                                "city",
                                location.city(),
                                "state_province",
                                province,
                                "postal_code",
                                location.postcode(),
                                "country",
                                "NL",
                                "address_type",
                                "physical"))
                        : null,
                "attributes",
                attributes(
                        id,
                        "location",
                        facts(
                                Fact.STREET,
                                location.street(),
                                Fact.HOUSE_NUMBER,
                                location.houseNumber(),
                                Fact.POSTCODE,
                                location.postcode(),
                                Fact.CITY,
                                location.city(),
                                Fact.MUNICIPALITY,
                                location.municipalityCode())));
    }

    private List<Map<String, Object>> funding(Offer offer, String serviceId) {
        List<Map<String, Object>> funding = new ArrayList<>();
        for (int i = 0; i < offer.funding().size(); i++) {
            Funding source = offer.funding().get(i);
            String id = HsdsIds.derived("funding:" + serviceId + ":" + i);
            funding.add(object(
                    "id",
                    id,
                    "service_id",
                    serviceId,
                    "source",
                    source.source().label(),
                    "attributes",
                    attributes(
                            id,
                            "funding",
                            facts(Fact.FUNDING_SHARE, source.sharePercent(), Fact.FUNDING_UNTIL, source.until()))));
        }
        return funding;
    }

    private static List<Map<String, Object>> capacities(Offer offer, String serviceId) {
        Capacity capacity = offer.capacity();
        if (capacity.free() == null || capacity.updatedAt() == null) {
            return List.of();
        }
        return List.of(object(
                "id", HsdsIds.derived("service_capacity:" + serviceId),
                "service_id", serviceId,
                "unit", unit(),
                "unit_id", UNIT_ID,
                "available", capacity.free(),
                "maximum", capacity.total(),
                "description", capacityDescription(capacity),
                "updated", text(capacity.updatedAt().truncatedTo(ChronoUnit.MILLIS))));
    }

    static Map<String, Object> unit() {
        return object("id", UNIT_ID, "name", UNIT, "scheme", "aanbodwijzer", "identifier", UNIT);
    }

    private static String capacityDescription(Capacity capacity) {
        List<String> parts = new ArrayList<>();
        parts.add(capacity.total() + " plaatsen, " + capacity.free() + " vrij");
        if (capacity.waitingList() != null) {
            parts.add(capacity.waitingList() + " op de wachtlijst");
        }
        if (capacity.expectedWaitWeeks() != null) {
            parts.add("verwachte wachttijd " + capacity.expectedWaitWeeks() + " weken");
        }
        if (capacity.nextIntake() != null) {
            parts.add("volgende instroom " + capacity.nextIntake());
        }
        return String.join("; ", parts) + ".";
    }

    /** A term an attribute states, with its value; a classification has none. */
    private record Stated(Term term, String value) {}

    private List<Map<String, Object>> attributes(Offer offer, String serviceId) {
        return attributes(serviceId, "service", stated(offer));
    }

    private List<Stated> stated(Offer offer) {
        List<Stated> stated = new ArrayList<>();
        offer.needs().forEach(need -> stated.add(classified(HsdsVocabulary.NEED, need.name())));
        stated.add(classified(HsdsVocabulary.TYPE, offer.type().name()));
        offer.sectors().forEach(sector -> stated.add(classified(HsdsVocabulary.SECTOR, sector.name())));
        offer.levels().forEach(level -> stated.add(classified(HsdsVocabulary.LEVEL, level.name())));
        if (offer.targetGroup() != null) {
            stated.add(
                    classified(HsdsVocabulary.TARGET_GROUP, offer.targetGroup().name()));
        }
        for (Partner partner : offer.providers()) {
            stated.add(new Stated(vocabulary.fact(partnerFact(partner)), organizationId(partner.id())));
        }
        Capacity capacity = offer.capacity();
        EntryRequirements entry = offer.entryRequirements();
        stated.addAll(facts(
                Fact.STATUS,
                offer.status().name(),
                Fact.WAITING_LIST,
                capacity.waitingList(),
                Fact.EXPECTED_WAIT_WEEKS,
                capacity.expectedWaitWeeks(),
                Fact.NEXT_INTAKE,
                capacity.nextIntake(),
                Fact.CAPACITY_UPDATED,
                capacity.updatedAt() == null ? null : capacity.updatedAt().truncatedTo(ChronoUnit.MILLIS),
                Fact.HOURS_MIN,
                offer.hoursPerWeek().min(),
                Fact.HOURS_MAX,
                offer.hoursPerWeek().max(),
                Fact.MAX_DURATION_WEEKS,
                offer.maxDurationWeeks(),
                Fact.EXTENSION_WEEKS,
                offer.extensionWeeks(),
                Fact.TLV_REQUIRED,
                entry.tlvRequired(),
                Fact.CARE_INDICATION_REQUIRED,
                entry.careIndicationRequired(),
                Fact.REFERRAL_ROUTE,
                entry.referralRoute(),
                Fact.ONLY_PUPILS_OF_SCHOOL,
                entry.onlyPupilsOfSchool(),
                Fact.HOUSED_AT_SCHOOL,
                offer.housedAtSchool(),
                Fact.SOURCE,
                offer.source(),
                Fact.SYNTHETIC,
                offer.synthetic() ? true : null));
        return stated;
    }

    static Fact partnerFact(Partner partner) {
        return switch (partner.role()) {
            case EDUCATION -> Fact.PARTNER_EDUCATION;
            case CARE -> Fact.PARTNER_CARE;
            case OPERATOR -> Fact.PARTNER_OPERATOR;
            case COMMISSIONER -> Fact.PARTNER_COMMISSIONER;
        };
    }

    private Stated classified(String group, String code) {
        return new Stated(vocabulary.classified(group, code), null);
    }

    /** The facts that are known, given as fact and value pairs. */
    private List<Stated> facts(Object... factsAndValues) {
        List<Stated> stated = new ArrayList<>();
        for (int i = 0; i < factsAndValues.length; i += 2) {
            Object value = factsAndValues[i + 1];
            if (value != null) {
                stated.add(new Stated(vocabulary.fact((Fact) factsAndValues[i]), value.toString()));
            }
        }
        return stated;
    }

    private static List<Map<String, Object>> attributes(String linkId, String entity, List<Stated> stated) {
        return stated.stream()
                .map(fact -> attribute(linkId, entity, fact.term(), fact.value()))
                .toList();
    }

    private static Map<String, Object> attribute(String linkId, String entity, Term term, String value) {
        return object(
                "id", HsdsIds.derived("attribute:" + linkId + ":" + term.id() + ":" + Objects.toString(value, "")),
                "link_id", linkId,
                "taxonomy_term_id", term.id(),
                "link_entity", entity,
                "value", value,
                "taxonomy_term", term(term),
                "label", term.name());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
