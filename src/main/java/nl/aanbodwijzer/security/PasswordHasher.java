package nl.aanbodwijzer.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;

/**
 * Hashes and checks passwords with bcrypt. Bcrypt reads at most 72 bytes, and the contract allows 200
 * characters (up to 800 bytes): a longer password is first hashed with SHA-512, as the library offers,
 * so that every character counts and none is refused. Passwords of up to 72 bytes hash as before.
 */
@Singleton
public class PasswordHasher {
    private static final int COST = 10;
    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2A;
    private static final BCrypt.Hasher HASHER = BCrypt.with(VERSION, LongPasswordStrategies.hashSha512(VERSION));
    private static final BCrypt.Verifyer VERIFYER =
            BCrypt.verifyer(VERSION, LongPasswordStrategies.hashSha512(VERSION));
    /** Checked when the user name is unknown, so that a wrong name costs as long as a wrong password. */
    private static final String DUMMY_HASH = HASHER.hashToString(COST, "not-a-password".toCharArray());

    public String hash(String password) {
        return HASHER.hashToString(COST, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return VERIFYER.verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8))
                .verified;
    }

    /** Spends the time of one check without a real hash; never matches. */
    public boolean matchNothing(String password) {
        matches(password, DUMMY_HASH);
        return false;
    }
}
