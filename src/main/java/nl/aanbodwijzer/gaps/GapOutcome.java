package nl.aanbodwijzer.gaps;

/** What became of a gap's case, as its coordinator or the project leader records it. */
public enum GapOutcome {
    PLACED_IN_OFFER,
    OTHER_SOLUTION,
    WITHDRAWN,
    /** Still waiting: the gap stays open. */
    STILL_OPEN;

    public boolean resolves() {
        return this != STILL_OPEN;
    }
}
