package nl.aanbodwijzer.security;

import jakarta.inject.Singleton;
import java.time.Instant;
import nl.aanbodwijzer.system.Role;

/** Creates accounts for tests; the mysql environment has no demo accounts. */
@Singleton
public class TestAccounts {
    public static final String PASSWORD = "test-password";

    private final AccountRepository accounts;
    private final PasswordHasher hasher;

    TestAccounts(AccountRepository accounts, PasswordHasher hasher) {
        this.accounts = accounts;
        this.hasher = hasher;
    }

    /** Makes sure an account with this name, role and provider exists with {@link #PASSWORD}. */
    public String ensure(String username, Role role, String providerId) {
        if (!accounts.existsByUsername(username)) {
            accounts.save(new Account(null, username, hasher.hash(PASSWORD), role, providerId, true, Instant.now()));
        }
        return username;
    }
}
