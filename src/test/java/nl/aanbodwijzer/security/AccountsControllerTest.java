package nl.aanbodwijzer.security;

import static nl.aanbodwijzer.system.HttpProblems.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import nl.aanbodwijzer.api.model.Account;
import nl.aanbodwijzer.api.model.Role;
import nl.aanbodwijzer.api.model.Token;
import nl.aanbodwijzer.catalog.providers.ProviderDirectory;
import nl.aanbodwijzer.system.MySqlAvailability;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class AccountsControllerTest {
    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestAccounts testAccounts;

    @Inject
    AccountRepository accounts;

    @Inject
    ProviderDirectory providers;

    @Test
    void shouldKnowTheAccountSignedInWithBasicAuth() {
        String username = testAccounts.ensure("test-coordinator", nl.aanbodwijzer.system.Role.COORDINATOR, null);

        Account account = http.toBlocking()
                .retrieve(HttpRequest.GET("/api/v1/account").basicAuth(username, TestAccounts.PASSWORD), Account.class);

        assertThat(account.getUsername()).isEqualTo(username);
        assertThat(account.getRole()).isEqualTo(Role.COORDINATOR);
        assertThat(account.getProviderId()).isNull();
    }

    @Test
    void shouldIssueABearerTokenThatCarriesRoleAndProvider() {
        String username = testAccounts.ensure("test-provider-grip", nl.aanbodwijzer.system.Role.PROVIDER, "at-zorg");

        Token token = http.toBlocking()
                .retrieve(
                        HttpRequest.POST(
                                "/api/v1/auth/token", Map.of("username", username, "password", TestAccounts.PASSWORD)),
                        Token.class);
        Account account = http.toBlocking()
                .retrieve(HttpRequest.GET("/api/v1/account").bearerAuth(token.getAccessToken()), Account.class);

        assertThat(token.getTokenType()).isEqualTo("Bearer");
        assertThat(token.getExpiresIn()).isPositive();
        assertThat(account.getRole()).isEqualTo(Role.PROVIDER);
        assertThat(account.getProviderId()).isEqualTo("at-zorg");
    }

    @Test
    void shouldRefuseWrongPasswordsUnknownNamesAndForgedTokens() {
        String username = testAccounts.ensure("test-admin", nl.aanbodwijzer.system.Role.ADMIN, null);

        problem(
                http.toBlocking(),
                HttpRequest.POST("/api/v1/auth/token", Map.of("username", username, "password", "wrong")),
                HttpStatus.UNAUTHORIZED);
        problem(
                http.toBlocking(),
                HttpRequest.POST("/api/v1/auth/token", Map.of("username", "nobody", "password", "wrong")),
                HttpStatus.UNAUTHORIZED);
        problem(
                http.toBlocking(),
                HttpRequest.GET("/api/v1/account").basicAuth(username, "wrong"),
                HttpStatus.UNAUTHORIZED);
        problem(
                http.toBlocking(),
                HttpRequest.GET("/api/v1/account").bearerAuth("not.a.token"),
                HttpStatus.UNAUTHORIZED);
        problem(http.toBlocking(), HttpRequest.GET("/api/v1/account"), HttpStatus.UNAUTHORIZED);
    }

    @Test
    void shouldRejectATokenRequestWithoutAPassword() {
        Map<String, Object> problem = problem(
                http.toBlocking(),
                HttpRequest.POST("/api/v1/auth/token", Map.of("username", "x")),
                HttpStatus.BAD_REQUEST);

        assertThat(problem.get("errors").toString()).contains("password");
    }

    @Test
    void shouldHaveDemoAccountsOnlyInTheEmbeddedDefault() {
        if (MySqlAvailability.isMySqlRun()) {
            assertThat(accounts.findByUsername("coordinator")).isEmpty();
            return;
        }
        assertThat(accounts.findByUsername("coordinator"))
                .hasValueSatisfying(a -> assertThat(a.role()).isEqualTo(nl.aanbodwijzer.system.Role.COORDINATOR));
        assertThat(accounts.findByUsername("projectleider")).isPresent();
        assertThat(accounts.findByUsername("admin")).isPresent();
        providers.all().forEach(provider -> assertThat(accounts.findByUsername("provider-" + provider.id()))
                .hasValueSatisfying(a -> assertThat(a.providerId()).isEqualTo(provider.id())));
        Account demo = http.toBlocking()
                .retrieve(HttpRequest.GET("/api/v1/account").basicAuth("provider-mariendael", "demo"), Account.class);
        assertThat(demo.getProviderId()).isEqualTo("mariendael");
    }
}
