package nl.aanbodwijzer.reports;

import io.micronaut.http.annotation.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.aanbodwijzer.api.model.Report;
import nl.aanbodwijzer.api.model.ReportColumn;
import nl.aanbodwijzer.api.model.ReportColumnKind;
import nl.aanbodwijzer.api.model.ReportRow;
import nl.aanbodwijzer.api.model.ReportTable;

/**
 * A report as CSV for Dutch Excel: UTF-8 with a byte order mark, {@code ;} between fields, dates as
 * d-m-yyyy; the heading first, then every table under its title, then how to read the figures. A
 * field that Excel would take for a formula gets a leading apostrophe.
 */
@Singleton
@Produces("text/csv")
class CsvReportWriter extends ReportFileWriter {
    private static final String LINE = "\r\n";

    CsvReportWriter() {
        super(Download.CSV);
    }

    @Override
    void write(Report report, OutputStream out) throws IOException {
        Writer csv = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        csv.write('\uFEFF');
        for (List<String> line : Exports.heading(report)) {
            write(csv, line);
        }
        for (ReportTable table : report.getTables()) {
            csv.write(LINE);
            write(csv, List.of(table.getTitle()));
            write(csv, table.getColumns().stream().map(ReportColumn::getLabel).toList());
            for (ReportRow row : table.getRows()) {
                write(csv, fields(table, row));
            }
        }
        csv.write(LINE);
        write(csv, List.of("Toelichting"));
        for (String note : report.getNotes()) {
            write(csv, List.of(note));
        }
        csv.flush();
    }

    private static List<String> fields(ReportTable table, ReportRow row) {
        List<String> fields = new ArrayList<>();
        for (int c = 0; c < row.getCells().size(); c++) {
            String cell = row.getCells().get(c);
            boolean date = table.getColumns().get(c).getKind() == ReportColumnKind.DATE;
            fields.add(date && !cell.isEmpty() ? Exports.dutchDate(cell) : cell);
        }
        return fields;
    }

    private static void write(Writer csv, List<String> fields) throws IOException {
        csv.write(String.join(";", fields.stream().map(CsvReportWriter::field).toList()));
        csv.write(LINE);
    }

    /** A field, defused when it starts like a formula and quoted when it holds a separator, quote or line break. */
    static String field(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\""
                : safe;
    }
}
