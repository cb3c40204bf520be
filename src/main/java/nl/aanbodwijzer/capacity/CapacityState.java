package nl.aanbodwijzer.capacity;

import java.time.LocalDate;

/**
 * An offer's capacity as kept: the numbers, the day they were last verified, and a version that
 * rises with every change of either.
 */
public record CapacityState(Capacity capacity, LocalDate lastVerifiedAt, long version) {
    /** The state of an offer nobody published numbers for. */
    public static final CapacityState UNKNOWN = new CapacityState(Capacity.UNKNOWN, null, 0);
}
