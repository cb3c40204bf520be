package nl.aanbodwijzer.gaps;

import java.time.Instant;
import nl.aanbodwijzer.matching.GapReceipt;
import nl.aanbodwijzer.matching.core.Escalation;
import nl.aanbodwijzer.matching.core.MatchOutcome;
import nl.aanbodwijzer.matching.core.PupilProfile;

/**
 * A gap as kept: the coded profile (never the school, text or case reference), what matching found
 * (why no suitable offer had a place in time, the best candidates), where the case stood on the
 * escalation ladder, whether a later match found a place, and what became of it.
 */
public record RecordedGap(
        GapReceipt receipt,
        PupilProfile profile,
        MatchOutcome.Gap findings,
        Escalation escalation,
        String placeFoundOfferId,
        Instant placeFoundAt,
        GapOutcome outcome,
        String placedOfferId,
        Instant resolvedAt) {

    /** Where a gap is in the outcome loop. */
    public enum Status {
        OPEN,
        PLACE_FOUND,
        CLOSED
    }

    public boolean open() {
        return GapOutcome.open(outcome);
    }

    public Status status() {
        if (!open()) {
            return Status.CLOSED;
        }
        return placeFoundAt == null ? Status.OPEN : Status.PLACE_FOUND;
    }

    /** Whole days from the first recording to the closing outcome; null while open. */
    public Integer daysToOutcome() {
        return GapOutcome.daysToOutcome(outcome, receipt.recordedAt(), resolvedAt);
    }
}
