package nl.aanbodwijzer.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What makes a password acceptable for an account: 10 to 200 characters, at least 6 different ones,
 * not a run such as "1234567890", not one of the passwords tried first, and not the user name.
 */
final class PasswordRules {
    static final int MINIMUM_LENGTH = 10;
    static final int MAXIMUM_LENGTH = 200;
    private static final int MINIMUM_DIFFERENT = 6;
    private static final List<String> TRIED_FIRST = List.of(
            "wachtwoord",
            "password",
            "welkom",
            "qwerty",
            "azerty",
            "123456",
            "abcdef",
            "letmein",
            "aanbodwijzer",
            "admin");

    private PasswordRules() {}

    /** Why the password is refused, or empty when it is acceptable. */
    static Optional<String> problem(String username, String password) {
        int length = password.codePointCount(0, password.length());
        if (length < MINIMUM_LENGTH || length > MAXIMUM_LENGTH) {
            return Optional.of("must be " + MINIMUM_LENGTH + " to " + MAXIMUM_LENGTH + " characters long");
        }
        if (password.codePoints().distinct().count() < MINIMUM_DIFFERENT) {
            return Optional.of("must hold at least " + MINIMUM_DIFFERENT + " different characters");
        }
        if (isRun(password)) {
            return Optional.of("must not be a run of consecutive characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.contains(username.toLowerCase(Locale.ROOT))
                || TRIED_FIRST.stream().anyMatch(lower::startsWith)) {
            return Optional.of("is too easy to guess: it holds the user name or a common password");
        }
        return Optional.empty();
    }

    private static boolean isRun(String password) {
        int[] points = password.codePoints().toArray();
        int step = points[1] - points[0];
        if (Math.abs(step) != 1) {
            return false;
        }
        for (int i = 2; i < points.length; i++) {
            if (points[i] - points[i - 1] != step) {
                return false;
            }
        }
        return true;
    }
}
