package nl.aanbodwijzer.matching.core;

/** Why an offer is ruled out for a pupil, and which kind of gap that points at (if any). */
public enum Exclusion {
    STATUS_NOT_AVAILABLE(null),
    SECTOR_NOT_COVERED(GapReason.NOT_COVERED_FOR_SECTOR_OR_AGE),
    LEVEL_NOT_COVERED(GapReason.NOT_COVERED_FOR_SECTOR_OR_AGE),
    AGE_NOT_COVERED(GapReason.NOT_COVERED_FOR_SECTOR_OR_AGE),
    MUNICIPALITY_NOT_SERVED(GapReason.NOT_SERVED_IN_MUNICIPALITY),
    TLV_REQUIRED(GapReason.ENTRY_REQUIREMENT_NOT_MET),
    CARE_INDICATION_REQUIRED(GapReason.ENTRY_REQUIREMENT_NOT_MET),
    ONLY_PUPILS_OF_SCHOOL(GapReason.ENTRY_REQUIREMENT_NOT_MET);

    private final GapReason gapReason;

    Exclusion(GapReason gapReason) {
        this.gapReason = gapReason;
    }

    /** The gap this exclusion points at when it blocks an offer for the primary need; null if none. */
    public GapReason gapReason() {
        return gapReason;
    }
}
