package nl.aanbodwijzer.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.Map;

/** Sends a request that must fail and answers the problem it got, after checking its form. */
public final class HttpProblems {
    private HttpProblems() {}

    @SuppressWarnings("unchecked")
    public static Map<String, Object> problem(BlockingHttpClient client, HttpRequest<?> request, HttpStatus status) {
        HttpClientResponseException error = catchThrowableOfType(
                HttpClientResponseException.class,
                () -> client.exchange(request, Argument.of(String.class), Argument.of(Map.class)));
        assertThat((Object) error)
                .as("%s %s should fail", request.getMethod(), request.getPath())
                .isNotNull();
        assertThat(error.getStatus().getCode()).isEqualTo(status.getCode());
        assertThat(error.getResponse().getContentType())
                .hasValueSatisfying(type -> assertThat(type.toString()).startsWith("application/problem+json"));
        Map<String, Object> body = error.getResponse().getBody(Map.class).orElseThrow();
        assertThat(body).containsEntry("status", status.getCode()).containsKeys("type", "title", "detail");
        assertThat(body.toString()).doesNotContain("Exception", "\tat ");
        return body;
    }
}
