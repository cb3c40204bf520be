package nl.aanbodwijzer.system;

import io.micronaut.http.HttpStatus;
import java.util.List;

/** Entity tags of versioned resources, and the If-Match rules for changing them. */
public final class Versions {
    private Versions() {}

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Checks an If-Match header against the current version: 428 when it is required and missing,
     * 412 when it names another version (weak tags never match).
     */
    public static void requireMatch(String ifMatch, long currentVersion, boolean required) {
        if (ifMatch == null || ifMatch.isBlank()) {
            if (required) {
                throw new ProblemException(
                        HttpStatus.PRECONDITION_REQUIRED,
                        "This change needs an If-Match header with the ETag you read (GET the resource first).",
                        List.of());
            }
            return;
        }
        String current = etag(currentVersion);
        boolean matches = List.of(ifMatch.split(",")).stream()
                .map(String::strip)
                .anyMatch(tag -> tag.equals("*") || tag.equals(current));
        if (!matches) {
            throw stale(currentVersion);
        }
    }

    /** The answer when someone else changed the resource first. */
    public static ProblemException stale(long currentVersion) {
        return new ProblemException(
                HttpStatus.PRECONDITION_FAILED,
                "The resource was changed by someone else (its ETag is now " + etag(currentVersion)
                        + "); read it again and retry. Nothing was written.",
                List.of());
    }
}
