package nl.aanbodwijzer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A template that fails while rendering answers 500 at once; it must never leave the answer hanging. */
@MicronautTest(environments = "template-error", transactional = false)
class TemplateErrorTest {
    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void shouldAnswer500AtOnce() {
        long started = System.nanoTime();
        HttpClientResponseException failed =
                catchThrowableOfType(HttpClientResponseException.class, () -> http.toBlocking()
                        .exchange(HttpRequest.GET("/kapotte-pagina"), String.class));
        assertThat(failed.code()).isEqualTo(500);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    /** Hands the not-found template a value of the wrong type, which fails inside the template. */
    @Controller
    @Requires(env = "template-error")
    @Secured(SecurityRule.IS_ANONYMOUS)
    static class BrokenPage {
        @Inject
        Pages pages;

        @Get("/kapotte-pagina")
        MutableHttpResponse<String> broken(HttpRequest<?> request) {
            return pages.page(request, "not-found", "Kapot").with("what", 42).render();
        }
    }
}
