package nl.aanbodwijzer.system;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import nl.aanbodwijzer.system.DomainException.Conflict;
import nl.aanbodwijzer.system.DomainException.Forbidden;
import nl.aanbodwijzer.system.DomainException.InvalidInput;
import nl.aanbodwijzer.system.DomainException.NotFound;
import nl.aanbodwijzer.system.DomainException.RuleViolation;
import nl.aanbodwijzer.system.DomainException.StaleVersion;
import nl.aanbodwijzer.system.DomainException.Throttled;
import nl.aanbodwijzer.system.DomainException.Unauthenticated;
import nl.aanbodwijzer.system.DomainException.VersionRequired;
import nl.aanbodwijzer.system.ProblemDetails.FieldProblem;

/** Answers each kind of {@link DomainException} with its status, detail and offending fields. */
@Singleton
final class DomainExceptionHandler implements ExceptionHandler<DomainException, MutableHttpResponse<ProblemDetails>> {
    @Override
    public MutableHttpResponse<ProblemDetails> handle(HttpRequest request, DomainException exception) {
        HttpStatus status = status(exception);
        List<FieldProblem> fields = violations(exception).stream()
                .map(violation -> new FieldProblem(violation.field(), violation.message(), violation.allowed()))
                .toList();
        ProblemDetails problem =
                ProblemResponseProcessor.problem(status, exception.getMessage(), request.getPath(), fields);
        MutableHttpResponse<?> response = HttpResponse.status(status);
        if (exception instanceof Throttled throttled) {
            response.header(
                    HttpHeaders.RETRY_AFTER,
                    String.valueOf(Math.max(1, throttled.retryAfter().toSeconds())));
        }
        return ProblemResponseProcessor.body(response, problem);
    }

    private static HttpStatus status(DomainException exception) {
        return switch (exception) {
            case NotFound notFound -> HttpStatus.NOT_FOUND;
            case Forbidden forbidden -> HttpStatus.FORBIDDEN;
            case Unauthenticated unauthenticated -> HttpStatus.UNAUTHORIZED;
            case Throttled throttled -> HttpStatus.TOO_MANY_REQUESTS;
            case Conflict conflict -> HttpStatus.CONFLICT;
            case InvalidInput invalid -> HttpStatus.BAD_REQUEST;
            case RuleViolation violation -> HttpStatus.UNPROCESSABLE_ENTITY;
            case VersionRequired required -> HttpStatus.PRECONDITION_REQUIRED;
            case StaleVersion stale -> HttpStatus.PRECONDITION_FAILED;
        };
    }

    private static List<Violation> violations(DomainException exception) {
        return switch (exception) {
            case InvalidInput invalid -> List.of(invalid.violation());
            case RuleViolation violation -> violation.violations();
            default -> List.of();
        };
    }
}
