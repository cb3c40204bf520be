package nl.aanbodwijzer.matching.core;

/**
 * Why no suitable offer had a place in time: the evidence for new or changed provision. In the order
 * matching checks them, most fundamental first.
 */
public enum GapReason {
    NOT_SERVED_IN_MUNICIPALITY,
    NOT_COVERED_FOR_SECTOR_OR_AGE,
    NO_OFFER_FOR_NEED,
    ENTRY_REQUIREMENT_NOT_MET,
    NO_CAPACITY_IN_TIME
}
