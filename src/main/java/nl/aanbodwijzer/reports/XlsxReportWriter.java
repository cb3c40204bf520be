package nl.aanbodwijzer.reports;

import io.micronaut.http.annotation.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import nl.aanbodwijzer.api.model.Report;
import nl.aanbodwijzer.api.model.ReportColumn;
import nl.aanbodwijzer.api.model.ReportColumnKind;
import nl.aanbodwijzer.api.model.ReportRow;
import nl.aanbodwijzer.api.model.ReportTable;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A report as an Excel workbook: a sheet per table, each starting with the heading (period, moment
 * of export), the header row frozen, counts as numbers and dates as dates; {@code <5} and {@code x}
 * stay text, aligned as numbers are.
 */
@Singleton
@Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
class XlsxReportWriter extends ReportFileWriter {
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

    XlsxReportWriter() {
        super(Download.XLSX);
    }

    @Override
    void write(Report report, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Aanbodwijzer", "1.0");
        for (ReportTable table : report.getTables()) {
            sheet(workbook.newWorksheet(table.getShortTitle()), report, table);
        }
        workbook.finish();
    }

    private static void sheet(Worksheet sheet, Report report, ReportTable table) {
        int r = 0;
        for (List<String> line : Exports.heading(report)) {
            for (int c = 0; c < line.size(); c++) {
                sheet.value(r, c, line.get(c));
            }
            r++;
        }
        sheet.style(0, 0).bold().set();
        r++;
        sheet.value(r, 0, table.getTitle());
        sheet.style(r++, 0).bold().set();
        sheet.value(r++, 0, table.getDescription());
        r++;
        List<ReportColumn> columns = table.getColumns();
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(r, c, columns.get(c).getLabel());
            sheet.style(r, c).bold().fillColor("DDE4EE").wrapText(true).set();
            sheet.width(c, columns.get(c).getKind() == ReportColumnKind.TEXT ? 32 : 14);
        }
        sheet.freezePane(0, ++r);
        for (ReportRow row : table.getRows()) {
            for (int c = 0; c < columns.size(); c++) {
                cell(sheet, r, c, columns.get(c).getKind(), row.getCells().get(c), row.getTotal());
            }
            r++;
        }
        r++;
        sheet.value(r++, 0, "Toelichting");
        for (String note : report.getNotes()) {
            sheet.value(r++, 0, note);
        }
    }

    private static void cell(Worksheet sheet, int r, int c, ReportColumnKind kind, String value, boolean total) {
        if (value.isEmpty()) {
            return;
        }
        var style = sheet.style(r, c);
        if (kind == ReportColumnKind.DATE) {
            sheet.value(r, c, LocalDate.parse(value));
            style = style.format("d-m-yyyy");
        } else if (kind != ReportColumnKind.TEXT && WHOLE_NUMBER.matcher(value).matches()) {
            sheet.value(r, c, Integer.parseInt(value));
            style = style.format("#,##0");
        } else {
            sheet.value(r, c, value);
            if (kind != ReportColumnKind.TEXT) {
                style = style.horizontalAlignment("right");
            }
        }
        if (total) {
            style = style.bold();
        }
        style.set();
    }
}
