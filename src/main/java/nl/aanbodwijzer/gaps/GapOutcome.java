package nl.aanbodwijzer.gaps;

import java.time.Duration;
import java.time.Instant;
import nl.aanbodwijzer.system.Labelled;

/** What became of a gap's case, as its coordinator or the project leader records it. */
public enum GapOutcome implements Labelled {
    PLACED_IN_OFFER("Geplaatst in aanbod"),
    OTHER_SOLUTION("Andere oplossing"),
    WITHDRAWN("Ingetrokken"),
    /** Still waiting: the gap stays open. */
    STILL_OPEN("Nog open");

    private final String label;

    GapOutcome(String label) {
        this.label = label;
    }

    public boolean resolves() {
        return this != STILL_OPEN;
    }

    /** Whether a gap with this outcome (null: none recorded) is still open. */
    static boolean open(GapOutcome outcome) {
        return outcome == null || !outcome.resolves();
    }

    /** Whole days from a gap's first recording to its closing outcome; null while it is open. */
    static Integer daysToOutcome(GapOutcome outcome, Instant recordedAt, Instant resolvedAt) {
        return open(outcome) || resolvedAt == null
                ? null
                : (int) Duration.between(recordedAt, resolvedAt).toDays();
    }

    @Override
    public String label() {
        return label;
    }
}
