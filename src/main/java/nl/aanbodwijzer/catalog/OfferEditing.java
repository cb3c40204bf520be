package nl.aanbodwijzer.catalog;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.aanbodwijzer.catalog.taxonomy.OfferStatus;
import nl.aanbodwijzer.system.Actor;
import nl.aanbodwijzer.system.AuditLog;
import nl.aanbodwijzer.system.ChangeLog;
import nl.aanbodwijzer.system.DomainException.Conflict;
import nl.aanbodwijzer.system.Versions;

/**
 * The project leader's catalogue management: adding offers and changing them, retiring included
 * (status CLOSED; nothing is ever deleted). Each change is one transaction with its audit and
 * change-log rows.
 */
@Singleton
@Transactional
public class OfferEditing {
    /** Parts of an offer that its definition does not set. */
    private static final Set<String> STATE = Set.of("capacity", "lastVerifiedAt", "version", "synthetic");

    private final OfferStore store;
    private final OfferValidator validator;
    private final ChangeLog changeLog;
    private final AuditLog auditLog;

    OfferEditing(OfferStore store, OfferValidator validator, ChangeLog changeLog, AuditLog auditLog) {
        this.store = store;
        this.validator = validator;
        this.changeLog = changeLog;
        this.auditLog = auditLog;
    }

    /** Adds the offer described by {@code definition}; its capacity starts unknown. */
    public Offer create(Offer definition, Actor actor) {
        validator.check(definition);
        if (store.findById(definition.id()).isPresent()) {
            throw new Conflict("An offer with id '" + definition.id() + "' already exists.");
        }
        store.insert(List.of(definition.withState(Offer.Capacity.UNKNOWN, null, 1)));
        changeLog.record("offer", List.of(definition.id()));
        auditLog.record(actor, "OFFER_CREATED", "offer", definition.id(), null);
        return store.findById(definition.id()).orElseThrow();
    }

    /**
     * Replaces the definition of an offer, keeping its capacity and verification; {@code ifMatch}
     * must name the current version.
     */
    public Offer update(String id, String ifMatch, Offer definition, Actor actor) {
        Offer current = store.get(id);
        Versions.requireMatch(ifMatch, current.version(), true);
        validator.check(definition);
        Offer changed = new Offer(
                id,
                definition.name(),
                definition.description(),
                definition.type(),
                definition.status(),
                definition.providers(),
                definition.locations(),
                definition.municipalities(),
                definition.sectors(),
                definition.levels(),
                definition.minAge(),
                definition.maxAge(),
                definition.needs(),
                definition.entryRequirements(),
                definition.hoursPerWeek(),
                definition.maxDurationWeeks(),
                definition.extensionWeeks(),
                current.capacity(),
                definition.funding(),
                definition.housedAtSchool(),
                definition.contact(),
                definition.source(),
                current.synthetic(),
                current.lastVerifiedAt(),
                current.version() + 1);
        String fields = changedFields(current, changed);
        if (fields.isEmpty()) {
            return current;
        }
        if (!store.update(List.of(changed)).isEmpty()) {
            throw Versions.stale(store.findById(id).orElseThrow().version());
        }
        changeLog.record("offer", List.of(id));
        String action = changed.status() == OfferStatus.CLOSED && current.status() != OfferStatus.CLOSED
                ? "OFFER_RETIRED"
                : "OFFER_UPDATED";
        auditLog.record(actor, action, "offer", id, "changed: " + fields);
        return store.findById(id).orElseThrow();
    }

    /** The names of the definition's parts that differ; provider names are compared by id and role. */
    private static String changedFields(Offer before, Offer after) {
        return Arrays.stream(Offer.class.getRecordComponents())
                .filter(component -> !STATE.contains(component.getName()))
                .filter(component -> !Objects.equals(value(component, before), value(component, after)))
                .map(RecordComponent::getName)
                .collect(Collectors.joining(", "));
    }

    private static Object value(RecordComponent component, Offer offer) {
        if (component.getName().equals("providers")) {
            return offer.providers().stream().map(p -> p.id() + "/" + p.role()).toList();
        }
        try {
            return component.getAccessor().invoke(offer);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
