package nl.aanbodwijzer.security;

import static nl.aanbodwijzer.system.HttpProblems.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.aanbodwijzer.system.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Administrators manage providers and the accounts bound to them. */
@MicronautTest(transactional = false)
class AccountAdministrationTest {
    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestAccounts accounts;

    private BlockingHttpClient client;

    @BeforeEach
    void setUp() {
        client = http.toBlocking();
        accounts.ensure("test-admin", Role.ADMIN, null);
        accounts.ensure("test-projectleider", Role.PROJECTLEIDER, null);
    }

    @Test
    void shouldAddAProviderAndAnAccountThatMayPublishForItsOffers() {
        Map<String, Object> provider = Map.of("id", "rebound", "name", "Rebound Arnhem", "kind", "CARE_ORGANISATION");
        client.exchange(HttpRequest.POST("/api/v1/providers", provider).basicAuth("test-admin", TestAccounts.PASSWORD));
        client.exchange(HttpRequest.POST("/api/v1/accounts", newAccount("rebound-team", "PROVIDER", "rebound"))
                .basicAuth("test-admin", TestAccounts.PASSWORD));
        client.exchange(HttpRequest.POST(
                        "/api/v1/offers",
                        Map.of(
                                "id", "rebound-klas",
                                "name", "Rebound klas",
                                "type", "TUSSENVOORZIENING",
                                "status", "ACTIVE",
                                "providers", List.of(Map.of("id", "rebound", "role", "OPERATOR")),
                                "municipalities", List.of("GM0202"),
                                "sectors", List.of("VO")))
                .basicAuth("test-projectleider", TestAccounts.PASSWORD));

        Map<String, Object> confirmed = client.retrieve(
                HttpRequest.POST("/api/v1/offers/rebound-klas/capacity/confirm", "")
                        .basicAuth("rebound-team", "a-long-password"),
                Map.class);

        assertThat(confirmed.get("stale")).isEqualTo(false);
        assertThat(client.retrieve(HttpRequest.GET("/api/v1/providers"), String.class))
                .contains("Rebound Arnhem");
        assertThat(audit("account", "rebound-team")).contains("ACCOUNT_CREATED");
        assertThat(audit("provider", "rebound")).contains("PROVIDER_CREATED");
    }

    @Test
    void shouldDisableAnAccountAndNeverShowPasswords() {
        client.exchange(HttpRequest.POST("/api/v1/accounts", newAccount("tijdelijk", "COORDINATOR", null))
                .basicAuth("test-admin", TestAccounts.PASSWORD));

        Map<String, Object> changed = client.retrieve(
                HttpRequest.PUT("/api/v1/accounts/tijdelijk", Map.of("role", "COORDINATOR", "enabled", false))
                        .basicAuth("test-admin", TestAccounts.PASSWORD),
                Map.class);
        String all = client.retrieve(
                HttpRequest.GET("/api/v1/accounts").basicAuth("test-admin", TestAccounts.PASSWORD), String.class);

        assertThat(changed.get("enabled")).isEqualTo(false);
        problem(
                client,
                HttpRequest.GET("/api/v1/account").basicAuth("tijdelijk", "a-long-password"),
                HttpStatus.UNAUTHORIZED);
        assertThat(all).contains("tijdelijk").doesNotContain("password", "$2a$", "$2y$");
    }

    @Test
    void shouldBindProviderAccountsToExactlyOneKnownProvider() {
        problem(
                client,
                HttpRequest.POST("/api/v1/accounts", newAccount("zonder", "PROVIDER", null))
                        .basicAuth("test-admin", TestAccounts.PASSWORD),
                HttpStatus.UNPROCESSABLE_ENTITY);
        problem(
                client,
                HttpRequest.POST("/api/v1/accounts", newAccount("onbekend", "PROVIDER", "bestaat-niet"))
                        .basicAuth("test-admin", TestAccounts.PASSWORD),
                HttpStatus.UNPROCESSABLE_ENTITY);
        problem(
                client,
                HttpRequest.POST("/api/v1/accounts", newAccount("coordinator-x", "COORDINATOR", "mariendael"))
                        .basicAuth("test-admin", TestAccounts.PASSWORD),
                HttpStatus.UNPROCESSABLE_ENTITY);
    }

    @Test
    void shouldLeaveAccountsAndProvidersToAdministrators() {
        problem(
                client,
                HttpRequest.GET("/api/v1/accounts").basicAuth("test-projectleider", TestAccounts.PASSWORD),
                HttpStatus.FORBIDDEN);
        problem(
                client,
                HttpRequest.POST("/api/v1/providers", Map.of("id", "x", "name", "X", "kind", "SCHOOL"))
                        .basicAuth("test-projectleider", TestAccounts.PASSWORD),
                HttpStatus.FORBIDDEN);
        problem(client, HttpRequest.POST("/api/v1/accounts", newAccount("x", "ADMIN", null)), HttpStatus.UNAUTHORIZED);
    }

    private static Map<String, Object> newAccount(String username, String role, String providerId) {
        Map<String, Object> account = new HashMap<>();
        account.put("username", username);
        account.put("password", "a-long-password");
        account.put("role", role);
        account.put("providerId", providerId);
        return account;
    }

    private String audit(String entity, String id) {
        return client.retrieve(
                HttpRequest.GET("/api/v1/audit?entity=" + entity + "&id=" + id)
                        .basicAuth("test-admin", TestAccounts.PASSWORD)
                        .header(HttpHeaders.ACCEPT, "application/json"),
                String.class);
    }
}
