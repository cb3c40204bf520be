package nl.aanbodwijzer.gaps;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.aanbodwijzer.catalog.Catalog;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.system.Actor;
import nl.aanbodwijzer.system.AuditLog;
import nl.aanbodwijzer.system.ChangeLog;
import nl.aanbodwijzer.system.DomainException.NotFound;
import nl.aanbodwijzer.system.DomainException.RuleViolation;
import nl.aanbodwijzer.system.Violation;

/**
 * Records what became of a gap: placed in an offer (one that takes pupils), another solution,
 * withdrawn, or still waiting. The project leader does so by gap id, the coordinator by her own case
 * reference.
 */
@Singleton
@Transactional
class GapResolving {
    private final GapStore store;
    private final Catalog catalog;
    private final AuditLog auditLog;
    private final ChangeLog changeLog;
    private final Clock clock;

    private final CaseReferences caseReferences;

    GapResolving(
            GapStore store,
            CaseReferences caseReferences,
            Catalog catalog,
            AuditLog auditLog,
            ChangeLog changeLog,
            Clock clock) {
        this.store = store;
        this.caseReferences = caseReferences;
        this.catalog = catalog;
        this.auditLog = auditLog;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /** The outcome of the account's own case, found by its case reference. */
    RecordedGap resolveCase(String caseReference, GapOutcome outcome, String placedOfferId, Actor actor) {
        String caseHash = caseReferences.hash(actor.username(), caseReference);
        GapRow row = caseHash == null ? null : store.findByCase(caseHash).orElse(null);
        if (row == null) {
            throw new NotFound("No gap was recorded for this case reference by this account.");
        }
        return resolve(row.id(), outcome, placedOfferId, actor);
    }

    RecordedGap resolve(long id, GapOutcome outcome, String placedOfferId, Actor actor) {
        if (outcome == GapOutcome.PLACED_IN_OFFER) {
            Offer placed = placedOfferId == null
                    ? null
                    : catalog.snapshot().offer(placedOfferId).orElse(null);
            if (placed == null) {
                throw unprocessable("a placement names the offer the pupil was placed in (an existing offer id)");
            }
            if (!placed.status().takesPupils()) {
                throw unprocessable(
                        "offer '" + placedOfferId + "' is " + placed.status().name()
                                + " and takes no pupils; a placement is only in an ACTIVE or PILOT offer");
            }
        } else if (placedOfferId != null) {
            throw unprocessable("only a placement (PLACED_IN_OFFER) names an offer");
        }
        if (!store.resolve(id, outcome, placedOfferId, clock.instant().truncatedTo(ChronoUnit.MILLIS))) {
            throw new NotFound("There is no gap with id " + id + ".");
        }
        String detail = outcome.name() + (placedOfferId == null ? "" : " " + placedOfferId);
        auditLog.record(actor, "GAP_OUTCOME", "gap", String.valueOf(id), detail);
        changeLog.record("gap", List.of(String.valueOf(id)));
        return store.find(id).orElseThrow();
    }

    private static RuleViolation unprocessable(String message) {
        return new RuleViolation("The outcome cannot be recorded", List.of(new Violation("placedOfferId", message)));
    }
}
