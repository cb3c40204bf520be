package nl.aanbodwijzer.web;

import java.util.List;

/**
 * A horizontal bar chart drawn as SVG on the server, with a title, a description and its data as a
 * table, so that it reads without sight and without scripts. A bar without a number (a suppressed
 * or unknown count) is drawn empty and says what it shows instead, such as {@code <5}.
 */
public record BarChart(String id, String title, String description, String valueHeading, List<Bar> bars) {
    public static final int WIDTH = 640;
    public static final int LABEL_WIDTH = 230;
    public static final int BAR_HEIGHT = 22;
    public static final int ROW_HEIGHT = 30;
    private static final int VALUE_SPACE = 48;

    /** One bar: its label, its number (null if not shown) and the text shown for it. */
    public record Bar(String label, Integer value, String shown) {
        public static Bar of(String label, Integer value) {
            return new Bar(label, value, value == null ? "onbekend" : String.valueOf(value));
        }
    }

    public int height() {
        return Math.max(1, bars.size()) * ROW_HEIGHT + 10;
    }

    public int y(int index) {
        return index * ROW_HEIGHT + 5;
    }

    public int barWidth(Bar bar) {
        int max = bars.stream()
                .map(Bar::value)
                .filter(v -> v != null)
                .mapToInt(Integer::intValue)
                .max()
                .orElse(0);
        return bar.value() == null || max == 0
                ? 0
                : Math.max(2, bar.value() * (WIDTH - LABEL_WIDTH - VALUE_SPACE) / max);
    }
}
