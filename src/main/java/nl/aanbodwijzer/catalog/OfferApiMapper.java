package nl.aanbodwijzer.catalog;

import jakarta.inject.Singleton;
import java.util.List;
import nl.aanbodwijzer.api.model.Contact;
import nl.aanbodwijzer.api.model.EntryRequirements;
import nl.aanbodwijzer.api.model.Funding;
import nl.aanbodwijzer.api.model.HoursPerWeek;
import nl.aanbodwijzer.api.model.Location;
import nl.aanbodwijzer.api.model.OfferInput;
import nl.aanbodwijzer.api.model.OfferProvider;
import nl.aanbodwijzer.capacity.Availability;
import nl.aanbodwijzer.capacity.CapacityApiMapper;
import nl.aanbodwijzer.capacity.Staleness;
import nl.aanbodwijzer.catalog.taxonomy.FundingSource;
import nl.aanbodwijzer.catalog.taxonomy.Level;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.OfferStatus;
import nl.aanbodwijzer.catalog.taxonomy.OfferType;
import nl.aanbodwijzer.catalog.taxonomy.ProviderRole;
import nl.aanbodwijzer.catalog.taxonomy.Sector;
import nl.aanbodwijzer.catalog.taxonomy.TargetGroup;
import nl.aanbodwijzer.system.Codes;

/**
 * Maps offers between the catalogue and the API's generated model. The catalogue owns the offer, so
 * this is the one mapping of it; the features that answer with offers (search) use it too.
 */
@Singleton
public class OfferApiMapper {
    private final Staleness staleness;

    OfferApiMapper(Staleness staleness) {
        this.staleness = staleness;
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
                        Codes.toAll(nl.aanbodwijzer.api.model.Sector.class, offer.sectors()),
                        Codes.toAll(nl.aanbodwijzer.api.model.Level.class, offer.levels()),
                        Codes.toAll(nl.aanbodwijzer.api.model.Need.class, offer.needs()),
                        entryRequirements(offer.entryRequirements()),
                        new HoursPerWeek()
                                .min(offer.hoursPerWeek().min())
                                .max(offer.hoursPerWeek().max()),
                        CapacityApiMapper.toApi(offer.capacity()),
                        offer.funding().stream().map(OfferApiMapper::funding).toList(),
                        offer.synthetic(),
                        staleness.isStale(offer.lastVerifiedAt()),
                        Codes.to(nl.aanbodwijzer.api.model.Availability.class, Availability.of(offer.capacity())),
                        offer.version())
                .description(offer.description())
                .minAge(offer.minAge())
                .maxAge(offer.maxAge())
                .maxDurationWeeks(offer.maxDurationWeeks())
                .extensionWeeks(offer.extensionWeeks())
                .targetGroup(Codes.to(nl.aanbodwijzer.api.model.TargetGroup.class, offer.targetGroup()))
                .housedAtSchool(offer.housedAtSchool())
                .contact(contact(offer.contact()))
                .source(offer.source())
                .lastVerifiedAt(offer.lastVerifiedAt());
    }

    /**
     * The definition an API client describes, with unknown capacity and no version. Provider names
     * are not part of the input; the store reads them from the providers.
     */
    public Offer fromApi(String id, OfferInput input) {
        var entry = input.getEntryRequirements() == null ? new EntryRequirements() : input.getEntryRequirements();
        var hours = input.getHoursPerWeek() == null ? new HoursPerWeek() : input.getHoursPerWeek();
        var contact = input.getContact() == null ? new Contact() : input.getContact();
        return Offer.builder()
                .id(id)
                .name(input.getName())
                .description(input.getDescription())
                .type(Codes.to(OfferType.class, input.getType()))
                .status(Codes.to(OfferStatus.class, input.getStatus()))
                .providers(list(input.getProviders()).stream()
                        .map(p -> new Offer.Partner(p.getId(), null, Codes.to(ProviderRole.class, p.getRole())))
                        .toList())
                .locations(list(input.getLocations()).stream()
                        .map(l -> new Offer.Location(
                                l.getName(),
                                l.getStreet(),
                                l.getHouseNumber(),
                                l.getPostcode(),
                                l.getCity(),
                                l.getMunicipality(),
                                l.getSchoolLocationCode()))
                        .toList())
                .municipalities(
                        list(input.getMunicipalities()).stream().distinct().toList())
                .sectors(Codes.toAll(Sector.class, distinct(input.getSectors())))
                .levels(Codes.toAll(Level.class, distinct(input.getLevels())))
                .ages(input.getMinAge(), input.getMaxAge())
                .needs(Codes.toAll(Need.class, distinct(input.getNeeds())))
                .targetGroup(Codes.to(TargetGroup.class, input.getTargetGroup()))
                .entryRequirements(new Offer.EntryRequirements(
                        entry.getTlvRequired(),
                        entry.getCareIndicationRequired(),
                        entry.getReferralRoute(),
                        entry.getOnlyPupilsOfSchool()))
                .hoursPerWeek(new Offer.Hours(hours.getMin(), hours.getMax()))
                .duration(input.getMaxDurationWeeks(), input.getExtensionWeeks())
                .funding(list(input.getFunding()).stream()
                        .map(f -> new Offer.Funding(
                                Codes.to(FundingSource.class, f.getSource()), f.getSharePercent(), f.getUntil()))
                        .toList())
                .housedAtSchool(input.getHousedAtSchool())
                .contact(new Offer.Contact(
                        contact.getName(), contact.getEmail(), contact.getPhone(), contact.getWebsite()))
                .provenance(input.getSource(), false)
                .build();
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static <T> List<T> distinct(List<T> values) {
        return list(values).stream().distinct().toList();
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
