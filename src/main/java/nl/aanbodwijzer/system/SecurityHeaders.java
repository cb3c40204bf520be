package nl.aanbodwijzer.system;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * The headers every answer carries: no framing by other sites, no guessing of content types, no
 * referrer to other sites, only the service's own scripts; and {@code no-store} on every API answer, since many hold
 * gaps, accounts or tokens that no cache between client and service may keep.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SecurityHeaders implements Ordered {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @ResponseFilter
    void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.header("X-Content-Type-Options", "nosniff");
        response.header("X-Frame-Options", "DENY");
        // same-origin, not no-referrer: with no-referrer a browser sends "Origin: null" with a form, which the CORS
        // filter refuses
        response.header("Referrer-Policy", "same-origin");
        if (request.getPath().startsWith("/api/")) {
            response.header(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }

    /** Outermost, so that answers made by other filters (security, CORS) get the headers too. */
    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
