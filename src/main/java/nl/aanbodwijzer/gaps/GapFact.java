package nl.aanbodwijzer.gaps;

import java.time.Instant;
import java.util.List;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.Sector;
import nl.aanbodwijzer.matching.core.EscalationStage;
import nl.aanbodwijzer.matching.core.GapReason;

/**
 * The coded facts of one gap, as reports read them: never its case hash, its explanations or the
 * names it recorded. Its reasons are in order, most fundamental first; its candidates are offer ids.
 */
public record GapFact(
        long id,
        Instant recordedAt,
        int age,
        Sector sector,
        String municipality,
        Need primaryNeed,
        List<GapReason> reasons,
        EscalationStage stage,
        GapOutcome outcome,
        Instant resolvedAt,
        List<String> candidateOfferIds) {

    public GapFact {
        reasons = List.copyOf(reasons);
        candidateOfferIds = List.copyOf(candidateOfferIds);
    }

    public boolean open() {
        return GapOutcome.open(outcome);
    }

    /** The most fundamental reason; null for a gap recorded without one. */
    public GapReason primaryReason() {
        return reasons.isEmpty() ? null : reasons.get(0);
    }

    /** Whole days from the first recording to the closing outcome; null while open. */
    public Integer daysToOutcome() {
        return GapOutcome.daysToOutcome(outcome, recordedAt, resolvedAt);
    }
}
