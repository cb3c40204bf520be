package nl.aanbodwijzer.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class OperationsTest {
    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void shouldReportHealthWithTheDatabase() {
        String health = http.toBlocking().retrieve("/health");

        assertThat(health).contains("\"status\":\"UP\"").contains("\"jdbc\"");
    }

    @Test
    void shouldRunOnTheDatabaseOfThisRun() {
        String health = http.toBlocking().retrieve("/health");
        String database = health.replaceAll(".*\"database\":\"([^\"]+)\",\"version\":\"([^\"]+)\".*", "$1 $2");

        System.out.println("Test run database: " + database);
        assertThat(database).startsWith(MySqlAvailability.isMySqlRun() ? "MySQL" : "H2");
    }

    @Test
    void shouldExposePrometheusMetrics() {
        http.toBlocking().retrieve("/api/v1/offers");

        String metrics = http.toBlocking().retrieve("/prometheus");

        assertThat(metrics).contains("http_server_requests_seconds_count").contains("jvm_memory_used_bytes");
    }

    @Test
    void shouldServeTheContractAndABrowsableApiPage() throws Exception {
        String spec = http.toBlocking().retrieve("/openapi/aanbodwijzer.yaml");
        String page = http.toBlocking().retrieve(HttpRequest.GET("/api-docs/index.html"));
        String swaggerScript = http.toBlocking().retrieve("/webjars/swagger-ui/swagger-ui-bundle.js");

        assertThat(spec).isEqualTo(Files.readString(Path.of("openapi/aanbodwijzer.yaml")));
        assertThat(page).contains("/openapi/aanbodwijzer.yaml").contains("swagger-ui-bundle.js");
        assertThat(swaggerScript).isNotEmpty();
    }
}
