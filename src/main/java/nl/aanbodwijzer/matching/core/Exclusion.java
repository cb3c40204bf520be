package nl.aanbodwijzer.matching.core;

/**
 * Why an offer is ruled out for a pupil, and the structural gap reason it belongs to (none for an
 * offer that takes no pupils).
 */
public enum Exclusion {
    STATUS_NOT_AVAILABLE(null),
    SECTOR_NOT_COVERED(GapReason.NOT_COVERED_FOR_SECTOR_OR_AGE),
    LEVEL_NOT_COVERED(GapReason.NOT_COVERED_FOR_SECTOR_OR_AGE),
    AGE_NOT_COVERED(GapReason.NOT_COVERED_FOR_SECTOR_OR_AGE),
    MUNICIPALITY_NOT_SERVED(GapReason.NOT_SERVED_IN_MUNICIPALITY),
    TARGET_GROUP_NOT_MET(GapReason.NO_OFFER_FOR_NEED),
    TLV_REQUIRED(GapReason.ENTRY_REQUIREMENT_NOT_MET),
    CARE_INDICATION_REQUIRED(GapReason.ENTRY_REQUIREMENT_NOT_MET),
    ONLY_PUPILS_OF_SCHOOL(GapReason.ENTRY_REQUIREMENT_NOT_MET);

    private final GapReason gapReason;

    Exclusion(GapReason gapReason) {
        this.gapReason = gapReason;
    }

    /** The structural gap reason this exclusion belongs to; null if none. */
    public GapReason gapReason() {
        return gapReason;
    }
}
