package nl.aanbodwijzer.system;

import io.micronaut.http.HttpStatus;
import java.util.List;
import nl.aanbodwijzer.system.ProblemDetails.FieldProblem;

/** Thrown by use cases to answer with a 4xx problem; never carries a stack trace to the client. */
public class ProblemException extends RuntimeException {
    private final HttpStatus status;
    private final List<FieldProblem> errors;

    public ProblemException(HttpStatus status, String detail, List<FieldProblem> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(HttpStatus.NOT_FOUND, detail, List.of());
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(
                HttpStatus.BAD_REQUEST,
                "Invalid value for '" + field + "': " + message,
                List.of(FieldProblem.of(field, message)));
    }

    public HttpStatus status() {
        return status;
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
