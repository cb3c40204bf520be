package nl.aanbodwijzer.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The best hits seen so far, at most as many as wanted: by a key (lower first: a negated score, a
 * wait), then by name, then by id, so that the order never depends on how documents were indexed.
 */
final class BestHits {
    /** A hit on the page: its segment (by ordinal), its document in that segment and its offer id. */
    record Hit(int segment, int doc, String id) {}

    private record Entry(float key, int segment, int doc) {}

    private final SegmentFacts[] segments;
    private final int wanted;
    private final Comparator<Entry> order = this::compare;
    private final PriorityQueue<Entry> worstFirst;

    /** {@code segments} holds the facts of each segment by its ordinal. */
    BestHits(SegmentFacts[] segments, int wanted) {
        this.segments = segments;
        this.wanted = wanted;
        this.worstFirst = new PriorityQueue<>(Math.max(1, wanted), order.reversed());
    }

    /** Keeps the hit when it is among the best; answers whether it was kept. */
    boolean offer(float key, int segment, int doc) {
        if (worstFirst.size() < wanted) {
            worstFirst.add(new Entry(key, segment, doc));
            return true;
        }
        if (wanted == 0 || key > worstKey()) {
            return false;
        }
        Entry entry = new Entry(key, segment, doc);
        if (order.compare(entry, worstFirst.peek()) >= 0) {
            return false;
        }
        worstFirst.poll();
        worstFirst.add(entry);
        return true;
    }

    boolean full() {
        return worstFirst.size() >= wanted;
    }

    /** The key of the worst hit kept; only asked when {@link #full()}. */
    float worstKey() {
        return worstFirst.peek().key();
    }

    void addAll(BestHits other) {
        other.worstFirst.forEach(entry -> offer(entry.key(), entry.segment(), entry.doc()));
    }

    /** The hits kept, best first. */
    List<Hit> best() {
        List<Entry> entries = new ArrayList<>(worstFirst);
        entries.sort(order);
        return entries.stream()
                .map(e -> new Hit(e.segment(), e.doc(), segments[e.segment()].id(e.doc())))
                .toList();
    }

    private int compare(Entry a, Entry b) {
        int byKey = Float.compare(a.key(), b.key());
        if (byKey != 0) {
            return byKey;
        }
        SegmentFacts segment = segments[a.segment()];
        return a.segment() == b.segment()
                ? segment.compareByName(a.doc(), b.doc())
                : segment.compareByName(a.doc(), segments[b.segment()], b.doc());
    }
}
