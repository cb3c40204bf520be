package nl.aanbodwijzer.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Small-number suppression, as statistical offices apply it. Counts of 1 to 4 are withheld
 * (primary); then as few other counts as needed (secondary) so that no withheld count can be worked
 * out from the sums the table shows.
 *
 * <p>Every count takes part in at most two sums, its row's and its column's. Seen as a graph whose
 * nodes are the sums (plus one node for "no sum") and whose edges are the counts, a withheld count
 * follows from the shown ones exactly when it is a bridge among the withheld edges: on a cycle of
 * withheld counts, adding and subtracting one around the cycle keeps every sum. So each bridge is
 * closed into a cycle along the path of shown counts that hides the least. Zeros are used only when
 * nothing else closes the cycle: a zero is often known to be empty, so it protects little.
 */
final class Suppression {
    /** The smallest count that is shown as it is. */
    static final int SMALLEST_SHOWN = 5;

    private static final long ZERO_COST = 1_000_000_000L;

    /** A count and the sums it takes part in (none, one or two, by their index). */
    record Count(int value, int[] sums) {
        Count {
            if (value < 0 || sums.length > 2) {
                throw new IllegalArgumentException("a count is at least 0 and in at most two sums");
            }
        }
    }

    /** The counts withheld because they are small, and those withheld to protect them. */
    record Withheld(BitSet primary, BitSet secondary) {
        boolean any(int count) {
            return primary.get(count) || secondary.get(count);
        }
    }

    private final List<Count> counts;
    private final int free;
    private final List<List<Integer>> everyCount;

    private Suppression(List<Count> counts, int sums) {
        this.counts = counts;
        this.free = sums;
        BitSet all = new BitSet();
        all.set(0, counts.size());
        this.everyCount = adjacency(all);
    }

    /** Decides which of the counts to withhold; {@code sums} is the number of sums they refer to. */
    static Withheld withhold(List<Count> counts, int sums) {
        return new Suppression(counts, sums).withhold();
    }

    private Withheld withhold() {
        BitSet primary = new BitSet();
        for (int i = 0; i < counts.size(); i++) {
            int value = counts.get(i).value();
            if (value > 0 && value < SMALLEST_SHOWN) {
                primary.set(i);
            }
        }
        BitSet withheld = (BitSet) primary.clone();
        for (int bridge = firstBridge(withheld); bridge >= 0; bridge = firstBridge(withheld)) {
            List<Integer> detour = cheapestDetour(bridge, withheld);
            if (detour.isEmpty()) {
                throw new IllegalStateException("count " + bridge + " follows from the sums whatever is withheld");
            }
            detour.forEach(withheld::set);
        }
        withheld.andNot(primary);
        return new Withheld(primary, withheld);
    }

    private int from(int count) {
        int[] sums = counts.get(count).sums();
        return sums[0];
    }

    private int to(int count) {
        int[] sums = counts.get(count).sums();
        return sums.length == 2 ? sums[1] : free;
    }

    private boolean inAnySum(int count) {
        return counts.get(count).sums().length > 0;
    }

    /** The withheld count of lowest index that is a bridge among the withheld counts; -1 if none. */
    private int firstBridge(BitSet withheld) {
        List<List<Integer>> edges = adjacency(withheld);
        int[] discovered = new int[free + 1];
        int[] low = new int[free + 1];
        Arrays.fill(discovered, -1);
        BitSet bridges = new BitSet();
        int[] clock = {0};
        for (int node = 0; node <= free; node++) {
            if (discovered[node] < 0) {
                visit(node, -1, edges, discovered, low, clock, bridges);
            }
        }
        return bridges.nextSetBit(0);
    }

    private List<List<Integer>> adjacency(BitSet withheld) {
        List<List<Integer>> edges = new ArrayList<>();
        for (int node = 0; node <= free; node++) {
            edges.add(new ArrayList<>());
        }
        for (int count = withheld.nextSetBit(0); count >= 0; count = withheld.nextSetBit(count + 1)) {
            if (inAnySum(count)) {
                edges.get(from(count)).add(count);
                edges.get(to(count)).add(count);
            }
        }
        return edges;
    }

    /** Tarjan's bridge search; tables are small, so recursion depth stays low. */
    private void visit(
            int node,
            int viaCount,
            List<List<Integer>> edges,
            int[] discovered,
            int[] low,
            int[] clock,
            BitSet bridges) {
        discovered[node] = low[node] = clock[0]++;
        for (int count : edges.get(node)) {
            if (count == viaCount) {
                continue;
            }
            int next = from(count) == node ? to(count) : from(count);
            if (discovered[next] < 0) {
                visit(next, count, edges, discovered, low, clock, bridges);
                low[node] = Math.min(low[node], low[next]);
                if (low[next] > discovered[node]) {
                    bridges.set(count);
                }
            } else {
                low[node] = Math.min(low[node], discovered[next]);
            }
        }
    }

    /**
     * The shown counts to withhold so that the bridge lies on a cycle: the path between its ends that
     * hides the least, where a withheld count costs nothing and a shown one its value plus one.
     */
    private List<Integer> cheapestDetour(int bridge, BitSet withheld) {
        long[] cost = new long[free + 1];
        int[] via = new int[free + 1];
        Arrays.fill(cost, Long.MAX_VALUE);
        Arrays.fill(via, -1);
        int start = from(bridge);
        int goal = to(bridge);
        cost[start] = 0;
        PriorityQueue<long[]> queue = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
        queue.add(new long[] {0, start});
        while (!queue.isEmpty()) {
            long[] next = queue.poll();
            int node = (int) next[1];
            if (next[0] > cost[node]) {
                continue;
            }
            for (int count : everyCount.get(node)) {
                if (count == bridge) {
                    continue;
                }
                int other = from(count) == node ? to(count) : from(count);
                long through = cost[node] + cost(count, withheld);
                if (through < cost[other]) {
                    cost[other] = through;
                    via[other] = count;
                    queue.add(new long[] {through, other});
                }
            }
        }
        List<Integer> path = new ArrayList<>();
        for (int node = goal; node != start && via[node] >= 0; ) {
            int count = via[node];
            path.add(count);
            node = from(count) == node ? to(count) : from(count);
        }
        return cost[goal] == Long.MAX_VALUE ? List.of() : path;
    }

    private long cost(int count, BitSet withheld) {
        int value = counts.get(count).value();
        if (withheld.get(count)) {
            return 0;
        }
        return value == 0 ? ZERO_COST : value + 1L;
    }
}
