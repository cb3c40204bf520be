package nl.aanbodwijzer.matching.core;

/** Whether an offer has a place within the norm. */
public enum InTime {
    YES,
    NO,
    /** The offer's numbers are not known; they must be checked. */
    UNKNOWN
}
