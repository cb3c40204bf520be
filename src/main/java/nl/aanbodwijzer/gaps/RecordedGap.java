package nl.aanbodwijzer.gaps;

import java.time.Instant;
import nl.aanbodwijzer.matching.GapReceipt;
import nl.aanbodwijzer.matching.core.MatchOutcome;
import nl.aanbodwijzer.matching.core.PupilProfile;

/**
 * A gap as kept: the coded profile (never the school, text or case reference), what matching found
 * (why no suitable offer had a place in time, the best candidates), and what became of it.
 */
public record RecordedGap(
        GapReceipt receipt,
        PupilProfile profile,
        MatchOutcome.Gap findings,
        GapOutcome outcome,
        String placedOfferId,
        Instant resolvedAt) {

    public boolean open() {
        return outcome == null || !outcome.resolves();
    }
}
