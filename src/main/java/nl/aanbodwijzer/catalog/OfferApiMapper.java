package nl.aanbodwijzer.catalog;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.time.ZoneOffset;
import java.util.List;
import nl.aanbodwijzer.api.model.Capacity;
import nl.aanbodwijzer.api.model.Contact;
import nl.aanbodwijzer.api.model.EntryRequirements;
import nl.aanbodwijzer.api.model.Funding;
import nl.aanbodwijzer.api.model.HoursPerWeek;
import nl.aanbodwijzer.api.model.Location;
import nl.aanbodwijzer.api.model.OfferInput;
import nl.aanbodwijzer.api.model.OfferProvider;
import nl.aanbodwijzer.capacity.Availability;
import nl.aanbodwijzer.catalog.taxonomy.FundingSource;
import nl.aanbodwijzer.catalog.taxonomy.Level;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.OfferStatus;
import nl.aanbodwijzer.catalog.taxonomy.OfferType;
import nl.aanbodwijzer.catalog.taxonomy.ProviderRole;
import nl.aanbodwijzer.catalog.taxonomy.Sector;
import nl.aanbodwijzer.system.Codes;
import nl.aanbodwijzer.system.Versions;

/** Maps offers between the catalogue and the API's generated model. */
@Singleton
public class OfferApiMapper {
    private final Staleness staleness;

    OfferApiMapper(Staleness staleness) {
        this.staleness = staleness;
    }

    /** The offer as the API shows it, with an {@code ETag} header for its version. */
    public HttpResponse<nl.aanbodwijzer.api.model.Offer> response(MutableHttpResponse<?> status, Offer offer) {
        return status.body(toApi(offer)).header(HttpHeaders.ETAG, Versions.etag(offer.version()));
    }

    public nl.aanbodwijzer.api.model.Offer toApi(Offer offer) {
        return new nl.aanbodwijzer.api.model.Offer(
                        offer.id(),
                        offer.name(),
                        Codes.to(nl.aanbodwijzer.api.model.OfferType.class, offer.type()),
                        Codes.to(nl.aanbodwijzer.api.model.OfferStatus.class, offer.status()),
                        offer.providers().stream().map(OfferApiMapper::partner).toList(),
                        offer.locations().stream().map(OfferApiMapper::location).toList(),
                        offer.municipalities(),
                        offer.sectors().stream()
                                .map(s -> Codes.to(nl.aanbodwijzer.api.model.Sector.class, s))
                                .toList(),
                        offer.levels().stream()
                                .map(l -> Codes.to(nl.aanbodwijzer.api.model.Level.class, l))
                                .toList(),
                        offer.needs().stream()
                                .map(n -> Codes.to(nl.aanbodwijzer.api.model.Need.class, n))
                                .toList(),
                        entryRequirements(offer.entryRequirements()),
                        new HoursPerWeek()
                                .min(offer.hoursPerWeek().min())
                                .max(offer.hoursPerWeek().max()),
                        capacity(offer.capacity()),
                        offer.funding().stream().map(OfferApiMapper::funding).toList(),
                        offer.synthetic(),
                        staleness.isStale(offer),
                        Codes.to(nl.aanbodwijzer.api.model.Availability.class, Availability.of(offer.capacity())),
                        offer.version())
                .description(offer.description())
                .minAge(offer.minAge())
                .maxAge(offer.maxAge())
                .maxDurationWeeks(offer.maxDurationWeeks())
                .extensionWeeks(offer.extensionWeeks())
                .housedAtSchool(offer.housedAtSchool())
                .contact(contact(offer.contact()))
                .source(offer.source())
                .lastVerifiedAt(offer.lastVerifiedAt());
    }

    /**
     * The offer an API client describes: its definition only, with unknown capacity and no version.
     * Provider names are not part of the input; the store reads them from the providers.
     */
    public Offer fromApi(String id, OfferInput input) {
        var entry = input.getEntryRequirements() == null ? new EntryRequirements() : input.getEntryRequirements();
        var hours = input.getHoursPerWeek() == null ? new HoursPerWeek() : input.getHoursPerWeek();
        var contact = input.getContact() == null ? new Contact() : input.getContact();
        return new Offer(
                id,
                input.getName(),
                input.getDescription(),
                Codes.to(OfferType.class, input.getType()),
                Codes.to(OfferStatus.class, input.getStatus()),
                list(input.getProviders()).stream()
                        .map(p -> new Offer.Partner(p.getId(), null, Codes.to(ProviderRole.class, p.getRole())))
                        .toList(),
                list(input.getLocations()).stream()
                        .map(l -> new Offer.Location(
                                l.getName(),
                                l.getStreet(),
                                l.getHouseNumber(),
                                l.getPostcode(),
                                l.getCity(),
                                l.getMunicipality(),
                                l.getSchoolLocationCode()))
                        .toList(),
                list(input.getMunicipalities()).stream().distinct().toList(),
                list(input.getSectors()).stream()
                        .distinct()
                        .map(s -> Codes.to(Sector.class, s))
                        .toList(),
                list(input.getLevels()).stream()
                        .distinct()
                        .map(l -> Codes.to(Level.class, l))
                        .toList(),
                input.getMinAge(),
                input.getMaxAge(),
                list(input.getNeeds()).stream()
                        .distinct()
                        .map(n -> Codes.to(Need.class, n))
                        .toList(),
                new Offer.EntryRequirements(
                        entry.getTlvRequired(),
                        entry.getCareIndicationRequired(),
                        entry.getReferralRoute(),
                        entry.getOnlyPupilsOfSchool()),
                new Offer.Hours(hours.getMin(), hours.getMax()),
                input.getMaxDurationWeeks(),
                input.getExtensionWeeks(),
                Offer.Capacity.UNKNOWN,
                list(input.getFunding()).stream()
                        .map(f -> new Offer.Funding(
                                Codes.to(FundingSource.class, f.getSource()), f.getSharePercent(), f.getUntil()))
                        .toList(),
                input.getHousedAtSchool(),
                new Offer.Contact(contact.getName(), contact.getEmail(), contact.getPhone(), contact.getWebsite()),
                input.getSource(),
                false,
                null,
                0);
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static OfferProvider partner(Offer.Partner partner) {
        return new OfferProvider(
                partner.id(), partner.name(), Codes.to(nl.aanbodwijzer.api.model.ProviderRole.class, partner.role()));
    }

    private static Location location(Offer.Location location) {
        return new Location(location.name())
                .street(location.street())
                .houseNumber(location.houseNumber())
                .postcode(location.postcode())
                .city(location.city())
                .municipality(location.municipalityCode())
                .schoolLocationCode(location.schoolLocationCode());
    }

    private static EntryRequirements entryRequirements(Offer.EntryRequirements entry) {
        return new EntryRequirements()
                .tlvRequired(entry.tlvRequired())
                .careIndicationRequired(entry.careIndicationRequired())
                .referralRoute(entry.referralRoute())
                .onlyPupilsOfSchool(entry.onlyPupilsOfSchool());
    }

    private static Capacity capacity(Offer.Capacity capacity) {
        return new Capacity()
                .total(capacity.total())
                .occupied(capacity.occupied())
                .free(capacity.free())
                .waitingList(capacity.waitingList())
                .expectedWaitWeeks(capacity.expectedWaitWeeks())
                .nextIntake(capacity.nextIntake())
                .updatedAt(
                        capacity.updatedAt() == null
                                ? null
                                : capacity.updatedAt().atZone(ZoneOffset.UTC));
    }

    private static Funding funding(Offer.Funding funding) {
        return new Funding(Codes.to(nl.aanbodwijzer.api.model.FundingSource.class, funding.source()))
                .sharePercent(funding.sharePercent())
                .until(funding.until());
    }

    private static Contact contact(Offer.Contact contact) {
        return new Contact()
                .name(contact.name())
                .email(contact.email())
                .phone(contact.phone())
                .website(contact.website());
    }
}
