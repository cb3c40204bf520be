package nl.aanbodwijzer.catalog.hsds;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One object of a feed: reads its fields, and names it in each problem it reports. */
final class FeedObject {
    private final String type;
    private final Map<String, Object> object;
    private final String label;
    private final Set<String> read;
    private final FeedReport report;
    private boolean ok = true;

    /** {@code read}: the fields the mapping reads; any other with a value is counted as not mapped. */
    FeedObject(String type, Map<String, Object> object, Set<String> read, FeedReport report) {
        this.type = type;
        this.object = object;
        this.read = read;
        this.report = report;
        Object name = object.get("name");
        this.label = type + " " + object.get("id") + (name == null ? "" : " (" + name + ")");
    }

    boolean ok() {
        return ok;
    }

    void problem(String field, String message) {
        report.problem(label + ": " + field + " " + message);
        ok = false;
    }

    String string(String field) {
        Object value = object.get(field);
        return value == null ? null : value.toString();
    }

    String uuid(String field) {
        String value = string(field);
        if (!HsdsIds.isUuid(value)) {
            problem(field, value == null ? "is missing" : "'" + value + "' is not a UUID in lower case");
        }
        return value;
    }

    String text(String field, int max, boolean required) {
        String value = string(field);
        if (required && (value == null || value.isBlank())) {
            problem(field, "is missing");
        }
        return limit(value, max, field);
    }

    String limit(String value, int max, String field) {
        if (value != null && value.length() > max) {
            problem(field, "is longer than " + max + " characters");
        }
        return value;
    }

    Integer whole(String field) {
        return whole(object.get(field), field);
    }

    Integer whole(Object value, String field) {
        if (value == null) {
            return null;
        }
        String text = value.toString().replaceFirst("\\.0+$", "");
        if (!text.matches("-?\\d{1,9}")) {
            problem(field, "'" + value + "' is not a whole number");
            return null;
        }
        return Integer.valueOf(text);
    }

    Boolean flag(String value, String field) {
        if (value == null) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            problem(field, "'" + value + "' is not true or false");
            return null;
        }
        return Boolean.valueOf(value);
    }

    LocalDate day(String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            problem(field, "'" + value + "' is not a date (YYYY-MM-DD)");
            return null;
        }
    }

    Instant instant(String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant().truncatedTo(ChronoUnit.MILLIS);
        } catch (DateTimeParseException e) {
            problem(field, "'" + value + "' is not a date-time with its offset");
            return null;
        }
    }

    <E extends Enum<E>> E code(Class<E> type, String code, String field) {
        try {
            return Enum.valueOf(type, code);
        } catch (IllegalArgumentException e) {
            problem(field, "'" + code + "' is not a code Aanbodwijzer knows");
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> objects(String field) {
        Object value = object.get(field);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || !list.stream().allMatch(Map.class::isInstance)) {
            problem(field, "is not a list of objects");
            return List.of();
        }
        return (List<Map<String, Object>>) value;
    }

    /** Counts the fields with a value that the mapping does not read. */
    void reportUnread() {
        object.forEach((field, value) -> {
            boolean empty = value == null || "".equals(value) || (value instanceof Collection<?> c && c.isEmpty());
            if (!empty && !read.contains(field)) {
                report.count(type + "." + field + ": not mapped");
            }
        });
    }
}
