package nl.aanbodwijzer.matching;

import nl.aanbodwijzer.matching.core.MatchOutcome;
import nl.aanbodwijzer.matching.core.PupilProfile;
import nl.aanbodwijzer.system.Actor;

/** Where matching records the gaps it finds (the gaps feature keeps them). */
public interface GapLedger {
    /**
     * Records a gap for the profile, or updates the gap of the same case when {@code caseReference}
     * was used before (the gap is then open again); answers the receipt of the gap as kept.
     */
    GapReceipt record(PupilProfile profile, MatchOutcome.Gap gap, String caseReference, Actor actor);
}
