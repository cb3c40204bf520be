package nl.aanbodwijzer.gaps;

/** What became of a gap, as the project leader records it. */
public enum GapOutcome {
    PLACED_IN_OFFER,
    OTHER_SOLUTION,
    STILL_OPEN;

    public boolean resolves() {
        return this != STILL_OPEN;
    }
}
