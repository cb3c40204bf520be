package nl.aanbodwijzer.catalog;

import java.time.LocalDate;
import java.util.List;
import nl.aanbodwijzer.capacity.Capacity;
import nl.aanbodwijzer.capacity.CapacityState;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.OfferStatus;
import nl.aanbodwijzer.catalog.taxonomy.OfferType;
import nl.aanbodwijzer.catalog.taxonomy.ProviderRole;
import nl.aanbodwijzer.catalog.taxonomy.Sector;

/** Offers for tests: {@code OfferFixture.anOffer("id").named("...").needs(...).build()}. */
public final class OfferFixture {
    private final String id;
    private String name;
    private String description = "";
    private OfferType type = OfferType.OVERIG;
    private OfferStatus status = OfferStatus.ACTIVE;
    private List<Offer.Partner> providers = List.of();
    private List<Offer.Location> locations = List.of();
    private List<String> municipalities = List.of("GM0202");
    private List<Sector> sectors = List.of(Sector.VO);
    private List<Need> needs = List.of();
    private Integer minAge;
    private Integer maxAge;
    private Capacity capacity = Capacity.UNKNOWN;
    private LocalDate verifiedAt = LocalDate.of(2025, 2, 11);

    private OfferFixture(String id) {
        this.id = id;
        this.name = id;
    }

    public static OfferFixture anOffer(String id) {
        return new OfferFixture(id);
    }

    public OfferFixture named(String value) {
        name = value;
        return this;
    }

    public OfferFixture describedAs(String value) {
        description = value;
        return this;
    }

    public OfferFixture ofType(OfferType value) {
        type = value;
        return this;
    }

    public OfferFixture withStatus(OfferStatus value) {
        status = value;
        return this;
    }

    public OfferFixture providedBy(String providerId, String providerName, ProviderRole role) {
        providers = List.of(new Offer.Partner(providerId, providerName, role));
        return this;
    }

    public OfferFixture locatedIn(String name, String city, String municipality) {
        locations = List.of(new Offer.Location(name, null, null, null, city, municipality, null));
        return this;
    }

    public OfferFixture serving(String... codes) {
        municipalities = List.of(codes);
        return this;
    }

    public OfferFixture forSectors(Sector... values) {
        sectors = List.of(values);
        return this;
    }

    public OfferFixture forNeeds(Need... values) {
        needs = List.of(values);
        return this;
    }

    public OfferFixture forAges(Integer min, Integer max) {
        minAge = min;
        maxAge = max;
        return this;
    }

    public OfferFixture withPlaces(Integer total, Integer occupied, Integer expectedWaitWeeks) {
        capacity = new Capacity(total, occupied, null, expectedWaitWeeks, null, null);
        return this;
    }

    public OfferFixture verifiedOn(LocalDate value) {
        verifiedAt = value;
        return this;
    }

    public Offer build() {
        return Offer.builder()
                .id(id)
                .name(name)
                .description(description)
                .type(type)
                .status(status)
                .providers(providers)
                .locations(locations)
                .municipalities(municipalities)
                .sectors(sectors)
                .ages(minAge, maxAge)
                .needs(needs)
                .definitionVersion(1)
                .state(new CapacityState(capacity, verifiedAt, 0))
                .build();
    }
}
