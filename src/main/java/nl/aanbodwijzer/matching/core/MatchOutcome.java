package nl.aanbodwijzer.matching.core;

import java.util.List;
import nl.aanbodwijzer.catalog.Offer;

/**
 * What matching found for one pupil: the weeks left, the suggestions (best first, each with its
 * reasons), every offer for one of the pupil's needs that a hard rule ruled out and why, how many
 * offers are for none of the pupil's needs, notes, and the gap when no suitable offer has a place in
 * time.
 */
public record MatchOutcome(
        int deadlineWeeks,
        List<Suggestion> suggestions,
        List<Excluded> excluded,
        int unrelated,
        List<String> notes,
        Gap gap) {

    /** An offer the pupil could go to. */
    public record Suggestion(
            Offer offer,
            double score,
            InTime inTime,
            Integer expectedWaitWeeks,
            boolean suitable,
            List<String> reasons) {}

    /** An offer ruled out, with every reason. */
    public record Excluded(String offerId, String offerName, List<Reason> reasons) {}

    /** One reason an offer was ruled out. */
    public record Reason(Exclusion code, String detail) {}

    /** No suitable offer with a place in time: why, and the best candidates with what kept them out. */
    public record Gap(List<GapReason> reasons, List<Candidate> candidates) {}

    /** An offer for the pupil's primary need that did not work out, and why. */
    public record Candidate(String offerId, String offerName, List<String> why) {}

    public boolean hasGap() {
        return gap != null;
    }
}
