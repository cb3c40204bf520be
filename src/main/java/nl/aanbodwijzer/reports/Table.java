package nl.aanbodwijzer.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One table of a report before it is published: its columns, its rows of raw values (a text, a
 * whole number, a date, {@link #WITHHELD} or null), and the sums it shows — a total row over the
 * counted columns, and a column that adds up others in every row. {@link #published()} applies
 * small-number suppression over those sums. Build one with {@link #builder}.
 */
record Table(
        String id,
        String shortTitle,
        String title,
        String description,
        List<Column> columns,
        List<Row> rows,
        List<Sum> sums) {
    /** A figure that is not shown because too few values lie behind it (such as a median of 1 to 4 gaps). */
    static final Object WITHHELD = new Object() {
        @Override
        public String toString() {
            return "withheld";
        }
    };

    static final String SMALL = "<5";
    static final String SUPPRESSED = "x";

    /** What a column holds. */
    enum Kind {
        TEXT,
        COUNT,
        NUMBER,
        DATE
    }

    record Column(String key, String label, Kind kind) {}

    /** A row: the codes behind its names by dimension, its values in column order, whether it is the total. */
    record Row(Map<String, String> codes, List<Object> values, boolean total) {}

    /** A row as shown; an empty cell is unknown or empty. */
    record PublishedRow(Map<String, String> codes, List<String> cells, boolean total) {}

    /** The cell at (row, column) is the sum of the listed cells. */
    record Sum(int[] total, List<int[]> parts) {}

    /** A table; its short title, at most 31 characters, names its sheet in a spreadsheet. */
    static Builder builder(String id, String shortTitle, String title, String description) {
        if (shortTitle.length() > 31) {
            throw new IllegalArgumentException("a short title of over 31 characters: " + shortTitle);
        }
        return new Builder(id, shortTitle, title, description);
    }

    /** The rows as shown: counts from 1 to 4 as {@code <5}, and counts that would give them away as {@code x}. */
    List<PublishedRow> published() {
        Map<Long, Integer> countIndex = new HashMap<>();
        List<Suppression.Count> counts = new ArrayList<>();
        Map<Long, List<Integer>> sumsOfCell = new HashMap<>();
        for (int s = 0; s < sums.size(); s++) {
            sumsOfCell
                    .computeIfAbsent(key(sums.get(s).total()), k -> new ArrayList<>())
                    .add(s);
            for (int[] part : sums.get(s).parts()) {
                sumsOfCell.computeIfAbsent(key(part), k -> new ArrayList<>()).add(s);
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).kind() == Kind.COUNT && rows.get(r).values().get(c) instanceof Integer value) {
                    long key = key(new int[] {r, c});
                    countIndex.put(key, counts.size());
                    int[] in = sumsOfCell.getOrDefault(key, List.of()).stream()
                            .mapToInt(Integer::intValue)
                            .toArray();
                    counts.add(new Suppression.Count(value, in));
                }
            }
        }
        Suppression.Withheld withheld = Suppression.withhold(counts, sums.size());
        List<PublishedRow> shown = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                Integer count = countIndex.get(key(new int[] {r, c}));
                cells.add(count == null ? shown(rows.get(r).values().get(c)) : shown(count, counts, withheld));
            }
            shown.add(new PublishedRow(rows.get(r).codes(), cells, rows.get(r).total()));
        }
        return shown;
    }

    private static String shown(int count, List<Suppression.Count> counts, Suppression.Withheld withheld) {
        if (withheld.primary().get(count)) {
            return SMALL;
        }
        return withheld.secondary().get(count)
                ? SUPPRESSED
                : String.valueOf(counts.get(count).value());
    }

    private static String shown(Object value) {
        if (value == null) {
            return "";
        }
        return value == WITHHELD ? SUPPRESSED : value.toString();
    }

    private static long key(int[] cell) {
        return ((long) cell[0] << 32) | cell[1];
    }

    /** Puts a table together row by row, then its total row and the sums. */
    static final class Builder {
        private final String id;
        private final String shortTitle;
        private final String title;
        private final String description;
        private final List<Column> columns = new ArrayList<>();
        private final List<Boolean> summed = new ArrayList<>();
        private final List<Row> rows = new ArrayList<>();
        private final List<Sum> sums = new ArrayList<>();
        private final List<String[]> rowSums = new ArrayList<>();

        private Builder(String id, String shortTitle, String title, String description) {
            this.id = id;
            this.shortTitle = shortTitle;
            this.title = title;
            this.description = description;
        }

        Builder text(String key, String label) {
            return column(key, label, Kind.TEXT, false);
        }

        /** A count that the total row adds up. */
        Builder count(String key, String label) {
            return column(key, label, Kind.COUNT, true);
        }

        /** A count with no total, as when one offer counts in several rows. */
        Builder countWithoutTotal(String key, String label) {
            return column(key, label, Kind.COUNT, false);
        }

        /** Days or weeks, such as a median. */
        Builder number(String key, String label) {
            return column(key, label, Kind.NUMBER, false);
        }

        Builder date(String key, String label) {
            return column(key, label, Kind.DATE, false);
        }

        /** In every row the count under {@code total} is the sum of the counts under {@code parts}. */
        Builder rowSum(String total, String... parts) {
            String[] keys = Arrays.copyOf(new String[] {total}, parts.length + 1);
            System.arraycopy(parts, 0, keys, 1, parts.length);
            rowSums.add(keys);
            return this;
        }

        /** A row with a value for each column, in order (Integer for counts and numbers, LocalDate for dates). */
        Builder row(Map<String, String> codes, Object... values) {
            rows.add(checked(new Row(new LinkedHashMap<>(codes), Arrays.asList(values), false)));
            return this;
        }

        /**
         * The total row: the sum of every counted column, {@code label} in the first column, and the
         * values given by key in the columns without a total.
         */
        Builder totalRow(String label, Map<String, Object> others) {
            int totalRow = rows.size();
            List<Object> values = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                values.add(c == 0 ? label : others.get(columns.get(c).key()));
                if (summed.get(c)) {
                    values.set(c, columnSum(c));
                    List<int[]> parts = new ArrayList<>();
                    for (int r = 0; r < totalRow; r++) {
                        parts.add(new int[] {r, c});
                    }
                    sums.add(new Sum(new int[] {totalRow, c}, parts));
                }
            }
            rows.add(checked(new Row(Map.of(), values, true)));
            return this;
        }

        Table build() {
            for (String[] keys : rowSums) {
                int total = index(keys[0]);
                for (int r = 0; r < rows.size(); r++) {
                    List<int[]> parts = new ArrayList<>();
                    for (int k = 1; k < keys.length; k++) {
                        parts.add(new int[] {r, index(keys[k])});
                    }
                    sums.add(new Sum(new int[] {r, total}, parts));
                }
            }
            return new Table(
                    id, shortTitle, title, description, List.copyOf(columns), List.copyOf(rows), List.copyOf(sums));
        }

        private Builder column(String key, String label, Kind kind, boolean total) {
            columns.add(new Column(key, label, kind));
            summed.add(total);
            return this;
        }

        /** The sum of a column's counts: 0 without rows, null when no row knows its count. */
        private Integer columnSum(int column) {
            List<Integer> known = rows.stream()
                    .map(row -> row.values().get(column))
                    .filter(Integer.class::isInstance)
                    .map(Integer.class::cast)
                    .toList();
            return known.isEmpty() && !rows.isEmpty()
                    ? null
                    : known.stream().mapToInt(Integer::intValue).sum();
        }

        private int index(String key) {
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).key().equals(key)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("no column " + key);
        }

        private Row checked(Row row) {
            if (row.values().size() != columns.size()) {
                throw new IllegalArgumentException(
                        "a row of " + row.values().size() + " values in a table of " + columns.size() + " columns");
            }
            for (int c = 0; c < columns.size(); c++) {
                Object value = row.values().get(c);
                boolean fits = value == null
                        || switch (columns.get(c).kind()) {
                            case TEXT -> value instanceof String;
                            case COUNT -> value instanceof Integer;
                            case NUMBER -> value instanceof Integer || value == WITHHELD;
                            case DATE -> value instanceof LocalDate;
                        };
                if (!fits) {
                    throw new IllegalArgumentException(columns.get(c).key() + " cannot hold " + value);
                }
            }
            return row;
        }
    }
}
