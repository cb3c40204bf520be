package nl.aanbodwijzer.security;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import nl.aanbodwijzer.catalog.providers.ProviderDirectory;
import nl.aanbodwijzer.system.Actor;
import nl.aanbodwijzer.system.AuditLog;
import nl.aanbodwijzer.system.ChangeLog;
import nl.aanbodwijzer.system.DomainException.Conflict;
import nl.aanbodwijzer.system.DomainException.NotFound;
import nl.aanbodwijzer.system.DomainException.RuleViolation;
import nl.aanbodwijzer.system.Role;
import nl.aanbodwijzer.system.Violation;

/** Administrators add and change accounts; a PROVIDER account is bound to exactly one provider. */
@Singleton
@Transactional
public class AccountAdministration {
    private final AccountRepository accounts;
    private final ProviderDirectory providers;
    private final PasswordHasher hasher;
    private final AuditLog auditLog;
    private final ChangeLog changeLog;
    private final Clock clock;

    AccountAdministration(
            AccountRepository accounts,
            ProviderDirectory providers,
            PasswordHasher hasher,
            AuditLog auditLog,
            ChangeLog changeLog,
            Clock clock) {
        this.accounts = accounts;
        this.providers = providers;
        this.hasher = hasher;
        this.auditLog = auditLog;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    public List<Account> all() {
        return accounts.findAllOrderByUsername();
    }

    public Account create(String username, String password, Role role, String providerId, Actor actor) {
        checkBinding(role, providerId);
        checkPassword(username, password);
        if (accounts.existsByUsername(username)) {
            throw new Conflict("An account named '" + username + "' already exists.");
        }
        Account account =
                accounts.save(Account.create(username, hasher.hash(password), role, providerId, clock.instant()));
        record(account, actor, "ACCOUNT_CREATED");
        return account;
    }

    /**
     * Changes role, provider and enabled; the password only when a new one is given. Any change ends
     * the account's bearer tokens. The last enabled administrator stays one.
     */
    public Account update(
            String username, Role role, String providerId, boolean enabled, String password, Actor actor) {
        Account current = accounts.findByUsername(username)
                .filter(account -> account.username().equals(username))
                .orElseThrow(() -> new NotFound("There is no account named '" + username + "'."));
        checkBinding(role, providerId);
        if (password != null) {
            checkPassword(username, password);
        }
        if (isEnabledAdmin(current) && (role != Role.ADMIN || !enabled) && accounts.countEnabledAdmins() == 1) {
            throw new RuleViolation(
                    "The account cannot be saved",
                    List.of(new Violation("role", "this is the last enabled administrator; make another first")));
        }
        String hash = password == null ? current.passwordHash() : hasher.hash(password);
        Account changed = accounts.update(current.with(role, providerId, enabled, hash));
        record(changed, actor, password == null ? "ACCOUNT_UPDATED" : "ACCOUNT_UPDATED_WITH_PASSWORD");
        return changed;
    }

    private static boolean isEnabledAdmin(Account account) {
        return account.enabled() && account.role() == Role.ADMIN;
    }

    private static void checkPassword(String username, String password) {
        PasswordRules.problem(username, password).ifPresent(problem -> {
            throw new RuleViolation("The account cannot be saved", List.of(new Violation("password", problem)));
        });
    }

    private void checkBinding(Role role, String providerId) {
        if (role == Role.PROVIDER && providerId == null) {
            throw unbound("a PROVIDER account must be bound to a provider");
        }
        if (role != Role.PROVIDER && providerId != null) {
            throw unbound("only PROVIDER accounts are bound to a provider");
        }
        if (providerId != null && !providers.exists(providerId)) {
            throw unbound("unknown provider '" + providerId + "'");
        }
    }

    private static RuleViolation unbound(String message) {
        return new RuleViolation("The account cannot be saved", List.of(new Violation("providerId", message)));
    }

    private void record(Account account, Actor actor, String action) {
        String detail =
                "role " + account.role() + (account.providerId() == null ? "" : ", provider " + account.providerId())
                        + (account.enabled() ? "" : ", disabled");
        auditLog.record(actor, action, "account", account.username(), detail);
        changeLog.record("account", List.of(account.username()));
    }
}
