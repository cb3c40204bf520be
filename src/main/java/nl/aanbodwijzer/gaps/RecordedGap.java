package nl.aanbodwijzer.gaps;

import java.time.Instant;
import java.util.List;
import nl.aanbodwijzer.matching.core.GapReason;
import nl.aanbodwijzer.matching.core.MatchOutcome.Candidate;
import nl.aanbodwijzer.matching.core.PupilProfile;

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
