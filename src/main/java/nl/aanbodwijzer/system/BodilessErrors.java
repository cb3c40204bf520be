package nl.aanbodwijzer.system;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.List;

/**
 * Gives an error answer that some filter made without a body (the CORS filter refusing a foreign
 * Origin answers a bare 403) the problem body every other error has.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class BodilessErrors implements Ordered {

    @ResponseFilter
    void addProblem(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.code() < 400
                || response.getBody().isPresent()
                || request.getMethod().name().equals("HEAD")) {
            return;
        }
        String detail = request.getHeaders().getOrigin().isPresent() && response.code() == 403
                ? "Requests from another site ("
                        + request.getHeaders().getOrigin().orElseThrow() + ") are not allowed."
                : response.reason();
        HttpStatus status = HttpStatus.valueOf(response.code());
        ProblemResponseProcessor.body(
                response, ProblemResponseProcessor.problem(status, detail, request.getPath(), List.of()));
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 1;
    }
}
