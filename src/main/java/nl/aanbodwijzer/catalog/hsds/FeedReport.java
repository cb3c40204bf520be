package nl.aanbodwijzer.catalog.hsds;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What reading a feed found: the problems that stop its import, and what it could not map, counted. */
final class FeedReport {
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Integer> unmapped = new TreeMap<>();

    void problem(String text) {
        problems.add(text);
    }

    void count(String what) {
        unmapped.merge(what, 1, Integer::sum);
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    Map<String, Integer> unmapped() {
        return Map.copyOf(unmapped);
    }
}
