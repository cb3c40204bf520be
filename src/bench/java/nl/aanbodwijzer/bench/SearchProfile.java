package nl.aanbodwijzer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the in-process search spends its time: Flight Recorder's CPU samples of the search
 * benchmark, each counted in the part of a search it fell in (the first such part from the outside).
 */
final class SearchProfile {
    private static final String SEARCH = "nl.aanbodwijzer.search.LuceneOfferIndex.search";
    private static final String FACETS = "facet filters and counts (bit sets)";
    private static final Map<String, String> PARTS = parts();

    private SearchProfile() {}

    private static Map<String, String> parts() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("nl.aanbodwijzer.search.OfferQueries.text", "the text query (analysis, synonyms, typo variants)");
        parts.put("nl.aanbodwijzer.search.OfferQueries.filters", "the filters");
        parts.put("nl.aanbodwijzer.search.FacetedSearch.scored", "scoring the page (second pass)");
        parts.put("nl.aanbodwijzer.search.FacetedSearch.sorted", "the page without text (name order in memory)");
        parts.put("nl.aanbodwijzer.search.FacetedSearch.weights", FACETS);
        parts.put("nl.aanbodwijzer.search.FacetedSearch.passes", FACETS);
        parts.put("nl.aanbodwijzer.search.FacetedSearch.meetingAllBut", FACETS);
        parts.put("nl.aanbodwijzer.search.FacetedSearch.count", FACETS);
        parts.put("org.apache.lucene.search.IndexSearcher.search", "the matching documents (first pass, no scores)");
        parts.put("nl.aanbodwijzer.search.Snippets.of", "snippets");
        return parts;
    }

    /** The share of each part as a Markdown table, from the recordings in {@code dir}. */
    static String markdown(Path dir) throws IOException {
        Map<String, Integer> samples = new LinkedHashMap<>();
        PARTS.values().forEach(part -> samples.put(part, 0));
        samples.put("other", 0);
        int total = 0;
        for (Path recording : recordings(dir)) {
            for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
                String part = event.getEventType().getName().equals("jdk.ExecutionSample") ? part(event) : null;
                if (part != null) {
                    samples.merge(part, 1, Integer::sum);
                    total++;
                }
            }
        }
        StringBuilder md = new StringBuilder(String.format(
                Locale.ROOT,
                "Flight Recorder's CPU samples of the in-process search benchmark (%,d samples), each in the part of"
                        + " a search it fell in:%n%n| part of a search | share of the samples |%n| --- | ---: |%n",
                total));
        for (var part : samples.entrySet()) {
            md.append(String.format(
                    Locale.ROOT, "| %s | %.0f %% |%n", part.getKey(), 100.0 * part.getValue() / Math.max(1, total)));
        }
        return md.toString();
    }

    /** The part a sample fell in, or null when it is not of a search. */
    private static String part(RecordedEvent sample) {
        if (sample.getStackTrace() == null) {
            return null;
        }
        List<RecordedFrame> frames = sample.getStackTrace().getFrames().reversed();
        boolean inSearch = false;
        for (RecordedFrame frame : frames) {
            String method = frame.getMethod().getType().getName() + "."
                    + frame.getMethod().getName();
            if (method.equals(SEARCH)) {
                inSearch = true;
            } else if (inSearch && PARTS.containsKey(method)) {
                return PARTS.get(method);
            }
        }
        return inSearch ? "other" : null;
    }

    private static List<Path> recordings(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(file -> file.toString().endsWith(".jfr")).toList();
        }
    }
}
