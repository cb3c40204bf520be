package nl.aanbodwijzer.matching;

import nl.aanbodwijzer.matching.core.Escalation;
import nl.aanbodwijzer.matching.core.MatchOutcome;
import nl.aanbodwijzer.matching.core.PupilProfile;
import nl.aanbodwijzer.system.Actor;

/** Where matching records the gaps it finds for identified cases (the gaps feature keeps them). */
public interface GapLedger {
    /**
     * Records a gap for the account's case, or updates the gap of the same case when it was recorded
     * before (the gap is then open again); answers the receipt of the gap as kept.
     */
    GapReceipt record(
            PupilProfile profile, MatchOutcome.Gap gap, Escalation escalation, String caseReference, Actor actor);

    /**
     * A later match of the account's case found a suitable place in time in {@code offerId}: marks its
     * open gap, if any, as "place found, not yet placed". Answers whether there was such a gap.
     */
    boolean placeFound(String caseReference, String offerId, Actor actor);
}
