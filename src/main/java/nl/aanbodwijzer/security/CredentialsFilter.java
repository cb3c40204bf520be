package nl.aanbodwijzer.security;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import nl.aanbodwijzer.system.DomainException.Unauthenticated;

/**
 * Answers credentials that do not hold with 401 on every route, public ones too (as GitHub's API
 * does): the security filter lets a request with a bad token or password through to a public route
 * as if it had none, and the caller would never learn that its credentials are wrong.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class CredentialsFilter implements Ordered {

    @RequestFilter
    void check(HttpRequest<?> request) {
        if (request.getHeaders().getAuthorization().isEmpty()
                || request.getUserPrincipal().isPresent()) {
            return;
        }
        throw new Unauthenticated(
                "The credentials sent are not valid (wrong password, or an expired or revoked token).");
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
