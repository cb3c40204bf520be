package nl.aanbodwijzer.security;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import nl.aanbodwijzer.catalog.providers.ProviderRepository;
import nl.aanbodwijzer.system.Actor;
import nl.aanbodwijzer.system.AuditLog;
import nl.aanbodwijzer.system.ChangeLog;
import nl.aanbodwijzer.system.ProblemDetails.FieldProblem;
import nl.aanbodwijzer.system.ProblemException;

/** Administrators add and change accounts; a PROVIDER account is bound to exactly one provider. */
@Singleton
@Transactional
public class AccountAdministration {
    private final AccountRepository accounts;
    private final ProviderRepository providers;
    private final PasswordHasher hasher;
    private final AuditLog auditLog;
    private final ChangeLog changeLog;

    AccountAdministration(
            AccountRepository accounts,
            ProviderRepository providers,
            PasswordHasher hasher,
            AuditLog auditLog,
            ChangeLog changeLog) {
        this.accounts = accounts;
        this.providers = providers;
        this.hasher = hasher;
        this.auditLog = auditLog;
        this.changeLog = changeLog;
    }

    public List<Account> all() {
        return accounts.findAllOrderByUsername();
    }

    public Account create(String username, String password, Role role, String providerId, Actor actor) {
        checkBinding(role, providerId);
        if (accounts.existsByUsername(username)) {
            throw new ProblemException(
                    HttpStatus.CONFLICT, "An account named '" + username + "' already exists.", List.of());
        }
        Account account = accounts.save(
                new Account(null, username, hasher.hash(password), role, providerId, true, Instant.now()));
        record(account, actor, "ACCOUNT_CREATED");
        return account;
    }

    /** Changes role, provider and enabled; the password only when a new one is given. */
    public Account update(
            String username, Role role, String providerId, boolean enabled, String password, Actor actor) {
        Account current = accounts.findByUsername(username)
                .orElseThrow(() -> ProblemException.notFound("There is no account named '" + username + "'."));
        checkBinding(role, providerId);
        String hash = password == null ? current.passwordHash() : hasher.hash(password);
        Account changed = accounts.update(
                new Account(current.id(), username, hash, role, providerId, enabled, current.createdAt()));
        record(changed, actor, password == null ? "ACCOUNT_UPDATED" : "ACCOUNT_UPDATED_WITH_PASSWORD");
        return changed;
    }

    private void checkBinding(Role role, String providerId) {
        if (role == Role.PROVIDER && providerId == null) {
            throw unprocessable("a PROVIDER account must be bound to a provider");
        }
        if (role != Role.PROVIDER && providerId != null) {
            throw unprocessable("only PROVIDER accounts are bound to a provider");
        }
        if (providerId != null && !providers.existsById(providerId)) {
            throw unprocessable("unknown provider '" + providerId + "'");
        }
    }

    private static ProblemException unprocessable(String message) {
        return new ProblemException(
                HttpStatus.UNPROCESSABLE_ENTITY,
                "Invalid 'providerId': " + message,
                List.of(FieldProblem.of("providerId", message)));
    }

    private void record(Account account, Actor actor, String action) {
        String detail =
                "role " + account.role() + (account.providerId() == null ? "" : ", provider " + account.providerId())
                        + (account.enabled() ? "" : ", disabled");
        auditLog.record(actor, action, "account", account.username(), detail);
        changeLog.record("account", List.of(account.username()));
    }
}
