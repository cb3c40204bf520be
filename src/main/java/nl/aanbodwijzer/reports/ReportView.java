package nl.aanbodwijzer.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.aanbodwijzer.web.BarChart;

/**
 * A report as its page shows it: its charts, its tables with the same suppressed cells as every
 * export, how to read them, and where to download it.
 */
public record ReportView(
        String title,
        String period,
        List<String> notes,
        List<BarChart> charts,
        List<TableView> tables,
        String csvLink,
        String xlsxLink) {

    /** A table as shown: its headings, which columns hold numbers, and its rows of cells. */
    public record TableView(
            String id,
            String title,
            String description,
            List<String> headings,
            List<Boolean> numeric,
            List<RowView> rows) {}

    public record RowView(List<String> cells, boolean total) {}

    static ReportView of(Report report, List<BarChart> charts, String downloadPath) {
        String separator = downloadPath.contains("?") ? "&" : "?";
        return new ReportView(
                report.title(),
                report.period() == null
                        ? null
                        : report.period().from().format(Report.DATE) + " tot en met "
                                + report.period().to().format(Report.DATE),
                report.notes(),
                charts,
                report.tables().stream().map(ReportView::table).toList(),
                downloadPath + separator + "format=csv",
                downloadPath + separator + "format=xlsx");
    }

    /**
     * A chart of one counted column of a table, a bar per row but the total, named by the table's
     * text columns; a withheld count is drawn without a bar and says {@code <5} or {@code x}.
     */
    static BarChart chart(Table table, String id, String title, String description, String column) {
        int valueIndex = IntStream.range(0, table.columns().size())
                .filter(i -> table.columns().get(i).key().equals(column))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no column " + column + " in " + table.id()));
        List<Integer> labelIndexes = IntStream.range(0, table.columns().size())
                .filter(i -> table.columns().get(i).kind() == Table.Kind.TEXT)
                .boxed()
                .toList();
        List<BarChart.Bar> bars = new ArrayList<>();
        for (Table.PublishedRow row : table.published()) {
            if (row.total()) {
                continue;
            }
            String label = String.join(
                    ", ", labelIndexes.stream().map(row.cells()::get).toList());
            String shown = row.cells().get(valueIndex);
            bars.add(new BarChart.Bar(label, number(shown), shown.isEmpty() ? "onbekend" : shown));
        }
        return new BarChart(
                id, title, description, table.columns().get(valueIndex).label(), bars);
    }

    private static TableView table(Table table) {
        return new TableView(
                table.id(),
                table.title(),
                table.description(),
                table.columns().stream().map(Table.Column::label).toList(),
                table.columns().stream()
                        .map(c -> c.kind() == Table.Kind.COUNT || c.kind() == Table.Kind.NUMBER)
                        .toList(),
                table.published().stream()
                        .map(r -> new RowView(r.cells(), r.total()))
                        .toList());
    }

    private static Integer number(String cell) {
        return cell.matches("\\d+") ? Integer.valueOf(cell) : null;
    }
}
