package nl.aanbodwijzer.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OperationsTest extends ApiTest {
    @Test
    void shouldReportHealthWithTheDatabase() {
        String health = raw().retrieve("/health");

        assertThat(health).contains("\"status\":\"UP\"").contains("\"jdbc\"");
    }

    @Test
    void shouldRunOnTheDatabaseOfThisRun() {
        String health = raw().retrieve("/health");
        String database = health.replaceAll(".*\"database\":\"([^\"]+)\",\"version\":\"([^\"]+)\".*", "$1 $2");

        System.out.println("Test run database: " + database);
        assertThat(database).startsWith(MySqlAvailability.isMySqlRun() ? "MySQL" : "H2");
    }

    @Test
    void shouldExposePrometheusMetrics() {
        raw().retrieve("/api/v1/offers");

        String metrics = raw().retrieve("/prometheus");

        assertThat(metrics).contains("http_server_requests_seconds_count").contains("jvm_memory_used_bytes");
    }

    @Test
    void shouldServeTheContractAndABrowsableApiPage() throws Exception {
        String spec = raw().retrieve("/openapi/aanbodwijzer.yaml");
        String page = raw().retrieve(HttpRequest.GET("/api-docs/index.html"));
        String swaggerScript = raw().retrieve("/webjars/swagger-ui/swagger-ui-bundle.js");

        assertThat(spec).isEqualTo(Files.readString(Path.of("openapi/aanbodwijzer.yaml")));
        assertThat(page).contains("/openapi/aanbodwijzer.yaml").contains("swagger-ui-bundle.js");
        assertThat(swaggerScript).isNotEmpty();
    }
}
