package nl.aanbodwijzer.security;

import jakarta.inject.Singleton;
import java.time.Clock;
import nl.aanbodwijzer.system.Role;

/** Creates accounts for tests, all with {@link #PASSWORD}; the mysql environment has no demo accounts. */
@Singleton
public class TestAccounts {
    public static final String PASSWORD = "test-password";

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final Clock clock;

    TestAccounts(AccountRepository accounts, PasswordHasher hasher, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.clock = clock;
    }

    public String coordinator() {
        return ensure("test-coordinator", Role.COORDINATOR, null);
    }

    public String projectleider() {
        return ensure("test-projectleider", Role.PROJECTLEIDER, null);
    }

    public String admin() {
        return ensure("test-admin", Role.ADMIN, null);
    }

    /** A PROVIDER account bound to this provider. */
    public String provider(String providerId) {
        return ensure("test-provider-" + providerId, Role.PROVIDER, providerId);
    }

    /** Makes sure an account with this name, role and provider exists. */
    public String ensure(String username, Role role, String providerId) {
        if (!accounts.existsByUsername(username)) {
            accounts.save(Account.create(username, hasher.hash(PASSWORD), role, providerId, clock.instant()));
        }
        return username;
    }
}
