package nl.aanbodwijzer.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.aanbodwijzer.security.TestAccounts;
import org.junit.jupiter.api.Test;

class OperationsTest extends ApiTest {
    @Test
    void shouldReportHealthWithTheDatabaseToAnAdministrator() {
        String health = asAdmin("/health");

        assertThat(health).contains("\"status\":\"UP\"").contains("\"jdbc\"");
    }

    @Test
    void shouldRunOnTheDatabaseOfThisRun() {
        String health = asAdmin("/health");
        String database = health.replaceAll(".*\"database\":\"([^\"]+)\",\"version\":\"([^\"]+)\".*", "$1 $2");

        System.out.println("Test run database: " + database);
        assertThat(database).startsWith(MySqlAvailability.isMySqlRun() ? "MySQL" : "H2");
    }

    @Test
    void shouldExposePrometheusMetrics() {
        raw().retrieve("/api/v1/offers");

        String metrics = asAdmin("/prometheus");

        assertThat(metrics).contains("http_server_requests_seconds_count").contains("jvm_memory_used_bytes");
    }

    @Test
    void shouldServeTheContractAndABrowsableApiPage() throws Exception {
        String spec = raw().retrieve("/openapi/aanbodwijzer.yaml");
        String page = raw().retrieve(HttpRequest.GET("/api-docs/index.html"));
        String start = raw().retrieve(HttpRequest.GET("/api-docs/start.js"));
        String swaggerScript = raw().retrieve("/webjars/swagger-ui/swagger-ui-bundle.js");

        assertThat(spec).isEqualTo(Files.readString(Path.of("openapi/aanbodwijzer.yaml")));
        assertThat(page).contains("/api-docs/start.js").contains("swagger-ui-bundle.js");
        assertThat(start).contains("/openapi/aanbodwijzer.yaml");
        assertThat(swaggerScript).isNotEmpty();
    }

    private String asAdmin(String path) {
        return raw().retrieve(HttpRequest.GET(path).basicAuth(accounts.admin(), TestAccounts.PASSWORD));
    }
}
