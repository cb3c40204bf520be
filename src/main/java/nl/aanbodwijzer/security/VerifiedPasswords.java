package nl.aanbodwijzer.security;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The passwords that passed the bcrypt check in the last minutes, so that a script using HTTP Basic
 * pays for one check, not one per request. Only a keyed hash (HMAC-SHA256 with a key made at start and
 * never stored) is kept, per account and for the password hash it was checked against: a changed
 * password, or another one, is checked by bcrypt again.
 */
@Singleton
class VerifiedPasswords {
    static final Duration KEPT = Duration.ofMinutes(10);
    private static final int MAX_ACCOUNTS = 10_000;

    private record Verified(byte[] mac, String passwordHash, Instant until) {}

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final Clock clock;

    VerifiedPasswords(Clock clock) {
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** Whether this password passed the check against this stored hash within {@link #KEPT}. */
    boolean known(String username, String password, String passwordHash) {
        Verified entry = verified.get(username);
        return entry != null
                && entry.passwordHash().equals(passwordHash)
                && clock.instant().isBefore(entry.until())
                && MessageDigest.isEqual(entry.mac(), mac(password));
    }

    void remember(String username, String password, String passwordHash) {
        if (verified.size() >= MAX_ACCOUNTS) {
            verified.clear();
        }
        verified.put(
                username,
                new Verified(mac(password), passwordHash, clock.instant().plus(KEPT)));
    }

    private byte[] mac(String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
