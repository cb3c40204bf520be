package nl.aanbodwijzer.system;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** An RFC 9457 problem: the body of every error answer. */
@Serdeable
public record ProblemDetails(
        String type,
        String title,
        int status,
        String detail,
        @Nullable String instance,
        List<FieldProblem> errors) {

    /** One offending field (or parameter), with the values it may take when they are few. */
    @Serdeable
    public record FieldProblem(
            String field, String message, @Nullable List<String> allowed) {
        public static FieldProblem of(String field, String message) {
            return new FieldProblem(field, message, null);
        }
    }
}
