package nl.aanbodwijzer.capacity;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.catalog.Offer.Capacity;
import nl.aanbodwijzer.catalog.OfferStore;
import nl.aanbodwijzer.system.Actor;
import nl.aanbodwijzer.system.AuditLog;
import nl.aanbodwijzer.system.ChangeLog;
import nl.aanbodwijzer.system.DomainException.Forbidden;
import nl.aanbodwijzer.system.DomainException.RuleViolation;
import nl.aanbodwijzer.system.Role;
import nl.aanbodwijzer.system.Versions;
import nl.aanbodwijzer.system.Violation;

/**
 * Providers publish their places and waiting list, or confirm them unchanged. Each publication is
 * one transaction: the offer's new state (only if nobody changed it since it was read), its history,
 * audit and change-log rows.
 */
@Singleton
@Transactional
public class CapacityPublishing {
    private final OfferStore offers;
    private final CapacityHistory history;
    private final ChangeLog changeLog;
    private final AuditLog auditLog;
    private final Clock clock;

    CapacityPublishing(
            OfferStore offers, CapacityHistory history, ChangeLog changeLog, AuditLog auditLog, Clock clock) {
        this.offers = offers;
        this.history = history;
        this.changeLog = changeLog;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Publishes new numbers; {@code ifMatch} must name the offer's current version. */
    public Offer publish(String offerId, String ifMatch, Capacity numbers, Actor actor) {
        Offer current = offers.get(offerId);
        requireMayPublish(current, actor);
        Versions.requireMatch(ifMatch, current.version(), true);
        check(numbers);
        Capacity published = new Capacity(
                numbers.total(),
                numbers.occupied(),
                numbers.waitingList(),
                numbers.expectedWaitWeeks(),
                numbers.nextIntake(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        Offer changed = store(current, published);
        history.add(offerId, actor.username(), CapacityHistory.Kind.CHANGED, current.capacity(), published);
        auditLog.record(actor, "CAPACITY_CHANGED", "offer", offerId, describe(current.capacity(), published));
        return changed;
    }

    /** Confirms that the numbers still hold; {@code ifMatch} is optional. */
    public Offer confirm(String offerId, String ifMatch, Actor actor) {
        Offer current = offers.get(offerId);
        requireMayPublish(current, actor);
        Versions.requireMatch(ifMatch, current.version(), false);
        Offer confirmed = store(current, current.capacity());
        history.add(offerId, actor.username(), CapacityHistory.Kind.CONFIRMED, current.capacity(), current.capacity());
        auditLog.record(actor, "CAPACITY_CONFIRMED", "offer", offerId, null);
        return confirmed;
    }

    private Offer store(Offer current, Capacity capacity) {
        Offer changed = current.withState(capacity, LocalDate.now(clock), current.version() + 1);
        if (!offers.updateState(changed)) {
            throw Versions.stale(offers.get(current.id()).version());
        }
        changeLog.record("offer", List.of(current.id()));
        return changed;
    }

    /** Project leaders and administrators may publish for any offer, a provider only for its own. */
    private static void requireMayPublish(Offer offer, Actor actor) {
        if (actor.hasRole(Role.PROJECTLEIDER) || actor.hasRole(Role.ADMIN)) {
            return;
        }
        boolean own = actor.hasRole(Role.PROVIDER)
                && offer.providers().stream().anyMatch(p -> p.id().equals(actor.providerId()));
        if (!own) {
            throw new Forbidden("Your account may only publish numbers for offers of its own provider; '" + offer.id()
                    + "' is not one of them.");
        }
    }

    private void check(Capacity numbers) {
        List<Violation> problems = new ArrayList<>();
        if (numbers.total() != null && numbers.occupied() != null && numbers.occupied() > numbers.total()) {
            problems.add(new Violation(
                    "occupied",
                    "occupied places (" + numbers.occupied() + ") cannot exceed the total (" + numbers.total() + ")"));
        }
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
