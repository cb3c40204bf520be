package nl.aanbodwijzer.system;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import nl.aanbodwijzer.system.ProblemDetails.FieldProblem;

/**
 * Answers a parameter that cannot be converted (a word for a number) with a 400 problem. Codes and
 * booleans in the request line are checked before this, by {@link RequestLineRules}.
 */
@Singleton
@Replaces(io.micronaut.http.server.exceptions.ConversionErrorHandler.class)
final class ConversionErrorHandler
        implements ExceptionHandler<ConversionErrorException, MutableHttpResponse<ProblemDetails>> {
    @Override
    public MutableHttpResponse<ProblemDetails> handle(HttpRequest request, ConversionErrorException exception) {
        String field = exception.getArgument().getName();
        Class<?> type = exception.getArgument().getType();
        String value = sentValue(request, exception);
        FieldProblem error;
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            error = FieldProblem.of(field, "'" + value + "' is not a whole number");
        } else if (type == String.class || type.isPrimitive()) {
            error = FieldProblem.of(field, "'" + value + "' is not a valid " + type.getSimpleName());
        } else {
            return body(request, exception);
        }
        ProblemDetails problem = ProblemResponseProcessor.problem(
                HttpStatus.BAD_REQUEST,
                "Invalid value for '" + field + "': " + error.message(),
                request.getPath(),
                List.of(error));
        return ProblemResponseProcessor.body(HttpResponse.badRequest(), problem);
    }

    /** The value as the client sent it: a query parameter is read from the request itself. */
    private static String sentValue(HttpRequest<?> request, ConversionErrorException exception) {
        String field = exception.getArgument().getName();
        return request.getParameters()
                .getFirst(field)
                .or(() -> exception.getConversionError().getOriginalValue().map(Object::toString))
                .orElse("");
    }

    /** A request body that does not fit its type: say why, in the words of the JSON reader. */
    private static MutableHttpResponse<ProblemDetails> body(
            HttpRequest<?> request, ConversionErrorException exception) {
        Throwable cause = exception.getConversionError().getCause();
        String reason = cause == null || cause.getMessage() == null
                ? ""
                : cause.getMessage().lines().findFirst().orElse("").strip();
        ProblemDetails problem = ProblemResponseProcessor.problem(
                HttpStatus.BAD_REQUEST,
                "The request body is not valid: " + ProblemResponseProcessor.inUserTerms(reason),
                request.getPath(),
                List.of());
        return ProblemResponseProcessor.body(HttpResponse.badRequest(), problem);
    }
}
