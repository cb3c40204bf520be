package nl.aanbodwijzer.gaps;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.aanbodwijzer.catalog.Catalog;
import nl.aanbodwijzer.system.Actor;
import nl.aanbodwijzer.system.AuditLog;
import nl.aanbodwijzer.system.ChangeLog;
import nl.aanbodwijzer.system.DomainException.NotFound;
import nl.aanbodwijzer.system.DomainException.RuleViolation;
import nl.aanbodwijzer.system.Violation;

/** The project leader closes the loop on a gap: placed in an offer, another solution, or still open. */
@Singleton
@Transactional
class GapResolving {
    private final GapStore store;
    private final Catalog catalog;
    private final AuditLog auditLog;
    private final ChangeLog changeLog;
    private final Clock clock;

    GapResolving(GapStore store, Catalog catalog, AuditLog auditLog, ChangeLog changeLog, Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.auditLog = auditLog;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    RecordedGap resolve(long id, GapOutcome outcome, String placedOfferId, Actor actor) {
        if (outcome == GapOutcome.PLACED_IN_OFFER) {
            if (placedOfferId == null || catalog.snapshot().offer(placedOfferId).isEmpty()) {
                throw unprocessable("a placement names the offer the pupil was placed in (an existing offer id)");
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
