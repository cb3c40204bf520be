package nl.aanbodwijzer.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.aanbodwijzer.capacity.Capacity;
import nl.aanbodwijzer.capacity.CapacityState;
import nl.aanbodwijzer.catalog.taxonomy.Level;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.OfferStatus;
import nl.aanbodwijzer.catalog.taxonomy.OfferType;
import nl.aanbodwijzer.catalog.taxonomy.ProviderRole;
import nl.aanbodwijzer.catalog.taxonomy.Sector;
import nl.aanbodwijzer.catalog.taxonomy.TargetGroup;

/**
 * Offers for tests: {@code OfferFixture.anOffer("id").named("...").forNeeds(...).build()}. An active
 * VO offer serving Arnhem, verified on 11 February 2025, with unknown places, unless a test says otherwise.
 */
public final class OfferFixture {
    private final Offer.Builder offer;
    private final List<Offer.Location> locations = new ArrayList<>();
    private Capacity capacity = Capacity.UNKNOWN;
    private LocalDate verifiedAt = LocalDate.of(2025, 2, 11);

    private OfferFixture(String id) {
        offer = Offer.builder()
                .id(id)
                .name(id)
                .description("")
                .type(OfferType.OVERIG)
                .status(OfferStatus.ACTIVE)
                .municipalities(List.of("GM0202"))
                .sectors(List.of(Sector.VO))
                .definitionVersion(1);
    }

    public static OfferFixture anOffer(String id) {
        return new OfferFixture(id);
    }

    public OfferFixture named(String value) {
        offer.name(value);
        return this;
    }

    public OfferFixture describedAs(String value) {
        offer.description(value);
        return this;
    }

    public OfferFixture ofType(OfferType value) {
        offer.type(value);
        return this;
    }

    public OfferFixture withStatus(OfferStatus value) {
        offer.status(value);
        return this;
    }

    public OfferFixture providedBy(String providerId, String providerName, ProviderRole role) {
        offer.providers(List.of(new Offer.Partner(providerId, providerName, role)));
        return this;
    }

    /** Adds a location. */
    public OfferFixture locatedIn(String name, String city, String municipality) {
        locations.add(new Offer.Location(name, null, null, null, city, municipality, null));
        offer.locations(List.copyOf(locations));
        return this;
    }

    public OfferFixture serving(String... codes) {
        offer.municipalities(List.of(codes));
        return this;
    }

    public OfferFixture forSectors(Sector... values) {
        offer.sectors(List.of(values));
        return this;
    }

    public OfferFixture forNeeds(Need... values) {
        offer.needs(List.of(values));
        return this;
    }

    public OfferFixture forAges(Integer min, Integer max) {
        offer.ages(min, max);
        return this;
    }

    public OfferFixture withPlaces(Integer total, Integer occupied, Integer expectedWaitWeeks) {
        capacity = new Capacity(total, occupied, null, expectedWaitWeeks, null, null);
        return this;
    }

    /** Full, with this next intake and no expected wait. */
    public OfferFixture fullWithIntakeOn(LocalDate intake) {
        capacity = new Capacity(10, 10, 3, null, intake, null);
        return this;
    }

    public OfferFixture forTargetGroup(TargetGroup value) {
        offer.targetGroup(value);
        return this;
    }

    public OfferFixture withHours(Integer min, Integer max) {
        offer.hoursPerWeek(new Offer.Hours(min, max));
        return this;
    }

    public OfferFixture forLevels(Level... values) {
        offer.levels(List.of(values));
        return this;
    }

    public OfferFixture requiring(Boolean tlv, Boolean careIndication) {
        offer.entryRequirements(new Offer.EntryRequirements(tlv, careIndication, null, null));
        return this;
    }

    public OfferFixture onlyForPupilsOf(String school) {
        offer.entryRequirements(new Offer.EntryRequirements(null, null, null, school));
        return this;
    }

    public OfferFixture verifiedOn(LocalDate value) {
        verifiedAt = value;
        return this;
    }

    public Offer build() {
        return offer.state(new CapacityState(capacity, verifiedAt, 0)).build();
    }
}
