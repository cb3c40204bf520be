package nl.aanbodwijzer.web;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.csrf.generator.CsrfHmacTokenGenerator;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.aanbodwijzer.system.ServerSecrets;

/**
 * CSRF tokens as "signature.random", signed (HMAC-SHA256) with a key the service keeps in its
 * database, the same on every node, so that a token planted in a browser by anyone else does not
 * validate. The framework's own generator takes its key from configuration only. Made at start-up,
 * so that the key is in place before the first request, which then writes nothing.
 */
@Context
@Primary
final class SignedCsrfTokens implements CsrfHmacTokenGenerator<HttpRequest<?>> {
    private static final int RANDOM_BYTES = 24;
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;

    SignedCsrfTokens(ServerSecrets secrets) {
        this.key = new SecretKeySpec(secrets.key("csrf-signature"), "HmacSHA256");
    }

    @Override
    public String generateCsrfToken(HttpRequest<?> request) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        String value = BASE64.encodeToString(bytes);
        return hmac(request, value) + HMAC_RANDOM_SEPARATOR + value;
    }

    /** Whether {@code token} was made by this service (with its key), and not by anyone else. */
    boolean isSigned(HttpRequest<?> request, String token) {
        int separator = token.indexOf(HMAC_RANDOM_SEPARATOR);
        return separator > 0
                && MessageDigest.isEqual(
                        token.substring(0, separator).getBytes(StandardCharsets.UTF_8),
                        hmac(request, token.substring(separator + 1)).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String hmac(HttpRequest<?> request, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return BASE64.encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
