package nl.aanbodwijzer.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.aanbodwijzer.catalog.taxonomy.FundingSource;
import nl.aanbodwijzer.catalog.taxonomy.Level;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.OfferStatus;
import nl.aanbodwijzer.catalog.taxonomy.OfferType;
import nl.aanbodwijzer.catalog.taxonomy.ProviderRole;
import nl.aanbodwijzer.catalog.taxonomy.Sector;

/**
 * An offer in the catalogue, with everything that belongs to it. Any fact may be null: unknown
 * is said as unknown, never guessed.
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
        EntryRequirements entryRequirements,
        Hours hoursPerWeek,
        Integer maxDurationWeeks,
        Integer extensionWeeks,
        Capacity capacity,
        List<Funding> funding,
        Boolean housedAtSchool,
        Contact contact,
        String source,
        boolean synthetic,
        LocalDate lastVerifiedAt,
        long version) {

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

    /**
     * This offer with another state: what providers publish and confirm (capacity, the date the facts
     * were last verified) and the version that changes with every write.
     */
    public Offer withState(Capacity newCapacity, LocalDate verifiedAt, long newVersion) {
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
                entryRequirements,
                hoursPerWeek,
                maxDurationWeeks,
                extensionWeeks,
                newCapacity,
                funding,
                housedAtSchool,
                contact,
                source,
                synthetic,
                verifiedAt,
                newVersion);
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

    /** Places and waiting list as last published. */
    public record Capacity(
            Integer total,
            Integer occupied,
            Integer waitingList,
            Integer expectedWaitWeeks,
            LocalDate nextIntake,
            Instant updatedAt) {
        public static final Capacity UNKNOWN = new Capacity(null, null, null, null, null, null);

        /** Free places now, or null when total or occupied is unknown. */
        public Integer free() {
            return total == null || occupied == null ? null : Math.max(0, total - occupied);
        }

        public boolean sameNumbersAs(Capacity other) {
            return Objects.equals(total, other.total)
                    && Objects.equals(occupied, other.occupied)
                    && Objects.equals(waitingList, other.waitingList)
                    && Objects.equals(expectedWaitWeeks, other.expectedWaitWeeks)
                    && Objects.equals(nextIntake, other.nextIntake);
        }
    }

    /** One source of money, with its share and end date when known. */
    public record Funding(FundingSource source, Integer sharePercent, LocalDate until) {}

    /** How to reach the people behind the offer. */
    public record Contact(String name, String email, String phone, String website) {
        public static final Contact NONE = new Contact(null, null, null, null);
    }
}
