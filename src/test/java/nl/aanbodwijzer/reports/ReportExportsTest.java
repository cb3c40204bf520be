package nl.aanbodwijzer.reports;

import static nl.aanbodwijzer.capacity.CapacityFixture.numbers;
import static nl.aanbodwijzer.matching.ProfileFixture.vo;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import nl.aanbodwijzer.api.model.Report;
import nl.aanbodwijzer.api.model.ReportColumnKind;
import nl.aanbodwijzer.api.model.ReportRow;
import nl.aanbodwijzer.api.model.ReportTable;
import nl.aanbodwijzer.capacity.CapacityFixture;
import nl.aanbodwijzer.matching.MatchingClient;
import nl.aanbodwijzer.security.TestAccounts;
import nl.aanbodwijzer.system.ApiTest;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The CSV and XLSX downloads hold what the JSON report holds, table by table and cell by cell, with
 * the period and the moment of export, in the form Dutch Excel reads: the workbook is opened and
 * read back.
 */
class ReportExportsTest extends ApiTest {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d-M-yyyy");

    private static boolean seeded;
    private static int cases;

    @Inject
    MatchingClient matching;

    @Inject
    ReportsClient reports;

    @Inject
    CapacityFixture capacity;

    @BeforeEach
    void recordSomeGaps() {
        signIn(accounts.projectleider());
        if (!seeded) {
            capacity.publish("grip", numbers(8, 8, 12, 12, null));
            for (String municipality : List.of("GM0202", "GM0202", "GM0226", "GM0268")) {
                matching.match(vo(municipality, "PSYCHIATRIE", 8, true)
                        .caseReference("export-" + municipality + "-" + (++cases)));
            }
            seeded = true;
        }
    }

    @Test
    void shouldExportTheGapReportAsCsvForDutchExcel() {
        Report json = reports.getGapReport(null, null, null, null, null).body();

        HttpResponse<byte[]> download = get("/api/v1/reports/gaps?format=csv", null);

        assertThat(download.header(HttpHeaders.CONTENT_TYPE)).isEqualTo("text/csv;charset=UTF-8");
        assertThat(download.header(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"aanbodwijzer-gaten-"
                        + json.getPeriod().getFrom() + "-tot-en-met-"
                        + json.getPeriod().getTo() + ".csv\"");
        byte[] body = download.body();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<List<String>> lines = csv(new String(body, 3, body.length - 3, StandardCharsets.UTF_8));
        assertThat(lines.get(0)).containsExactly("Aanbodwijzer: Gaten naar reden");
        assertThat(lines.get(1))
                .containsExactly(
                        "Periode",
                        DUTCH.format(json.getPeriod().getFrom()) + " tot en met "
                                + DUTCH.format(json.getPeriod().getTo()));
        assertThat(lines.get(2).get(0)).isEqualTo("Geëxporteerd op");
        assertThat(lines.get(2).get(1)).startsWith(DUTCH.format(LocalDate.now()));
        assertThat(lines).containsSequence(expectedCsv(table(json, "gaps")));
        assertThat(lines).containsSequence(expectedCsv(table(json, "gapsOutsideRegion")));
        assertThat(lines)
                .contains(List.of("Toelichting"), List.of(json.getNotes().get(0)));
    }

    @Test
    void shouldAnswerTheFileTheAcceptHeaderPrefers() {
        assertThat(get("/api/v1/reports/supply", "text/csv").header(HttpHeaders.CONTENT_TYPE))
                .isEqualTo("text/csv;charset=UTF-8");
        assertThat(get("/api/v1/reports/supply", XLSX).header(HttpHeaders.CONTENT_TYPE))
                .isEqualTo(XLSX);
        assertThat(get("/api/v1/reports/supply", "application/json, text/csv").header(HttpHeaders.CONTENT_TYPE))
                .startsWith("application/json");
        assertThat(get("/api/v1/reports/supply", "text/html,application/xhtml+xml,*/*;q=0.8")
                        .header(HttpHeaders.CONTENT_TYPE))
                .startsWith("application/json");
        assertThat(get("/api/v1/reports/supply?format=json", "text/csv").header(HttpHeaders.CONTENT_TYPE))
                .startsWith("application/json");
    }

    @Test
    void shouldExportEveryReportAsAWorkbookWithASheetPerTable() throws IOException {
        List<String> paths = List.of(
                "/api/v1/reports/gaps?groupBy=subregion,need",
                "/api/v1/reports/demand-and-supply",
                "/api/v1/reports/supply");
        for (String path : paths) {
            Report json = get(path, null).getBody(Report.class).orElseThrow();
            HttpResponse<byte[]> download = get(path + (path.contains("?") ? "&" : "?") + "format=xlsx", null);

            assertThat(download.header(HttpHeaders.CONTENT_TYPE)).isEqualTo(XLSX);
            assertThat(download.header(HttpHeaders.CONTENT_DISPOSITION)).endsWith(".xlsx\"");
            try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(download.body()))) {
                List<Sheet> sheets = workbook.getSheets().toList();
                assertThat(sheets)
                        .extracting(Sheet::getName)
                        .containsExactlyElementsOf(json.getTables().stream()
                                .map(ReportTable::getShortTitle)
                                .toList());
                for (int i = 0; i < sheets.size(); i++) {
                    assertSheetHolds(sheets.get(i), json, json.getTables().get(i));
                }
            }
            assertThat(frozenRows(download.body()))
                    .as("frozen header in %s", path)
                    .allMatch(row -> row > 1);
        }
    }

    @Test
    void shouldDefuseFieldsThatExcelWouldTakeForAFormula() {
        assertThat(CsvReportWriter.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvReportWriter.field("+31 26")).isEqualTo("'+31 26");
        assertThat(CsvReportWriter.field("Arnhem; Velp")).isEqualTo("\"Arnhem; Velp\"");
        assertThat(CsvReportWriter.field("<5")).isEqualTo("<5");
    }

    private void assertSheetHolds(Sheet sheet, Report json, ReportTable table) throws IOException {
        List<org.dhatim.fastexcel.reader.Row> rows = sheet.read();
        assertThat(rows.get(0).getCellText(0)).isEqualTo("Aanbodwijzer: " + json.getTitle());
        assertThat(rows.stream().map(row -> row.getCellText(0)))
                .contains("Geëxporteerd op", table.getTitle(), "Toelichting");
        int header = indexOf(rows, table.getColumns().get(0).getLabel());
        for (int c = 0; c < table.getColumns().size(); c++) {
            assertThat(rows.get(header).getCellText(c))
                    .isEqualTo(table.getColumns().get(c).getLabel());
        }
        for (int r = 0; r < table.getRows().size(); r++) {
            ReportRow expected = table.getRows().get(r);
            org.dhatim.fastexcel.reader.Row actual = rows.get(header + 1 + r);
            for (int c = 0; c < table.getColumns().size(); c++) {
                assertCell(
                        actual,
                        c,
                        table.getColumns().get(c).getKind(),
                        expected.getCells().get(c));
            }
        }
    }

    private static void assertCell(org.dhatim.fastexcel.reader.Row row, int c, ReportColumnKind kind, String shown) {
        Cell cell = c < row.getCellCount() ? row.getCell(c) : null;
        if (shown.isEmpty()) {
            assertThat(cell == null || cell.getType() == CellType.EMPTY).isTrue();
        } else if (kind == ReportColumnKind.DATE) {
            assertThat(row.getCellAsDate(c).orElseThrow().toLocalDate()).isEqualTo(LocalDate.parse(shown));
        } else if (kind != ReportColumnKind.TEXT && shown.matches("\\d+")) {
            assertThat(cell.getType()).isEqualTo(CellType.NUMBER);
            assertThat(cell.asNumber().intValueExact()).isEqualTo(Integer.parseInt(shown));
        } else {
            assertThat(cell.getType()).isEqualTo(CellType.STRING);
            assertThat(cell.getText()).isEqualTo(shown);
        }
    }

    private static int indexOf(List<org.dhatim.fastexcel.reader.Row> rows, String firstHeader) {
        for (int i = 0; i < rows.size(); i++) {
            if (firstHeader.equals(rows.get(i).getCellText(0)) && i > 3) {
                return i;
            }
        }
        throw new AssertionError("no header row " + firstHeader);
    }

    /** The rows frozen at the top of each sheet, from the workbook's XML (the reader does not expose panes). */
    private static List<Integer> frozenRows(byte[] xlsx) throws IOException {
        List<Integer> frozen = new ArrayList<>();
        Path file = Files.createTempFile("report", ".xlsx");
        Files.write(file, xlsx);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                if (entry.getName().startsWith("xl/worksheets/sheet")) {
                    String xml = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                    var pane = java.util.regex.Pattern.compile("<pane [^>]*ySplit=\"(\\d+)\"[^>]*state=\"frozen\"")
                            .matcher(xml);
                    frozen.add(pane.find() ? Integer.parseInt(pane.group(1)) : -1);
                }
            }
        } finally {
            Files.delete(file);
        }
        return frozen;
    }

    private HttpResponse<byte[]> get(String uri, String accept) {
        HttpRequest<?> request = HttpRequest.GET(uri).basicAuth(accounts.projectleider(), TestAccounts.PASSWORD);
        if (accept != null) {
            request = ((io.micronaut.http.MutableHttpRequest<?>) request).header(HttpHeaders.ACCEPT, accept);
        }
        return raw().exchange(request, byte[].class);
    }

    private static ReportTable table(Report report, String id) {
        return ReportFiguresTest.table(report, id);
    }

    /** The lines a table gives in the CSV: its title, the header and its rows, dates the Dutch way. */
    private static List<List<String>> expectedCsv(ReportTable table) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of(table.getTitle()));
        lines.add(table.getColumns().stream().map(c -> c.getLabel()).toList());
        for (ReportRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getCells().size(); c++) {
                String cell = row.getCells().get(c);
                boolean date = table.getColumns().get(c).getKind() == ReportColumnKind.DATE;
                cells.add(date && !cell.isEmpty() ? DUTCH.format(LocalDate.parse(cell)) : cell);
            }
            lines.add(cells);
        }
        return lines;
    }

    /** A small CSV reader: fields split on {@code ;}, quotes as RFC 4180 has them, lines on CRLF. */
    private static List<List<String>> csv(String text) {
        assertThat(text).doesNotContain("\n\n").endsWith("\r\n");
        List<List<String>> lines = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ';') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (ch == '\r' && text.charAt(i + 1) == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                lines.add(fields.size() == 1 && fields.get(0).isEmpty() ? List.of() : List.copyOf(fields));
                fields = new ArrayList<>();
                i++;
            } else {
                field.append(ch);
            }
        }
        return lines;
    }
}
