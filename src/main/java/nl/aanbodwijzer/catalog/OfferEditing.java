package nl.aanbodwijzer.catalog;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.aanbodwijzer.capacity.CapacityImport;
import nl.aanbodwijzer.catalog.taxonomy.OfferStatus;
import nl.aanbodwijzer.system.Actor;
import nl.aanbodwijzer.system.AuditLog;
import nl.aanbodwijzer.system.ChangeLog;
import nl.aanbodwijzer.system.DomainException.Conflict;
import nl.aanbodwijzer.system.DomainException.RuleViolation;
import nl.aanbodwijzer.system.DomainException.StaleVersion;
import nl.aanbodwijzer.system.Versions;
import nl.aanbodwijzer.system.Violation;

/**
 * The project leader's catalogue management: adding offers and changing their definition, retiring
 * included (status CLOSED; nothing is ever deleted). Each change is one transaction with its audit
 * and change-log rows.
 */
@Singleton
@Transactional
public class OfferEditing {
    /** Parts of an offer that its definition does not set. */
    private static final Set<String> NOT_DEFINED = Set.of("state", "definitionVersion", "synthetic");

    private final OfferStore store;
    private final OfferLoader offers;
    private final OfferReferences references;
    private final CapacityImport capacity;
    private final ChangeLog changeLog;
    private final AuditLog auditLog;

    OfferEditing(
            OfferStore store,
            OfferLoader offers,
            OfferReferences references,
            CapacityImport capacity,
            ChangeLog changeLog,
            AuditLog auditLog) {
        this.store = store;
        this.offers = offers;
        this.references = references;
        this.capacity = capacity;
        this.changeLog = changeLog;
        this.auditLog = auditLog;
    }

    /** Adds the offer described by {@code definition}; its capacity starts unknown. */
    public Offer create(Offer definition, Actor actor) {
        check(definition);
        if (store.exists(definition.id())) {
            throw new Conflict("An offer with id '" + definition.id() + "' already exists.");
        }
        store.insert(List.of(definition.toBuilder().definitionVersion(1).build()));
        capacity.accept(List.of(CapacityImport.Stated.nothing(definition.id())));
        changeLog.record("offer", List.of(definition.id()));
        auditLog.record(actor, "OFFER_CREATED", "offer", definition.id(), null);
        return offers.get(definition.id());
    }

    /**
     * Replaces the definition of an offer, keeping its capacity and verification; {@code ifMatch}
     * must name the current version.
     */
    public Offer update(String id, String ifMatch, Offer definition, Actor actor) {
        Offer current = offers.get(id);
        Versions.requireMatch(ifMatch, current.version(), true);
        check(definition);
        Offer changed = definition.toBuilder()
                .id(id)
                .provenance(definition.source(), current.synthetic())
                .definitionVersion(current.definitionVersion() + 1)
                .state(current.state())
                .build();
        String fields = changedFields(current, changed);
        if (fields.isEmpty()) {
            return current;
        }
        if (!store.update(List.of(changed)).isEmpty()) {
            throw new StaleVersion();
        }
        changeLog.record("offer", List.of(id));
        String action = changed.status() == OfferStatus.CLOSED && current.status() != OfferStatus.CLOSED
                ? "OFFER_RETIRED"
                : "OFFER_UPDATED";
        auditLog.record(actor, action, "offer", id, "changed: " + fields);
        return offers.get(id);
    }

    private void check(Offer definition) {
        List<Violation> violations = OfferRules.check(definition, references.of(definition));
        if (!violations.isEmpty()) {
            throw new RuleViolation("The offer cannot be saved", violations);
        }
    }

    /** The names of the definition's parts that differ; provider names are compared by id and role. */
    private static String changedFields(Offer before, Offer after) {
        return Arrays.stream(Offer.class.getRecordComponents())
                .filter(component -> !NOT_DEFINED.contains(component.getName()))
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
