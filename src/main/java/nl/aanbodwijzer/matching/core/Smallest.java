package nl.aanbodwijzer.matching.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The first few of many in an order, without sorting them all: a national catalogue rules out tens of
 * thousands of offers per match, of which the answer names three.
 */
final class Smallest {
    private Smallest() {}

    static <T> List<T> first(Collection<T> items, Comparator<? super T> order, int count) {
        PriorityQueue<T> kept = new PriorityQueue<>(count + 1, order.reversed());
        for (T item : items) {
            if (kept.size() < count) {
                kept.add(item);
            } else if (count > 0 && order.compare(item, kept.peek()) < 0) {
                kept.poll();
                kept.add(item);
            }
        }
        List<T> first = new ArrayList<>(kept);
        first.sort(order);
        return first;
    }
}
