package nl.aanbodwijzer.gaps;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import nl.aanbodwijzer.matching.GapLedger;
import nl.aanbodwijzer.matching.GapReceipt;
import nl.aanbodwijzer.matching.core.Escalation;
import nl.aanbodwijzer.matching.core.GapReason;
import nl.aanbodwijzer.matching.core.MatchOutcome;
import nl.aanbodwijzer.matching.core.PupilProfile;
import nl.aanbodwijzer.system.Actor;
import nl.aanbodwijzer.system.AuditLog;
import nl.aanbodwijzer.system.ChangeLog;

/**
 * Keeps the gaps matching finds for identified cases, one per case: a case reference seen before (by
 * its keyed hash) updates its gap instead of adding one, and a later match that finds a place marks it. Never keeps the school, the free text or the reference.
 */
@Singleton
@Transactional
class GapRecording implements GapLedger {
    private final GapStore store;
    private final CaseReferences caseReferences;
    private final AuditLog auditLog;
    private final ChangeLog changeLog;
    private final Clock clock;

    GapRecording(GapStore store, CaseReferences caseReferences, AuditLog auditLog, ChangeLog changeLog, Clock clock) {
        this.store = store;
        this.caseReferences = caseReferences;
        this.auditLog = auditLog;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    @Override
    public GapReceipt record(
            PupilProfile profile, MatchOutcome.Gap gap, Escalation escalation, String caseReference, Actor actor) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String caseHash = caseReferences.hash(actor.username(), caseReference);
        if (caseHash == null) {
            throw new IllegalArgumentException("a gap is recorded only for an identified case");
        }
        GapRow existing = store.findByCase(caseHash).orElse(null);
        GapRow kept = existing == null
                ? store.insert(profile, gap, escalation, caseHash, now)
                : store.replace(existing, profile, gap, escalation, now);
        String reasons = gap.codes().stream().map(GapReason::name).collect(Collectors.joining(", "));
        String id = String.valueOf(kept.id());
        auditLog.record(actor, existing == null ? "GAP_RECORDED" : "GAP_UPDATED", "gap", id, reasons);
        changeLog.record("gap", List.of(id));
        return GapStore.receipt(kept);
    }

    @Override
    public boolean placeFound(String caseReference, String offerId, Actor actor) {
        String caseHash = caseReferences.hash(actor.username(), caseReference);
        GapRow open = caseHash == null
                ? null
                : store.findByCase(caseHash)
                        .filter(row -> row.outcome() == null || !row.outcome().resolves())
                        .orElse(null);
        if (open == null) {
            return false;
        }
        String id = String.valueOf(open.id());
        store.placeFound(open.id(), offerId, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        auditLog.record(actor, "GAP_PLACE_FOUND", "gap", id, offerId);
        changeLog.record("gap", List.of(id));
        return true;
    }
}
