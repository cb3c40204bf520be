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
import nl.aanbodwijzer.catalog.taxonomy.FundingSource;
import nl.aanbodwijzer.catalog.taxonomy.Level;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.OfferStatus;
import nl.aanbodwijzer.catalog.taxonomy.OfferType;
import nl.aanbodwijzer.catalog.taxonomy.ProviderRole;
import nl.aanbodwijzer.catalog.taxonomy.Sector;
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
                        nl.aanbodwijzer.api.model.OfferType.valueOf(offer.type().name()),
                        nl.aanbodwijzer.api.model.OfferStatus.valueOf(
                                offer.status().name()),
                        offer.providers().stream().map(OfferApiMapper::partner).toList(),
                        offer.locations().stream().map(OfferApiMapper::location).toList(),
                        offer.municipalities(),
                        offer.sectors().stream()
                                .map(s -> nl.aanbodwijzer.api.model.Sector.valueOf(s.name()))
                                .toList(),
                        offer.levels().stream()
                                .map(l -> nl.aanbodwijzer.api.model.Level.valueOf(l.name()))
                                .toList(),
                        offer.needs().stream()
                                .map(n -> nl.aanbodwijzer.api.model.Need.valueOf(n.name()))
                                .toList(),
                        entryRequirements(offer.entryRequirements()),
                        new HoursPerWeek()
                                .min(offer.hoursPerWeek().min())
                                .max(offer.hoursPerWeek().max()),
                        capacity(offer.capacity()),
                        offer.funding().stream().map(OfferApiMapper::funding).toList(),
                        offer.synthetic(),
                        staleness.isStale(offer),
                        nl.aanbodwijzer.api.model.Availability.valueOf(
                                Availability.of(offer.capacity()).name()),
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
                OfferType.valueOf(input.getType().name()),
                OfferStatus.valueOf(input.getStatus().name()),
                list(input.getProviders()).stream()
                        .map(p -> new Offer.Partner(
                                p.getId(),
                                null,
                                ProviderRole.valueOf(p.getRole().name())))
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
                        .map(s -> Sector.valueOf(s.name()))
                        .toList(),
                list(input.getLevels()).stream()
                        .distinct()
                        .map(l -> Level.valueOf(l.name()))
                        .toList(),
                input.getMinAge(),
                input.getMaxAge(),
                list(input.getNeeds()).stream()
                        .distinct()
                        .map(n -> Need.valueOf(n.name()))
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
                                FundingSource.valueOf(f.getSource().name()), f.getSharePercent(), f.getUntil()))
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
                partner.id(),
                partner.name(),
                nl.aanbodwijzer.api.model.ProviderRole.valueOf(partner.role().name()));
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
        return new Funding(nl.aanbodwijzer.api.model.FundingSource.valueOf(
                        funding.source().name()))
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
