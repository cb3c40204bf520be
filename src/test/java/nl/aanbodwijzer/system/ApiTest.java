package nl.aanbodwijzer.system;

import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.aanbodwijzer.security.TestAccounts;
import org.junit.jupiter.api.AfterEach;

/**
 * The base of the HTTP tests: the service on a database of its own (H2, or MySQL in that run), test
 * accounts, a snapshot of every table, and sign-in for the typed clients, which each test injects
 * (they extend the generated API interfaces).
 */
@MicronautTest(transactional = false)
public abstract class ApiTest {
    @Inject
    @Client("/")
    protected HttpClient http;

    @Inject
    protected TestAccounts accounts;

    @Inject
    protected DatabaseSnapshot database;

    private PropagatedContext.Scope signedIn;

    /** The typed clients send their requests on this thread as this account from now on. */
    protected void signIn(String username) {
        signOut();
        signedIn = PropagatedContext.getOrEmpty().plus(new SignedIn(username)).propagate();
    }

    /** The typed clients send their requests without an account from now on. */
    @AfterEach
    protected void signOut() {
        if (signedIn != null) {
            signedIn.close();
            signedIn = null;
        }
    }

    /** For requests the typed model cannot express: unknown fields, wrong types, bare paths. */
    protected BlockingHttpClient raw() {
        return http.toBlocking();
    }
}
