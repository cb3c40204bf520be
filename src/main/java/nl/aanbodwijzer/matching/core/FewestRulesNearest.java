package nl.aanbodwijzer.matching.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The few ruled-out offers that broke the fewest rules, the nearest first, kept while a whole
 * catalogue streams past: a national catalogue rules out tens of thousands per match, and the answer
 * names a handful. Most offers are turned away on their number of rules and distance alone.
 */
final class FewestRulesNearest {
    /** A ruled-out offer by position, how many rules it broke, and its km ({@link Double#MAX_VALUE} if unknown). */
    record Entry(int position, int rules, double km) {}

    private final int wanted;
    private final Comparator<Entry> order;
    private final PriorityQueue<Entry> worstFirst;

    /** {@code ties} orders offers that broke as many rules at the same distance. */
    FewestRulesNearest(int wanted, Comparator<Entry> ties) {
        this.wanted = wanted;
        this.order = Comparator.comparingInt(Entry::rules)
                .thenComparingDouble(Entry::km)
                .thenComparing(ties);
        this.worstFirst = new PriorityQueue<>(wanted + 1, order.reversed());
    }

    void offer(int position, int rules, double km) {
        if (wanted == 0) {
            return;
        }
        if (worstFirst.size() == wanted) {
            Entry worst = worstFirst.peek();
            if (rules > worst.rules() || (rules == worst.rules() && km > worst.km())) {
                return;
            }
        }
        Entry entry = new Entry(position, rules, km);
        if (worstFirst.size() < wanted) {
            worstFirst.add(entry);
        } else if (order.compare(entry, worstFirst.peek()) < 0) {
            worstFirst.poll();
            worstFirst.add(entry);
        }
    }

    /** The offers kept, fewest rules and nearest first. */
    List<Entry> sorted() {
        List<Entry> entries = new ArrayList<>(worstFirst);
        entries.sort(order);
        return entries;
    }
}
