package nl.aanbodwijzer.matching;

/** Whether an offer has a place within the norm. */
public enum InTime {
    YES,
    NO,
    /** The offer's numbers are not known; they must be checked. */
    UNKNOWN
}
