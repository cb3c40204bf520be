package nl.aanbodwijzer.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.aanbodwijzer.capacity.Capacity;
import nl.aanbodwijzer.capacity.CapacityState;
import nl.aanbodwijzer.catalog.taxonomy.FundingSource;
import nl.aanbodwijzer.catalog.taxonomy.Level;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.OfferStatus;
import nl.aanbodwijzer.catalog.taxonomy.OfferType;
import nl.aanbodwijzer.catalog.taxonomy.ProviderRole;
import nl.aanbodwijzer.catalog.taxonomy.Sector;
import nl.aanbodwijzer.catalog.taxonomy.TargetGroup;

/**
 * An offer in the catalogue: its definition, as the project leader sets it, and its capacity state,
 * as providers publish it (the capacity feature's). Any fact may be null: unknown is said as
 * unknown, never guessed. {@code modifiedAt} is when the definition was last written (null before it
 * is stored). Build one with {@link #builder()} or {@link #toBuilder()}.
 */
public record Offer(
        String id,
        String name,
        String description,
        OfferType type,
        OfferStatus status,
        List<Partner> providers,
        List<Location> locations,
        List<String> municipalities,
        List<Sector> sectors,
        List<Level> levels,
        Integer minAge,
        Integer maxAge,
        List<Need> needs,
        TargetGroup targetGroup,
        EntryRequirements entryRequirements,
        Hours hoursPerWeek,
        Integer maxDurationWeeks,
        Integer extensionWeeks,
        List<Funding> funding,
        Boolean housedAtSchool,
        Contact contact,
        String source,
        boolean synthetic,
        Instant modifiedAt,
        long definitionVersion,
        CapacityState state) {

    /** Lists without a meaningful order (municipalities, sectors, levels) are kept sorted. */
    public Offer {
        providers = List.copyOf(providers);
        locations = List.copyOf(locations);
        municipalities = municipalities.stream().sorted().toList();
        sectors = sectors.stream().sorted().toList();
        levels = levels.stream().sorted().toList();
        needs = List.copyOf(needs);
        funding = List.copyOf(funding);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public Capacity capacity() {
        return state.capacity();
    }

    /** An offer that names no specific needs is open to every need. */
    public boolean openToEveryNeed() {
        return needs.isEmpty();
    }

    public LocalDate lastVerifiedAt() {
        return state.lastVerifiedAt();
    }

    /** The version its ETag names (see {@link CapacityState#offerVersion}). */
    public long version() {
        return state.offerVersion(definitionVersion);
    }

    /** A provider and its part in this offer. */
    public record Partner(String id, String name, ProviderRole role) {}

    /** Where the offer takes place. */
    public record Location(
            String name,
            String street,
            String houseNumber,
            String postcode,
            String city,
            String municipalityCode,
            String schoolLocationCode) {}

    /** What a pupil must have to be admitted. */
    public record EntryRequirements(
            Boolean tlvRequired, Boolean careIndicationRequired, String referralRoute, String onlyPupilsOfSchool) {
        public static final EntryRequirements NONE_KNOWN = new EntryRequirements(null, null, null, null);
    }

    /** Intensity in hours per week. */
    public record Hours(Integer min, Integer max) {
        public static final Hours UNKNOWN = new Hours(null, null);
    }

    /** One source of money, with its share and end date when known. */
    public record Funding(FundingSource source, Integer sharePercent, LocalDate until) {}

    /** How to reach the people behind the offer. */
    public record Contact(String name, String email, String phone, String website) {
        public static final Contact NONE = new Contact(null, null, null, null);
    }

    /** The one place an offer is put together, field by field; what is not set is unknown or empty. */
    public static final class Builder {
        private String id;
        private String name;
        private String description;
        private OfferType type;
        private OfferStatus status;
        private List<Partner> providers = List.of();
        private List<Location> locations = List.of();
        private List<String> municipalities = List.of();
        private List<Sector> sectors = List.of();
        private List<Level> levels = List.of();
        private Integer minAge;
        private Integer maxAge;
        private List<Need> needs = List.of();
        private TargetGroup targetGroup;
        private EntryRequirements entryRequirements = EntryRequirements.NONE_KNOWN;
        private Hours hoursPerWeek = Hours.UNKNOWN;
        private Integer maxDurationWeeks;
        private Integer extensionWeeks;
        private List<Funding> funding = List.of();
        private Boolean housedAtSchool;
        private Contact contact = Contact.NONE;
        private String source;
        private boolean synthetic;
        private Instant modifiedAt;
        private long definitionVersion;
        private CapacityState state = CapacityState.UNKNOWN;

        private Builder() {}

        private Builder(Offer offer) {
            id = offer.id;
            name = offer.name;
            description = offer.description;
            type = offer.type;
            status = offer.status;
            providers = offer.providers;
            locations = offer.locations;
            municipalities = offer.municipalities;
            sectors = offer.sectors;
            levels = offer.levels;
            minAge = offer.minAge;
            maxAge = offer.maxAge;
            needs = offer.needs;
            targetGroup = offer.targetGroup;
            entryRequirements = offer.entryRequirements;
            hoursPerWeek = offer.hoursPerWeek;
            maxDurationWeeks = offer.maxDurationWeeks;
            extensionWeeks = offer.extensionWeeks;
            funding = offer.funding;
            housedAtSchool = offer.housedAtSchool;
            contact = offer.contact;
            source = offer.source;
            synthetic = offer.synthetic;
            modifiedAt = offer.modifiedAt;
            definitionVersion = offer.definitionVersion;
            state = offer.state;
        }

        public Builder id(String value) {
            id = value;
            return this;
        }

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder description(String value) {
            description = value;
            return this;
        }

        public Builder type(OfferType value) {
            type = value;
            return this;
        }

        public Builder status(OfferStatus value) {
            status = value;
            return this;
        }

        public Builder providers(List<Partner> value) {
            providers = value;
            return this;
        }

        public Builder locations(List<Location> value) {
            locations = value;
            return this;
        }

        public Builder municipalities(List<String> value) {
            municipalities = value;
            return this;
        }

        public Builder sectors(List<Sector> value) {
            sectors = value;
            return this;
        }

        public Builder levels(List<Level> value) {
            levels = value;
            return this;
        }

        public Builder ages(Integer min, Integer max) {
            minAge = min;
            maxAge = max;
            return this;
        }

        public Builder needs(List<Need> value) {
            needs = value;
            return this;
        }

        public Builder targetGroup(TargetGroup value) {
            targetGroup = value;
            return this;
        }

        public Builder entryRequirements(EntryRequirements value) {
            entryRequirements = value;
            return this;
        }

        public Builder hoursPerWeek(Hours value) {
            hoursPerWeek = value;
            return this;
        }

        /** The longest stay in weeks, and how many weeks it can be extended by. */
        public Builder duration(Integer maxWeeks, Integer extension) {
            maxDurationWeeks = maxWeeks;
            extensionWeeks = extension;
            return this;
        }

        public Builder funding(List<Funding> value) {
            funding = value;
            return this;
        }

        public Builder housedAtSchool(Boolean value) {
            housedAtSchool = value;
            return this;
        }

        public Builder contact(Contact value) {
            contact = value;
            return this;
        }

        /** Where the facts come from, and whether the offer was generated rather than taken from a source. */
        public Builder provenance(String value, boolean generated) {
            source = value;
            synthetic = generated;
            return this;
        }

        public Builder modifiedAt(Instant value) {
            modifiedAt = value;
            return this;
        }

        public Builder definitionVersion(long value) {
            definitionVersion = value;
            return this;
        }

        public Builder state(CapacityState value) {
            state = value;
            return this;
        }

        public Offer build() {
            return new Offer(
                    id,
                    name,
                    description,
                    type,
                    status,
                    providers,
                    locations,
                    municipalities,
                    sectors,
                    levels,
                    minAge,
                    maxAge,
                    needs,
                    targetGroup,
                    entryRequirements,
                    hoursPerWeek,
                    maxDurationWeeks,
                    extensionWeeks,
                    funding,
                    housedAtSchool,
                    contact,
                    source,
                    synthetic,
                    modifiedAt,
                    definitionVersion,
                    state);
        }
    }
}
