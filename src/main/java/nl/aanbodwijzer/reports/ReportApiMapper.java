package nl.aanbodwijzer.reports;

import java.time.ZoneOffset;
import nl.aanbodwijzer.api.model.ReportColumn;
import nl.aanbodwijzer.api.model.ReportColumnKind;
import nl.aanbodwijzer.api.model.ReportPeriod;
import nl.aanbodwijzer.api.model.ReportRow;
import nl.aanbodwijzer.api.model.ReportTable;
import nl.aanbodwijzer.system.Codes;

/** A report as the contract shows it: its tables published, so with small counts suppressed. */
final class ReportApiMapper {
    private ReportApiMapper() {}

    static nl.aanbodwijzer.api.model.Report toApi(Report report) {
        return new nl.aanbodwijzer.api.model.Report(
                        report.title(),
                        report.generatedAt().atZone(ZoneOffset.UTC),
                        report.notes(),
                        report.tables().stream().map(ReportApiMapper::toApi).toList())
                .period(
                        report.period() == null
                                ? null
                                : new ReportPeriod(
                                        report.period().from(), report.period().to()));
    }

    private static ReportTable toApi(Table table) {
        return new ReportTable(
                table.id(),
                table.title(),
                table.shortTitle(),
                table.description(),
                table.columns().stream()
                        .map(column -> new ReportColumn(
                                column.key(), column.label(), Codes.to(ReportColumnKind.class, column.kind())))
                        .toList(),
                table.published().stream()
                        .map(row -> new ReportRow(row.total(), row.codes(), row.cells()))
                        .toList());
    }
}
