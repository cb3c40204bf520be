package nl.aanbodwijzer.system;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Answers a {@link ProblemException} with its status, detail and field errors. */
@Singleton
final class ProblemExceptionHandler implements ExceptionHandler<ProblemException, MutableHttpResponse<ProblemDetails>> {
    @Override
    public MutableHttpResponse<ProblemDetails> handle(HttpRequest request, ProblemException exception) {
        ProblemDetails problem = ProblemResponseProcessor.problem(
                exception.status(), exception.getMessage(), request.getPath(), exception.errors());
        return ProblemResponseProcessor.body(HttpResponse.status(exception.status()), problem);
    }
}
