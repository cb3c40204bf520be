package nl.aanbodwijzer.system;

import java.util.List;
import nl.aanbodwijzer.system.DomainException.StaleVersion;
import nl.aanbodwijzer.system.DomainException.VersionRequired;

/** Entity tags of versioned resources, and the If-Match rules for changing them. */
public final class Versions {
    private Versions() {}

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Checks an If-Match header against the current version: {@link VersionRequired} when it is
     * required and missing, {@link StaleVersion} when it names another version (weak tags never match).
     * A write that finds the version changed after this check throws {@link StaleVersion} itself.
     */
    public static void requireMatch(String ifMatch, long currentVersion, boolean required) {
        if (ifMatch == null || ifMatch.isBlank()) {
            if (required) {
                throw new VersionRequired();
            }
            return;
        }
        String current = etag(currentVersion);
        boolean matches = List.of(ifMatch.split(",")).stream()
                .map(String::strip)
                .anyMatch(tag -> tag.equals("*") || tag.equals(current));
        if (!matches) {
            throw new StaleVersion();
        }
    }
}
