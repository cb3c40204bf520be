package nl.aanbodwijzer.catalog;

import java.time.ZoneOffset;
import nl.aanbodwijzer.api.model.Capacity;
import nl.aanbodwijzer.api.model.Contact;
import nl.aanbodwijzer.api.model.EntryRequirements;
import nl.aanbodwijzer.api.model.Funding;
import nl.aanbodwijzer.api.model.HoursPerWeek;
import nl.aanbodwijzer.api.model.Location;
import nl.aanbodwijzer.api.model.OfferProvider;

/** Maps catalogue offers to the API's generated model. */
final class OfferApiMapper {
    private OfferApiMapper() {}

    static nl.aanbodwijzer.api.model.Offer toApi(Offer offer) {
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

    /** The entity tag of an offer's current version. */
    static String etag(Offer offer) {
        return "\"" + offer.version() + "\"";
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
