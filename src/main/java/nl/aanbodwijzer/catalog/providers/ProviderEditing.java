package nl.aanbodwijzer.catalog.providers;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import nl.aanbodwijzer.system.Actor;
import nl.aanbodwijzer.system.AuditLog;
import nl.aanbodwijzer.system.ChangeLog;
import nl.aanbodwijzer.system.DomainException.Conflict;
import nl.aanbodwijzer.system.DomainException.NotFound;

/** Adds and changes providers, each change in one transaction with its audit and change-log rows. */
@Singleton
@Transactional
public class ProviderEditing {
    private final ProviderRepository providers;
    private final ChangeLog changeLog;
    private final AuditLog auditLog;

    ProviderEditing(ProviderRepository providers, ChangeLog changeLog, AuditLog auditLog) {
        this.providers = providers;
        this.changeLog = changeLog;
        this.auditLog = auditLog;
    }

    public Provider create(Provider provider, Actor actor) {
        if (providers.existsById(provider.id())) {
            throw new Conflict("A provider with id '" + provider.id() + "' already exists.");
        }
        providers.save(provider);
        record(provider, actor, "PROVIDER_CREATED");
        return provider;
    }

    public Provider update(Provider provider, Actor actor) {
        if (!providers.existsById(provider.id())) {
            throw new NotFound("There is no provider with id '" + provider.id() + "'.");
        }
        providers.update(provider);
        record(provider, actor, "PROVIDER_UPDATED");
        return provider;
    }

    private void record(Provider provider, Actor actor, String action) {
        changeLog.record("provider", List.of(provider.id()));
        auditLog.record(actor, action, "provider", provider.id(), "name: " + provider.name());
    }
}
