package nl.aanbodwijzer.system;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.json.JsonSyntaxException;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.regex.Pattern;
import nl.aanbodwijzer.system.ProblemDetails.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders every error the framework reports (routing, conversion, validation, security) as
 * {@code application/problem+json}. Server errors are logged here and answered without internals.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
final class ProblemResponseProcessor implements ErrorResponseProcessor<ProblemDetails> {
    static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");
    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponseProcessor.class);
    private static final Pattern JAVA_NAMES = Pattern.compile("nl\\.aanbodwijzer|java\\.|javax\\.|class |Exception");

    @Override
    public MutableHttpResponse<ProblemDetails> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        String path = context.getRequest().getPath();
        if (status.getCode() >= 500) {
            LOG.error(
                    "{} {} failed",
                    context.getRequest().getMethod(),
                    path,
                    context.getRootCause().orElse(null));
            return body(response, problem(status, "The server could not complete the request.", path, List.of()));
        }
        if (context.getRootCause().filter(JsonSyntaxException.class::isInstance).isPresent()) {
            return body(response, problem(status, "The request body is not valid JSON.", path, List.of()));
        }
        List<FieldProblem> errors = context.getErrors().stream()
                .filter(error -> error.getPath().isPresent())
                .map(error -> FieldProblem.of(error.getPath().orElseThrow(), inUserTerms(error.getMessage())))
                .toList();
        String detail = context.getErrors().stream()
                .map(Error::getMessage)
                .findFirst()
                .map(ProblemResponseProcessor::inUserTerms)
                .orElse(status.getReason());
        return body(response, problem(status, detail, path, errors));
    }

    /**
     * The JSON reader's reason without the Java types it names around a field: the client knows the
     * field by its JSON name only. A reason that still names Java is replaced as a whole.
     */
    static String inUserTerms(String reason) {
        String cleaned = reason.replaceAll(
                        "Error decoding property \\[(?:[^\\]]* )?(\\w+)\\] of type \\[[^\\]]*\\]: ", "'$1': ")
                .replaceAll(", from `[^`]*`", "");
        return JAVA_NAMES.matcher(cleaned).find() ? "it does not match the contract" : cleaned;
    }

    static ProblemDetails problem(HttpStatus status, String detail, String instance, List<FieldProblem> errors) {
        return new ProblemDetails("about:blank", status.getReason(), status.getCode(), detail, instance, errors);
    }

    static MutableHttpResponse<ProblemDetails> body(MutableHttpResponse<?> response, ProblemDetails problem) {
        return response.body(problem).contentType(PROBLEM_JSON);
    }
}
