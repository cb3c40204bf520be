package nl.aanbodwijzer.matching;

import java.time.Instant;
import java.util.List;
import nl.aanbodwijzer.matching.MatchOutcome.Candidate;

/**
 * A gap as kept: the coded profile (never the school, text or case reference), why no suitable
 * offer had a place in time, the best candidates, and what became of it.
 */
public record RecordedGap(
        long id,
        Instant recordedAt,
        Instant updatedAt,
        int timesMatched,
        PupilProfile profile,
        List<GapReason> reasons,
        List<Candidate> candidates,
        GapOutcome outcome,
        String placedOfferId,
        Instant resolvedAt) {

    public boolean open() {
        return outcome == null || !outcome.resolves();
    }
}
