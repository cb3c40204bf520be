package nl.aanbodwijzer.system;

import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.core.propagation.PropagatedContextElement;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;
import java.util.Optional;
import nl.aanbodwijzer.security.TestAccounts;

/**
 * The test account the typed clients sign in as, carried in Micronaut's propagated context so that
 * the client filter sees it on whatever thread it runs. A request that brings its own credentials
 * keeps them.
 */
public record SignedIn(String username) implements PropagatedContextElement {
    static Optional<SignedIn> current() {
        return PropagatedContext.find().flatMap(context -> context.find(SignedIn.class));
    }

    /** Adds HTTP Basic credentials of the signed-in test account to every client request. */
    @ClientFilter("/**")
    static final class Filter {
        @RequestFilter
        void signIn(MutableHttpRequest<?> request) {
            if (request.getHeaders().getAuthorization().isEmpty()) {
                current().ifPresent(account -> request.basicAuth(account.username(), TestAccounts.PASSWORD));
            }
        }
    }
}
