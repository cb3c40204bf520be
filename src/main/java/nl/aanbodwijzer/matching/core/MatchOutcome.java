package nl.aanbodwijzer.matching.core;

import java.util.List;
import nl.aanbodwijzer.catalog.Offer;

/**
 * What matching found for one pupil: how the norm applies and where the case is on the escalation
 * ladder, the suggestions (best first, each with its reasons), a summary per rule of the offers that
 * a hard rule ruled out, how many offers are for none of the pupil's needs, notes, and the gap when
 * no suitable offer has a place in time.
 */
public record MatchOutcome(
        Norm norm,
        Escalation escalation,
        List<Suggestion> suggestions,
        List<ExclusionSummary> excluded,
        int unrelated,
        List<String> notes,
        Gap gap) {

    /** Whether the 13-week norm applies to this pupil, the weeks left under it (null if not), and why. */
    public record Norm(boolean applies, int normWeeks, Integer weeksLeft, String explanation) {}

    /** An offer the pupil could go to; {@code distanceKm} is to its nearest location, null if unknown. */
    public record Suggestion(
            Offer offer,
            double score,
            InTime inTime,
            Integer expectedWaitWeeks,
            boolean suitable,
            Double distanceKm,
            List<String> reasons) {}

    /** How many offers one rule ruled out, what the rule means for this pupil, and a few of them. */
    public record ExclusionSummary(Exclusion code, int count, String explanation, List<Excluded> examples) {}

    /** An offer ruled out, and every reason. */
    public record Excluded(String offerId, String offerName, Double distanceKm, List<Reason> reasons) {}

    /** One reason an offer was ruled out. */
    public record Reason(Exclusion code, String detail) {}

    /**
     * No suitable offer with a place in time: every structural reason that applies, most fundamental
     * first, and the best candidates with what kept them out.
     */
    public record Gap(List<Finding> reasons, List<Candidate> candidates) {
        public List<GapReason> codes() {
            return reasons.stream().map(Finding::code).toList();
        }
    }

    /** One reason for a gap, explained for this pupil in Dutch. */
    public record Finding(GapReason code, String explanation) {}

    /** An offer for the pupil's primary need that did not work out, and why. */
    public record Candidate(String offerId, String offerName, List<String> why) {}

    public boolean hasGap() {
        return gap != null;
    }
}
