package nl.aanbodwijzer.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Small-number suppression: every count from 1 to 4 is shown as {@code <5}, and no withheld count can
 * be worked out from the shown counts and the table's sums. The audit solves the sums as linear
 * equations, independently of how the suppression decides.
 */
class SuppressionTest {
    @Example
    void showsEveryCountWhenNoneIsSmall() {
        Table table = column(7, 12, 0);

        assertThat(cells(table)).containsExactly("7", "12", "0", "19");
    }

    @Example
    void withholdsASecondCountWhenTheTotalWouldGiveASmallOneAway() {
        Table table = column(7, 2);

        assertThat(cells(table)).containsExactly("x", "<5", "9");
        assertThat(determined(table)).isEmpty();
    }

    @Example
    void prefersACountOverAZeroToProtectASmallOne() {
        Table table = column(0, 7, 2, 0);

        assertThat(cells(table)).containsExactly("0", "x", "<5", "0", "9");
    }

    @Example
    void needsNoSecondCountWhenTheTotalIsSmallToo() {
        Table table = column(2, 0);

        assertThat(cells(table)).containsExactly("<5", "0", "<5");
        assertThat(determined(table)).isEmpty();
    }

    @Example
    void protectsTheSmallCountsOfAGapTableAcrossRowsAndColumns() {
        Table table = gapTable(List.of(List.of(2, 3, 1, 1), List.of(1, 1, 0, 0)));

        List<Table.PublishedRow> rows = table.published();
        assertThat(rows.get(0).cells()).containsExactly("A", "x", "<5", "<5", "<5", "<5");
        assertThat(rows.get(1).cells()).containsExactly("B", "<5", "<5", "<5", "0", "0");
        assertThat(rows.get(2).cells()).containsExactly("Totaal", "9", "<5", "<5", "<5", "<5");
        assertThat(determined(table)).isEmpty();
    }

    @Property(tries = 400)
    void noWithheldCountFollowsFromTheSums(@ForAll("gapTables") Table table) {
        List<Table.PublishedRow> shown = table.published();

        for (int r = 0; r < table.rows().size(); r++) {
            for (int c = 0; c < table.columns().size(); c++) {
                if (table.rows().get(r).values().get(c) instanceof Integer value
                        && table.columns().get(c).kind() == Table.Kind.COUNT) {
                    String cell = shown.get(r).cells().get(c);
                    if (value >= 1 && value <= 4) {
                        assertThat(cell).isEqualTo("<5");
                    } else {
                        assertThat(cell).isIn(String.valueOf(value), "x");
                    }
                }
            }
        }
        assertThat(determined(table))
                .as("withheld counts that follow from the sums")
                .isEmpty();
    }

    @Provide
    Arbitrary<Table> gapTables() {
        Arbitrary<Integer> count = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(0, 4)),
                Tuple.of(3, Arbitraries.integers().between(5, 40)));
        Arbitrary<List<Integer>> row = count.list().ofSize(4);
        Arbitrary<List<List<Integer>>> rows = row.list().ofMinSize(1).ofMaxSize(9);
        Arbitrary<List<Integer>> loose = count.list().ofSize(9);
        return Combinators.combine(rows, loose, Arbitraries.of(true, false))
                .as((values, extra, withLooseColumn) ->
                        withLooseColumn ? gapTableWithLooseColumn(values, extra) : gapTable(values));
    }

    /** A column of counts and its total. */
    private static Table column(int... values) {
        Table.Builder table =
                Table.builder("t", "t", "t", "t").text("name", "Naam").count("n", "Aantal");
        for (int value : values) {
            table.row(Map.of(), "r", value);
        }
        return table.totalRow("Totaal", Map.of()).build();
    }

    /** Rows of four outcomes that add up to the gaps of the row, and a total row, as in the gap report. */
    private static Table gapTable(List<List<Integer>> outcomes) {
        return gapTable(outcomes, null);
    }

    /** A gap table with one more counted column that no row sum includes, as the supply report has. */
    private static Table gapTableWithLooseColumn(List<List<Integer>> outcomes, List<Integer> loose) {
        return gapTable(outcomes, loose);
    }

    private static Table gapTable(List<List<Integer>> outcomes, List<Integer> loose) {
        Table.Builder table = Table.builder("t", "t", "t", "t")
                .text("name", "Naam")
                .count("gaps", "Gaten")
                .count("open", "Open")
                .count("placed", "Geplaatst")
                .count("other", "Anders")
                .count("withdrawn", "Ingetrokken");
        if (loose != null) {
            table.count("loose", "Los");
        }
        table.rowSum("gaps", "open", "placed", "other", "withdrawn");
        for (int r = 0; r < outcomes.size(); r++) {
            List<Object> values = new ArrayList<>();
            values.add(String.valueOf((char) ('A' + r)));
            values.add(outcomes.get(r).stream().mapToInt(Integer::intValue).sum());
            values.addAll(outcomes.get(r));
            if (loose != null) {
                values.add(loose.get(r));
            }
            table.row(Map.of(), values.toArray());
        }
        return table.totalRow("Totaal", Map.of()).build();
    }

    private static List<String> cells(Table table) {
        return table.published().stream().map(row -> row.cells().get(1)).toList();
    }

    /**
     * The withheld counts whose value follows from the shown counts: each sum is an equation
     * (total - parts = 0); after the shown counts are put in, a withheld count is determined when the
     * reduced row echelon form of the equations has a row with that count alone.
     */
    static List<String> determined(Table table) {
        List<Table.PublishedRow> shown = table.published();
        List<int[]> unknowns = new ArrayList<>();
        for (int r = 0; r < shown.size(); r++) {
            for (int c = 0; c < table.columns().size(); c++) {
                String cell = shown.get(r).cells().get(c);
                if ("<5".equals(cell) || "x".equals(cell)) {
                    unknowns.add(new int[] {r, c});
                }
            }
        }
        List<double[]> equations = new ArrayList<>();
        for (Table.Sum sum : table.sums()) {
            double[] equation = new double[unknowns.size()];
            addTo(equation, sum.total(), 1, unknowns);
            sum.parts().forEach(part -> addTo(equation, part, -1, unknowns));
            equations.add(equation);
        }
        List<String> determined = new ArrayList<>();
        for (int variable : alone(equations, unknowns.size())) {
            determined.add("row " + unknowns.get(variable)[0] + ", column " + unknowns.get(variable)[1]);
        }
        return determined;
    }

    private static void addTo(double[] equation, int[] cell, int sign, List<int[]> unknowns) {
        for (int i = 0; i < unknowns.size(); i++) {
            if (unknowns.get(i)[0] == cell[0] && unknowns.get(i)[1] == cell[1]) {
                equation[i] += sign;
            }
        }
    }

    /** The variables that are alone in a row of the reduced row echelon form. */
    private static List<Integer> alone(List<double[]> rows, int variables) {
        List<double[]> m = new ArrayList<>(rows);
        int pivotRow = 0;
        for (int col = 0; col < variables && pivotRow < m.size(); col++) {
            int best = pivotRow;
            for (int r = pivotRow; r < m.size(); r++) {
                if (Math.abs(m.get(r)[col]) > Math.abs(m.get(best)[col])) {
                    best = r;
                }
            }
            if (Math.abs(m.get(best)[col]) < 1e-9) {
                continue;
            }
            Collections.swap(m, pivotRow, best);
            double[] pivot = m.get(pivotRow);
            double scale = pivot[col];
            for (int k = 0; k < variables; k++) {
                pivot[k] /= scale;
            }
            for (int r = 0; r < m.size(); r++) {
                if (r != pivotRow && Math.abs(m.get(r)[col]) > 1e-9) {
                    double factor = m.get(r)[col];
                    for (int k = 0; k < variables; k++) {
                        m.get(r)[k] -= factor * pivot[k];
                    }
                }
            }
            pivotRow++;
        }
        List<Integer> alone = new ArrayList<>();
        for (double[] row : m) {
            List<Integer> nonZero = new ArrayList<>();
            for (int k = 0; k < variables; k++) {
                if (Math.abs(row[k]) > 1e-9) {
                    nonZero.add(k);
                }
            }
            if (nonZero.size() == 1) {
                alone.add(nonZero.get(0));
            }
        }
        return alone;
    }
}
