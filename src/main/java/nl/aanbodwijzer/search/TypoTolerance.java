package nl.aanbodwijzer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * One typo per word of five letters or more (an edit or a swap of two letters, the first letter as
 * typed), as fuzzy queries rewritten to the indexed words they reach. Building the automaton and
 * walking the terms is most of a search's cost, so each word and field is rewritten once per index
 * reader and remembered until the index changes.
 */
final class TypoTolerance {
    static final int MIN_LENGTH = 5;
    private static final int MAX_EXPANSIONS = 20;
    private static final int MAX_REMEMBERED = 20_000;

    /** Rewritten queries hold term statistics of the reader they were rewritten against. */
    private record Remembered(IndexReader reader, Map<String, Query> queries) {}

    private final AtomicReference<Remembered> remembered = new AtomicReference<>(new Remembered(null, Map.of()));

    /** The words one typo from {@code word} in {@code field}, or null for a word too short for typos. */
    Query of(String field, String word, IndexSearcher searcher) {
        if (word.length() < MIN_LENGTH) {
            return null;
        }
        Map<String, Query> queries = queriesFor(searcher.getIndexReader());
        if (queries.size() >= MAX_REMEMBERED) {
            queries.clear();
        }
        return queries.computeIfAbsent(field + ' ' + word, key -> rewrite(field, word, searcher));
    }

    private Map<String, Query> queriesFor(IndexReader reader) {
        Remembered current = remembered.get();
        if (current.reader() != reader) {
            current = new Remembered(reader, new ConcurrentHashMap<>());
            remembered.set(current);
        }
        return current.queries();
    }

    private static Query rewrite(String field, String word, IndexSearcher searcher) {
        try {
            return searcher.rewrite(new FuzzyQuery(new Term(field, word), 1, 1, MAX_EXPANSIONS, true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
