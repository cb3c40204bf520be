package nl.aanbodwijzer.capacity;

import java.time.LocalDate;

/**
 * An offer's capacity as kept: the numbers, the day they were last verified, and a version that
 * rises with every change of either.
 */
public record CapacityState(Capacity capacity, LocalDate lastVerifiedAt, long version) {
    /** The state of an offer nobody published numbers for. */
    public static final CapacityState UNKNOWN = new CapacityState(Capacity.UNKNOWN, null, 0);

    /**
     * The version an offer's ETag names: its definition's version plus this one. Each write raises
     * one of them by one, so it rises with every change of anything the offer shows.
     */
    public long offerVersion(long definitionVersion) {
        return definitionVersion + version;
    }
}
