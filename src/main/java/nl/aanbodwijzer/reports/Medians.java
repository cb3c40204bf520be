package nl.aanbodwijzer.reports;

import java.util.List;

/** Medians as reports show them. */
final class Medians {
    private Medians() {}

    /** The median of whole numbers, the mean of the middle two rounded up; null when there are none. */
    static Integer of(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1
                ? sorted.get(middle)
                : (int) Math.ceil((sorted.get(middle - 1) + sorted.get(middle)) / 2.0);
    }

    /** The median, or {@link Table#WITHHELD} when fewer than five values lie behind it, as of days per gap. */
    static Object ofAtLeastFive(List<Integer> values) {
        if (!values.isEmpty() && values.size() < Suppression.SMALLEST_SHOWN) {
            return Table.WITHHELD;
        }
        return of(values);
    }
}
