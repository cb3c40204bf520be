package nl.aanbodwijzer.system;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** One rule an input breaks: the field (a path such as {@code locations[0].municipality}) and why. */
public record Violation(
        String field, String message, @Nullable List<String> allowed) {
    public Violation(String field, String message) {
        this(field, message, null);
    }
}
