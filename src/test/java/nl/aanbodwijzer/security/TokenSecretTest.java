package nl.aanbodwijzer.security;

import static nl.aanbodwijzer.system.HttpProblems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import nl.aanbodwijzer.api.model.Account;
import nl.aanbodwijzer.api.model.Credentials;
import nl.aanbodwijzer.system.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The key that signs tokens is the configured one, or one kept in the database: a token outlives a
 * restart and works on every node with the same key, and on no other.
 */
class TokenSecretTest extends ApiTest {
    @Inject
    ApplicationContext nodeA;

    @Inject
    AccountsClient accountsApi;

    private String token;

    @BeforeEach
    void issueToken() {
        token = accountsApi
                .createToken(new Credentials(accounts.coordinator(), TestAccounts.PASSWORD))
                .getAccessToken();
    }

    @Test
    void shouldAcceptTheTokenAfterARestartWithTheSameKey() {
        try (EmbeddedServer restarted = node(Map.of())) {
            assertThat(account(restarted).getUsername()).isEqualTo(accounts.coordinator());
        }
    }

    @Test
    void shouldRefuseTheTokenOnANodeWithAnotherKey() {
        try (EmbeddedServer other =
                node(Map.of("aanbodwijzer.token-secret", "another-secret-that-is-long-enough-for-hs256"))) {
            HttpClient client = HttpClient.create(other.getURL());
            HttpClientResponseException refused =
                    catchThrowableOfType(HttpClientResponseException.class, () -> client.toBlocking()
                            .exchange(HttpRequest.GET("/api/v1/account").bearerAuth(token)));
            assertThat(refused.getStatus().getCode()).isEqualTo(401);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"unsigned", "signed with another key"})
    void shouldRefuseAForgedToken(String how) throws Exception {
        JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
        String forged = how.equals("unsigned")
                ? new PlainJWT(claims).serialize()
                : signed(claims, "a-key-that-nobody-configured-anywhere-32");

        problem(raw(), HttpRequest.GET("/api/v1/account").bearerAuth(forged), HttpStatus.UNAUTHORIZED);
        problem(raw(), HttpRequest.GET("/api/v1/offers").bearerAuth(forged), HttpStatus.UNAUTHORIZED);
    }

    @Test
    void shouldRefuseToStartWithAKeyTooShortToSignWith() {
        assertThatThrownBy(
                        () -> node(Map.of("aanbodwijzer.token-secret", "kort")).close())
                .hasStackTraceContaining("AANBODWIJZER_TOKEN_SECRET must be at least 32 bytes");
    }

    private static String signed(JWTClaimsSet claims, String key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    private Account account(EmbeddedServer node) {
        try (HttpClient client = HttpClient.create(node.getURL())) {
            return client.toBlocking()
                    .retrieve(HttpRequest.GET("/api/v1/account").bearerAuth(token), Account.class);
        }
    }

    private EmbeddedServer node(Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "micronaut.server.port", -1,
                "datasources.default.url", nodeA.getRequiredProperty("datasources.default.url", String.class),
                "flyway.datasources.default.clean-schema", false,
                "aanbodwijzer.import-on-start", false,
                "aanbodwijzer.demo-accounts.enabled", false));
        properties.putAll(extra);
        return ApplicationContext.run(EmbeddedServer.class, properties, "test");
    }
}
