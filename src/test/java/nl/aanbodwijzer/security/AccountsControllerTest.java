package nl.aanbodwijzer.security;

import static nl.aanbodwijzer.system.HttpProblems.fields;
import static nl.aanbodwijzer.system.HttpProblems.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Inject;
import java.util.Map;
import nl.aanbodwijzer.api.model.Account;
import nl.aanbodwijzer.api.model.Credentials;
import nl.aanbodwijzer.api.model.Role;
import nl.aanbodwijzer.api.model.Token;
import nl.aanbodwijzer.catalog.providers.ProviderDirectory;
import nl.aanbodwijzer.system.ApiTest;
import nl.aanbodwijzer.system.MySqlAvailability;
import org.junit.jupiter.api.Test;

class AccountsControllerTest extends ApiTest {
    @Inject
    AccountsClient accountsApi;

    @Inject
    AccountRepository stored;

    @Inject
    ProviderDirectory providers;

    @Test
    void shouldKnowTheAccountSignedInWithBasicAuth() {
        String username = accounts.coordinator();
        signIn(username);

        Account account = accountsApi.getAccount();

        assertThat(account.getUsername()).isEqualTo(username);
        assertThat(account.getRole()).isEqualTo(Role.COORDINATOR);
        assertThat(account.getProviderId()).isNull();
    }

    @Test
    void shouldIssueABearerTokenThatCarriesRoleAndProvider() {
        String username = accounts.provider("at-zorg");

        Token token = accountsApi.createToken(new Credentials(username, TestAccounts.PASSWORD));
        Account account =
                raw().retrieve(HttpRequest.GET("/api/v1/account").bearerAuth(token.getAccessToken()), Account.class);

        assertThat(token.getTokenType()).isEqualTo("Bearer");
        assertThat(token.getExpiresIn()).isPositive();
        assertThat(account.getRole()).isEqualTo(Role.PROVIDER);
        assertThat(account.getProviderId()).isEqualTo("at-zorg");
    }

    @Test
    void shouldRefuseWrongPasswordsUnknownNamesAndForgedTokens() {
        String username = accounts.admin();

        problem(HttpStatus.UNAUTHORIZED, () -> accountsApi.createToken(new Credentials(username, "wrong")));
        problem(HttpStatus.UNAUTHORIZED, () -> accountsApi.createToken(new Credentials("nobody", "wrong")));
        problem(raw(), HttpRequest.GET("/api/v1/account").basicAuth(username, "wrong"), HttpStatus.UNAUTHORIZED);
        problem(raw(), HttpRequest.GET("/api/v1/account").bearerAuth("not.a.token"), HttpStatus.UNAUTHORIZED);
        problem(HttpStatus.UNAUTHORIZED, () -> accountsApi.getAccount());
    }

    /** Without a password the body does not fit the typed model, so it is sent as plain JSON. */
    @Test
    void shouldRejectATokenRequestWithoutAPassword() {
        assertThat(fields(problem(
                        raw(),
                        HttpRequest.POST("/api/v1/auth/token", Map.of("username", "x")),
                        HttpStatus.BAD_REQUEST)))
                .contains("password");
    }

    @Test
    void shouldHaveDemoAccountsOnlyInTheEmbeddedDefault() {
        if (MySqlAvailability.isMySqlRun()) {
            assertThat(stored.findByUsername("coordinator")).isEmpty();
            return;
        }
        assertThat(stored.findByUsername("coordinator"))
                .hasValueSatisfying(a -> assertThat(a.role()).isEqualTo(nl.aanbodwijzer.system.Role.COORDINATOR));
        assertThat(stored.findByUsername("projectleider")).isPresent();
        assertThat(stored.findByUsername("admin")).isPresent();
        providers.all().forEach(provider -> assertThat(stored.findByUsername("provider-" + provider.id()))
                .hasValueSatisfying(a -> assertThat(a.providerId()).isEqualTo(provider.id())));
        Account demo = raw().retrieve(
                        HttpRequest.GET("/api/v1/account").basicAuth("provider-mariendael", "demo"), Account.class);
        assertThat(demo.getProviderId()).isEqualTo("mariendael");
    }
}
