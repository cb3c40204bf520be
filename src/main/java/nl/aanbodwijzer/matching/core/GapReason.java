package nl.aanbodwijzer.matching.core;

/** Why no suitable offer had a place in time; the evidence for new or changed provision. */
public enum GapReason {
    NO_OFFER_FOR_NEED,
    NO_CAPACITY_IN_TIME,
    NOT_SERVED_IN_MUNICIPALITY,
    NOT_COVERED_FOR_SECTOR_OR_AGE,
    ENTRY_REQUIREMENT_NOT_MET
}
