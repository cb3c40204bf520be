package nl.aanbodwijzer.reports;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A report: its tables, the period they cover (null for a report of now), and how to read them. */
record Report(String title, Period period, Instant generatedAt, List<String> notes, List<Table> tables) {
    /** Dates as the Dutch write them. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy");

    /** How to read the signs every report uses. */
    static final List<String> LEGEND = List.of(
            "<5: een aantal van 1 tot en met 4. Kleine aantallen worden niet getoond, zodat geen leerling"
                    + " herkenbaar is.",
            "x: afgeschermd. Bij een aantal: anders is een aantal onder de 5 uit de totalen terug te rekenen."
                    + " Bij een mediaan: er liggen minder dan 5 gaten achter.",
            "Leeg: niet bekend of niet van toepassing.");
}
