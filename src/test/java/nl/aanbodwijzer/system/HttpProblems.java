package nl.aanbodwijzer.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.List;
import nl.aanbodwijzer.api.model.FieldError;
import nl.aanbodwijzer.api.model.Problem;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Makes a call that must fail and answers the problem it got, after checking its form. */
public final class HttpProblems {
    private HttpProblems() {}

    /** A call through a typed client. */
    public static Problem problem(HttpStatus status, ThrowingCallable call) {
        HttpClientResponseException error = catchThrowableOfType(HttpClientResponseException.class, call);
        assertThat((Object) error).as("the call should fail with %s", status).isNotNull();
        assertThat(error.getStatus().getCode()).isEqualTo(status.getCode());
        assertThat(error.getResponse().getContentType())
                .hasValueSatisfying(type -> assertThat(type.toString()).startsWith("application/problem+json"));
        String text = error.getResponse().getBody(String.class).orElseThrow();
        assertThat(text).doesNotContain("Exception", "\tat ");
        Problem problem = error.getResponse().getBody(Problem.class).orElseThrow();
        assertThat(problem.getStatus()).isEqualTo(status.getCode());
        assertThat(problem.getType()).isNotNull();
        assertThat(problem.getTitle()).isNotNull();
        assertThat(problem.getDetail()).isNotNull();
        return problem;
    }

    /** A request the typed model cannot express: unknown fields, wrong types, bare paths. */
    public static Problem problem(BlockingHttpClient client, HttpRequest<?> request, HttpStatus status) {
        return problem(status, () -> client.exchange(request, String.class));
    }

    /** The fields the problem names. */
    public static List<String> fields(Problem problem) {
        return problem.getErrors() == null
                ? List.of()
                : problem.getErrors().stream().map(FieldError::getField).toList();
    }
}
