package nl.aanbodwijzer.capacity;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.aanbodwijzer.system.Actor;
import nl.aanbodwijzer.system.AuditLog;
import nl.aanbodwijzer.system.ChangeLog;
import nl.aanbodwijzer.system.DomainException.Forbidden;
import nl.aanbodwijzer.system.DomainException.NotFound;
import nl.aanbodwijzer.system.DomainException.RuleViolation;
import nl.aanbodwijzer.system.DomainException.StaleVersion;
import nl.aanbodwijzer.system.Role;
import nl.aanbodwijzer.system.Versions;
import nl.aanbodwijzer.system.Violation;

/**
 * Providers publish their places and waiting list, or confirm them unchanged. Each publication is
 * one transaction: the new state (only if nobody changed it since it was read), its history, audit
 * and change-log rows.
 */
@Singleton
@Transactional
public class CapacityPublishing {
    private final OfferRegistry offers;
    private final CapacityRepository rows;
    private final CapacityHistory history;
    private final ChangeLog changeLog;
    private final AuditLog auditLog;
    private final Clock clock;

    CapacityPublishing(
            OfferRegistry offers,
            CapacityRepository rows,
            CapacityHistory history,
            ChangeLog changeLog,
            AuditLog auditLog,
            Clock clock) {
        this.offers = offers;
        this.rows = rows;
        this.history = history;
        this.changeLog = changeLog;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Publishes new numbers; {@code ifMatch} must name the offer's current version. Answers the new state. */
    public CapacityState publish(String offerId, String ifMatch, Capacity numbers, Actor actor) {
        CapacityRow current = rowToChange(offerId, ifMatch, true, actor);
        check(numbers);
        Capacity before = current.state().capacity();
        Capacity published = numbers.publishedAt(clock.instant().truncatedTo(ChronoUnit.MILLIS));
        CapacityState stored = store(current, published);
        history.add(offerId, actor.username(), CapacityHistory.Kind.CHANGED, before, published);
        auditLog.record(actor, "CAPACITY_CHANGED", "offer", offerId, describe(before, published));
        return stored;
    }

    /** Confirms that the numbers still hold; {@code ifMatch} is optional. Answers the new state. */
    public CapacityState confirm(String offerId, String ifMatch, Actor actor) {
        CapacityRow current = rowToChange(offerId, ifMatch, false, actor);
        Capacity numbers = current.state().capacity();
        CapacityState stored = store(current, numbers);
        history.add(offerId, actor.username(), CapacityHistory.Kind.CONFIRMED, numbers, numbers);
        auditLog.record(actor, "CAPACITY_CONFIRMED", "offer", offerId, null);
        return stored;
    }

    /**
     * The row of an offer the actor may publish for, if {@code ifMatch} names the offer's version.
     * The row is read first, and the write later applies only at the row's version read here, so a
     * publication that commits in between makes this one stale instead of being overwritten.
     */
    private CapacityRow rowToChange(String offerId, String ifMatch, boolean ifMatchRequired, Actor actor) {
        CapacityRow current = rows.findById(offerId).orElseGet(() -> CapacityRow.of(offerId, CapacityState.UNKNOWN));
        OfferRegistry.Entry offer =
                offers.find(offerId).orElseThrow(() -> new NotFound("There is no offer with id '" + offerId + "'."));
        requireMayPublish(offer, actor);
        Versions.requireMatch(ifMatch, current.state().offerVersion(offer.definitionVersion()), ifMatchRequired);
        return current;
    }

    /** Writes the numbers as verified today, only when the row is still at the version read. */
    private CapacityState store(CapacityRow current, Capacity numbers) {
        CapacityState state = new CapacityState(numbers, LocalDate.now(clock), current.version());
        CapacityRow stored;
        try {
            stored = rows.update(CapacityRow.of(current.offerId(), state));
        } catch (OptimisticLockException changedMeanwhile) {
            throw new StaleVersion();
        }
        changeLog.record("capacity", List.of(current.offerId()));
        return stored.state();
    }

    /** Project leaders and administrators may publish for any offer, a provider only for its own. */
    private static void requireMayPublish(OfferRegistry.Entry offer, Actor actor) {
        if (actor.hasRole(Role.PROJECTLEIDER) || actor.hasRole(Role.ADMIN)) {
            return;
        }
        if (!actor.hasRole(Role.PROVIDER) || !offer.providerIds().contains(actor.providerId())) {
            throw new Forbidden("Your account may only publish numbers for offers of its own provider; '"
                    + offer.offerId() + "' is not one of them.");
        }
    }

    private void check(Capacity numbers) {
        List<Violation> problems = new ArrayList<>(CapacityRules.check(numbers, ""));
        if (numbers.nextIntake() != null && numbers.nextIntake().isBefore(LocalDate.now(clock))) {
            problems.add(new Violation("nextIntake", "the next intake " + numbers.nextIntake() + " is in the past"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation("The numbers cannot be published", problems);
        }
    }

    private static String describe(Capacity before, Capacity after) {
        List<String> parts = new ArrayList<>();
        change(parts, "total", before.total(), after.total());
        change(parts, "occupied", before.occupied(), after.occupied());
        change(parts, "waitingList", before.waitingList(), after.waitingList());
        change(parts, "expectedWaitWeeks", before.expectedWaitWeeks(), after.expectedWaitWeeks());
        change(parts, "nextIntake", before.nextIntake(), after.nextIntake());
        return parts.isEmpty() ? "numbers unchanged" : String.join("; ", parts);
    }

    private static void change(List<String> parts, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            parts.add(name + " " + before + " -> " + after);
        }
    }
}
