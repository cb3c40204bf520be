package nl.aanbodwijzer.system;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import nl.aanbodwijzer.system.ProblemDetails.FieldProblem;

/** Answers bean-validation failures with a 400 problem that names each field as the client sent it. */
@Singleton
@Replaces(ConstraintExceptionHandler.class)
final class ConstraintViolationHandler
        implements ExceptionHandler<ConstraintViolationException, MutableHttpResponse<ProblemDetails>> {

    @Override
    public MutableHttpResponse<ProblemDetails> handle(HttpRequest request, ConstraintViolationException exception) {
        List<FieldProblem> errors = exception.getConstraintViolations().stream()
                .map(violation -> FieldProblem.of(fieldName(violation), violation.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        String detail = errors.stream()
                .map(error -> error.field() + ": " + error.message())
                .collect(Collectors.joining("; ", "Invalid request: ", ""));
        ProblemDetails problem =
                ProblemResponseProcessor.problem(HttpStatus.BAD_REQUEST, detail, request.getPath(), errors);
        return ProblemResponseProcessor.body(HttpResponse.badRequest(), problem);
    }

    /** Drops the method and argument nodes ("listOffers.size" becomes "size", "createToken.credentials.username" becomes "username"). */
    private static String fieldName(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.PARAMETER) {
                names.add(node.getName());
            }
        }
        if (names.isEmpty()) {
            return violation.getPropertyPath().toString();
        }
        return names.size() > 1 ? String.join(".", names.subList(1, names.size())) : names.get(0);
    }
}
