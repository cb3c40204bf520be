package nl.aanbodwijzer.system;

import static nl.aanbodwijzer.system.HttpProblems.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import nl.aanbodwijzer.api.model.Problem;
import nl.aanbodwijzer.security.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the service shows to whom: health details and metrics only to administrators, safe headers on every answer. */
class ExposureTest extends ApiTest {

    @Test
    void shouldTellAnyoneOnlyWhetherTheServiceIsUp() {
        String anonymous = raw().retrieve(HttpRequest.GET("/health"), String.class);
        String coordinator = raw().retrieve(as(HttpRequest.GET("/health"), accounts.coordinator()), String.class);

        assertThat(anonymous).contains("\"status\":\"UP\"").doesNotContain("jdbc", "diskSpace", "data");
        assertThat(coordinator).doesNotContain("jdbc", "diskSpace", "data");
    }

    @Test
    void shouldShowHealthDetailsAndMetricsToAnAdministrator() {
        String health = raw().retrieve(as(HttpRequest.GET("/health"), accounts.admin()), String.class);
        HttpResponse<String> metrics =
                raw().exchange(as(HttpRequest.GET("/prometheus"), accounts.admin()), String.class);

        assertThat(health).contains("jdbc", "diskSpace");
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void shouldKeepMetricsFromEveryoneButAdministrators() {
        assertThat(status(HttpRequest.GET("/prometheus"))).isEqualTo(401);
        assertThat(status(as(HttpRequest.GET("/prometheus"), accounts.coordinator())))
                .isEqualTo(403);
        assertThat(status(as(HttpRequest.GET("/prometheus"), accounts.projectleider())))
                .isEqualTo(403);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/offers", "/api/v1/gaps", "/api/v1/no-such-thing", "/api-docs/index.html"})
    void shouldSendSafeHeadersOnEveryAnswer(String path) {
        HttpResponse<?> response = answer(as(HttpRequest.GET(path), accounts.projectleider()));

        assertThat(response.getHeaders().get("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(response.getHeaders().get("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeaders().get("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(response.getHeaders().get("X-Frame-Options")).isEqualTo("DENY");
        if (path.startsWith("/api/")) {
            assertThat(response.getHeaders().get("Cache-Control")).isEqualTo("no-store");
        }
    }

    @Test
    void shouldNotLetATokenBeCached() {
        HttpResponse<?> response = raw().exchange(HttpRequest.POST(
                "/api/v1/auth/token",
                "{\"username\":\"" + accounts.coordinator() + "\",\"password\":\"" + TestAccounts.PASSWORD + "\"}"));

        assertThat(response.getHeaders().get("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void shouldRefuseAForeignOriginWithAProblem() {
        Problem problem = problem(
                raw(),
                HttpRequest.GET("/api/v1/offers").header("Origin", "https://evil.example"),
                HttpStatus.FORBIDDEN);

        assertThat(problem.getDetail()).contains("https://evil.example");
    }

    private static MutableHttpRequest<?> as(MutableHttpRequest<?> request, String username) {
        return request.basicAuth(username, TestAccounts.PASSWORD);
    }

    private HttpResponse<?> answer(HttpRequest<?> request) {
        try {
            return raw().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            return e.getResponse();
        }
    }

    private int status(HttpRequest<?> request) {
        return answer(request).code();
    }
}
