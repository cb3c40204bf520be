package nl.aanbodwijzer.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;

/** Hashes and checks passwords with bcrypt. */
@Singleton
public class PasswordHasher {
    private static final int COST = 10;
    /** Checked when the user name is unknown, so that a wrong name costs as long as a wrong password. */
    private static final String DUMMY_HASH = BCrypt.withDefaults().hashToString(COST, "not-a-password".toCharArray());

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return BCrypt.verifyer()
                .verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8))
                .verified;
    }

    /** Spends the time of one check without a real hash. */
    public void matchNothing(String password) {
        matches(password, DUMMY_HASH);
    }
}
