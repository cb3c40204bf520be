package nl.aanbodwijzer.security;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Answers HTTP Basic credentials of a paused account or address with 429 before the security filter
 * checks them, which would answer 401 and tell a guesser nothing. Token requests are checked by
 * {@link AccountAuthenticator} itself.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SignInThrottleFilter implements Ordered {
    private static final String BASIC = "Basic ";

    private final SignInThrottle throttle;

    SignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @RequestFilter
    void check(HttpRequest<?> request) {
        request.getHeaders()
                .getAuthorization()
                .filter(header -> header.regionMatches(true, 0, BASIC, 0, BASIC.length()))
                .map(header -> username(header.substring(BASIC.length()).strip()))
                .ifPresent(username -> throttle.check(username, AccountAuthenticator.address(request)));
    }

    private static String username(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? decoded : decoded.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return "";
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}
