package nl.aanbodwijzer.gaps;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.aanbodwijzer.system.ServerSecrets;

/**
 * Turns a coordinator's case reference into a keyed hash (HMAC-SHA256), the only form in which it
 * is kept. A case belongs to the account that sent it: the hash covers the user name too, so that the
 * same reference from another coordinator is another case. The key is {@code aanbodwijzer.case-secret}; without one (the embedded default) the
 * service makes a random key once and keeps it in the database ({@link ServerSecrets}).
 */
@Singleton
class CaseReferences {
    private static final String SECRET_NAME = "case-reference";

    private final String configured;
    private final ServerSecrets secrets;
    private volatile byte[] key;

    CaseReferences(@Value("${aanbodwijzer.case-secret:}") String configured, ServerSecrets secrets) {
        this.configured = configured;
        this.secrets = secrets;
    }

    /** The keyed hash of an account's case reference, or null without one. */
    String hash(String username, String caseReference) {
        if (caseReference == null || caseReference.isBlank()) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return HexFormat.of()
                    .formatHex(mac.doFinal((username + '\n' + caseReference.strip()).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private byte[] key() {
        if (key == null) {
            key = configured.isBlank() ? secrets.key(SECRET_NAME) : configured.getBytes(StandardCharsets.UTF_8);
        }
        return key;
    }
}
