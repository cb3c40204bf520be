package nl.aanbodwijzer.reports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import nl.aanbodwijzer.api.model.Report;
import nl.aanbodwijzer.system.Clocks;

/** What the CSV and XLSX files share: a heading with the period and the moment of export. */
final class Exports {
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");

    private Exports() {}

    /** The heading lines: the title, the period if any, and when the file was made (Dutch time). */
    static List<List<String>> heading(Report report) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of("Aanbodwijzer: " + report.getTitle()));
        if (report.getPeriod() != null) {
            lines.add(List.of(
                    "Periode",
                    dutch(report.getPeriod().getFrom()) + " tot en met "
                            + dutch(report.getPeriod().getTo())));
        }
        lines.add(List.of(
                "Geëxporteerd op", MOMENT.format(report.getGeneratedAt().withZoneSameInstant(Clocks.NETHERLANDS))));
        return lines;
    }

    /** An ISO date from a report's cell, as the Dutch write it. */
    static String dutchDate(String iso) {
        return dutch(LocalDate.parse(iso));
    }

    private static String dutch(LocalDate date) {
        return nl.aanbodwijzer.reports.Report.DATE.format(date);
    }
}
