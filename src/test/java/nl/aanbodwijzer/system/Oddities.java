package nl.aanbodwijzer.system;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values a JSON writer will not produce: a lone surrogate escape and nesting deeper than its own
 * recursion allows. They stand in a body as markers and are spelt out in its text.
 */
final class Oddities {
    static final String LONE_SURROGATE = "<<lone-surrogate>>";
    private static final Pattern NESTED = Pattern.compile("\"<<nested-(\\d+)>>\"");

    private Oddities() {}

    static String nested(int depth) {
        return "<<nested-" + depth + ">>";
    }

    /** The body's text with every marker spelt out. */
    static String spell(String json) {
        String text = json.replace(LONE_SURROGATE, "\\ud800");
        Matcher marker = NESTED.matcher(text);
        StringBuilder spelt = new StringBuilder();
        while (marker.find()) {
            int depth = Integer.parseInt(marker.group(1));
            marker.appendReplacement(spelt, Matcher.quoteReplacement("[".repeat(depth) + "1" + "]".repeat(depth)));
        }
        return marker.appendTail(spelt).toString();
    }
}
