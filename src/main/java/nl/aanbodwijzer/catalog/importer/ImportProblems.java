package nl.aanbodwijzer.catalog.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Problems found in catalog-data, each as {@code file:line: message}. */
public final class ImportProblems {
    private record Problem(String file, int line, String message) {}

    private final List<Problem> problems = new ArrayList<>();

    /** Files are parsed in parallel, and each may add a problem. */
    synchronized void add(String file, int line, String message) {
        problems.add(new Problem(file, line, message));
    }

    public synchronized boolean isEmpty() {
        return problems.isEmpty();
    }

    /** The problems sorted by file and line. */
    public synchronized List<String> lines() {
        return problems.stream()
                .sorted(Comparator.comparing(Problem::file).thenComparingInt(Problem::line))
                .map(p -> p.file() + ":" + p.line() + ": " + p.message())
                .toList();
    }
}
