package nl.aanbodwijzer.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the text fields of a query or form into values, and collects in Dutch what could not be
 * read, so that a page can say every mistake at once instead of failing on the first.
 */
public final class Inputs {
    private final List<String> errors = new ArrayList<>();

    /** The value of a field that names one of {@code type}'s codes, or null when empty or unknown. */
    public <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            errors.add("Onbekende keuze bij ‘" + field + "’.");
            return null;
        }
    }

    /** A whole number from {@code min} to {@code max}, or null when empty or not one. */
    public Integer number(String value, int min, int max, String field) {
        if (blank(value)) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        errors.add("Vul bij ‘" + field + "’ een heel getal van " + min + " tot en met " + max + " in.");
        return null;
    }

    /** A date written as year-month-day, or null when empty or not one. */
    public LocalDate date(String value, String field) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            errors.add("Vul bij ‘" + field + "’ een datum in als jaar-maand-dag, zoals 2027-02-01.");
            return null;
        }
    }

    /** A field that must be filled in. */
    public <T> T required(T value, String rawValue, String field) {
        if (value == null && blank(rawValue)) {
            errors.add("Vul ‘" + field + "’ in.");
        }
        return value;
    }

    public void error(String message) {
        errors.add(message);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public List<String> errors() {
        return List.copyOf(errors);
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
