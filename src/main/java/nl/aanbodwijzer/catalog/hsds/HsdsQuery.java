package nl.aanbodwijzer.catalog.hsds;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import nl.aanbodwijzer.system.DomainException.InvalidInput;

/** The query parameters of the HSDS API, read strictly: a value that does not parse is a 400 naming it. */
final class HsdsQuery {
    private HsdsQuery() {}

    static int page(String value) {
        return whole("page", value, 1, 1, Integer.MAX_VALUE);
    }

    static int perPage(String value) {
        return whole("per_page", value, HsdsPage.DEFAULT_SIZE, 1, HsdsPage.MAX_SIZE);
    }

    static boolean flag(String name, String value) {
        if (value == null) {
            return false;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw new InvalidInput(name, "'" + value + "' is not true or false");
        }
        return value.equals("true");
    }

    /** Only JSON is served; ndjson is not. */
    static void format(String value) {
        if (value != null && !value.equals("json")) {
            throw new InvalidInput("format", "'" + value + "' is not served; the only format is json");
        }
    }

    /** A date-time with its offset, or a day (its start in UTC); null when absent. */
    static Instant since(String value) {
        if (value == null) {
            return null;
        }
        try {
            return value.length() == 10
                    ? LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput(
                    "modified_after", "'" + value + "' is not a date-time such as 2026-01-31T12:00:00Z or a day");
        }
    }

    /** The words of a search text, folded as {@link #matches} compares them; empty for no text. */
    static List<String> words(String text) {
        return text == null ? List.of() : fold(text).toList();
    }

    /** Whether every word is the start of a word in one of the texts; accents and case do not count. */
    static boolean matches(List<String> words, String... texts) {
        if (words.isEmpty()) {
            return true;
        }
        List<String> own = Arrays.stream(texts)
                .filter(Objects::nonNull)
                .flatMap(HsdsQuery::fold)
                .toList();
        return words.stream().allMatch(word -> own.stream().anyMatch(candidate -> candidate.startsWith(word)));
    }

    private static Stream<String> fold(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(plain.split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty());
    }

    private static int whole(String name, String value, int absent, int min, int max) {
        if (value == null) {
            return absent;
        }
        if (!value.matches("\\d{1,10}") || Long.parseLong(value) < min || Long.parseLong(value) > max) {
            throw new InvalidInput(name, "'" + value + "' is not a whole number from " + min + " to " + max);
        }
        return Integer.parseInt(value);
    }
}
