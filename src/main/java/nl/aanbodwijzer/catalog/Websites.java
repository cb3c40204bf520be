package nl.aanbodwijzer.catalog;

import java.net.URI;

/** Websites as the sources write them, and as links. */
public final class Websites {
    private Websites() {}

    /**
     * A website as an absolute http(s) URI, or null when it is none: the sources write most without
     * a scheme ("www.school.nl"), which a link would read as a path, so they get "http://" (servers
     * send a browser on to https themselves).
     */
    public static String uri(String website) {
        if (website == null) {
            return null;
        }
        String uri = website.matches("(?i)https?://.*") ? website : "http://" + website;
        try {
            return URI.create(uri).getHost() == null ? null : uri;
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }
}
