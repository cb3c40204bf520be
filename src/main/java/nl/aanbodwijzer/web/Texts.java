package nl.aanbodwijzer.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** How pages say dates, yes-or-no facts and unknowns in Dutch. */
public final class Texts {
    public static final String UNKNOWN = "onbekend";
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    private Texts() {}

    public static String date(LocalDate date) {
        return date == null ? UNKNOWN : DATE.format(date);
    }

    public static String yesNo(Boolean fact) {
        return fact == null ? UNKNOWN : fact ? "ja" : "nee";
    }

    public static String number(Integer value) {
        return value == null ? UNKNOWN : String.valueOf(value);
    }

    /** "4 tot en met 12", "vanaf 12", "tot en met 18", or unknown. */
    public static String range(Integer min, Integer max, String unit) {
        if (min == null && max == null) {
            return UNKNOWN;
        }
        if (min == null) {
            return "tot en met " + max + " " + unit;
        }
        if (max == null) {
            return "vanaf " + min + " " + unit;
        }
        return min.equals(max) ? min + " " + unit : min + " tot en met " + max + " " + unit;
    }

    /** The items as "a, b en c"; unknown when there are none. */
    public static String list(List<String> items) {
        if (items.isEmpty()) {
            return UNKNOWN;
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " en " + items.get(items.size() - 1);
    }

    public static String weeks(int weeks) {
        return weeks == 1 ? "1 week" : weeks + " weken";
    }
}
