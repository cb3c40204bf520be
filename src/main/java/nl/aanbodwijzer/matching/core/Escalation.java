package nl.aanbodwijzer.matching.core;

/** Where a case is on the escalation ladder, and in how many weeks it reaches the next stage (null: never). */
public record Escalation(EscalationStage stage, Integer weeksToNextStage) {
    static final int CASE_DIRECTOR_AFTER_WEEKS = 4;
    static final int BREAKTHROUGH_FROM_WEEKS = 8;
    /** The breakthrough team is engaged when no suitable offer is in sight within this many weeks. */
    static final int BREAKTHROUGH_HORIZON_WEEKS = 4;

    /**
     * The stage for a pupil absent {@code weeksAbsent} weeks under a norm of {@code normWeeks};
     * {@code placeInSight} says whether a suitable offer has a place within the breakthrough horizon.
     */
    static Escalation of(int weeksAbsent, int normWeeks, boolean placeInSight) {
        if (weeksAbsent > normWeeks) {
            return new Escalation(EscalationStage.ARBITRAGE, null);
        }
        if (weeksAbsent <= CASE_DIRECTOR_AFTER_WEEKS) {
            return new Escalation(EscalationStage.SCHOOL, CASE_DIRECTOR_AFTER_WEEKS + 1 - weeksAbsent);
        }
        if (weeksAbsent < BREAKTHROUGH_FROM_WEEKS) {
            return new Escalation(EscalationStage.CASUSREGISSEUR, BREAKTHROUGH_FROM_WEEKS - weeksAbsent);
        }
        EscalationStage stage = placeInSight ? EscalationStage.CASUSREGISSEUR : EscalationStage.DOORBRAAKTEAM;
        return new Escalation(stage, normWeeks + 1 - weeksAbsent);
    }

    static Escalation notApplicable() {
        return new Escalation(EscalationStage.NIET_VAN_TOEPASSING, null);
    }
}
