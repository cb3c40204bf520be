package nl.aanbodwijzer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * The top hits, the total and the facet counts of a search in one pass over the documents the base
 * query matches. A document that meets every facet filter is a hit and counts in every dimension; one
 * that misses the filter of exactly one dimension counts in that dimension only. So each dimension's
 * counts ignore its own filter, as drill-sideways faceting does, and the text is scored once.
 */
final class OnePassSearch implements CollectorManager<OnePassSearch.Pass, OnePassSearch.Result> {
    /** The best hits (at most the number asked for), how many documents meet every filter, and the counts. */
    record Result(TopDocs top, int total, Map<String, Map<String, Long>> facets) {}

    private final TopFieldCollectorManager top;
    private final boolean scores;
    private final List<String> dimensions;
    /** Per dimension, in the order of {@link #dimensions}: the weight of its filter, or null when it has none. */
    private final Weight[] filters;

    OnePassSearch(IndexSearcher searcher, Sort sort, int hits, List<String> dimensions, Map<String, Query> filters)
            throws IOException {
        this.top = new TopFieldCollectorManager(sort, Math.max(1, hits), null, Integer.MAX_VALUE);
        this.scores = sort.needsScores();
        this.dimensions = dimensions;
        this.filters = new Weight[dimensions.size()];
        for (int i = 0; i < dimensions.size(); i++) {
            Query filter = filters.get(dimensions.get(i));
            if (filter != null) {
                this.filters[i] = searcher.createWeight(searcher.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1f);
            }
        }
    }

    @Override
    public Pass newCollector() {
        return new Pass(top.newCollector());
    }

    @Override
    public Result reduce(Collection<Pass> passes) throws IOException {
        List<TopFieldCollector> tops = new ArrayList<>();
        int total = 0;
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        dimensions.forEach(dimension -> facets.put(dimension, new HashMap<>()));
        for (Pass pass : passes) {
            tops.add(pass.top);
            total += pass.total;
            for (int i = 0; i < dimensions.size(); i++) {
                Map<String, Long> merged = facets.get(dimensions.get(i));
                pass.counts.get(i).forEach((value, count) -> merged.merge(value, count, Long::sum));
            }
        }
        return new Result(top.reduce(tops), total, facets);
    }

    /** One slice of the index: its share of the hits, the total and the counts by value. */
    final class Pass implements Collector {
        private final TopFieldCollector top;
        private final List<Map<String, Long>> counts = new ArrayList<>();
        private int total;

        private Pass(TopFieldCollector top) {
            this.top = top;
            dimensions.forEach(dimension -> counts.add(new HashMap<>()));
        }

        @Override
        public ScoreMode scoreMode() {
            return scores ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext leaf) throws IOException {
            return new Segment(leaf, top.getLeafCollector(leaf));
        }

        /** Counts by ordinal within a segment, and by value once the segment is done. */
        private final class Segment implements LeafCollector {
            private final LeafCollector hits;
            private final FilterMatch[] matches = new FilterMatch[dimensions.size()];
            private final SortedSetDocValues[] values = new SortedSetDocValues[dimensions.size()];
            private final long[][] ordinalCounts = new long[dimensions.size()][];

            private Segment(LeafReaderContext leaf, LeafCollector hits) throws IOException {
                this.hits = hits;
                for (int i = 0; i < dimensions.size(); i++) {
                    matches[i] = filters[i] == null ? FilterMatch.ALL : FilterMatch.of(filters[i].scorer(leaf));
                    values[i] = DocValues.getSortedSet(leaf.reader(), dimensions.get(i));
                    ordinalCounts[i] = new long[(int) values[i].getValueCount()];
                }
            }

            @Override
            public void setScorer(Scorable scorer) throws IOException {
                hits.setScorer(scorer);
            }

            @Override
            public void collect(int doc) throws IOException {
                int missed = -1;
                for (int i = 0; i < matches.length; i++) {
                    if (!matches[i].matches(doc)) {
                        if (missed >= 0) {
                            return;
                        }
                        missed = i;
                    }
                }
                if (missed >= 0) {
                    count(missed, doc);
                    return;
                }
                total++;
                hits.collect(doc);
                for (int i = 0; i < values.length; i++) {
                    count(i, doc);
                }
            }

            private void count(int dimension, int doc) throws IOException {
                SortedSetDocValues docValues = values[dimension];
                if (docValues.advanceExact(doc)) {
                    for (int i = 0; i < docValues.docValueCount(); i++) {
                        ordinalCounts[dimension][(int) docValues.nextOrd()]++;
                    }
                }
            }

            @Override
            public void finish() throws IOException {
                hits.finish();
                for (int i = 0; i < values.length; i++) {
                    for (int ord = 0; ord < ordinalCounts[i].length; ord++) {
                        if (ordinalCounts[i][ord] > 0) {
                            counts.get(i)
                                    .merge(values[i].lookupOrd(ord).utf8ToString(), ordinalCounts[i][ord], Long::sum);
                        }
                    }
                }
            }
        }
    }

    /** Whether a document meets one filter; documents are asked in increasing order within a segment. */
    private static class FilterMatch {
        static final FilterMatch ALL = new FilterMatch(null, null) {
            @Override
            boolean matches(int doc) {
                return true;
            }
        };
        static final FilterMatch NONE = new FilterMatch(null, null) {
            @Override
            boolean matches(int doc) {
                return false;
            }
        };

        private final DocIdSetIterator approximation;
        private final TwoPhaseIterator twoPhase;

        private FilterMatch(DocIdSetIterator approximation, TwoPhaseIterator twoPhase) {
            this.approximation = approximation;
            this.twoPhase = twoPhase;
        }

        static FilterMatch of(Scorer scorer) {
            if (scorer == null) {
                return NONE;
            }
            TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
            return new FilterMatch(twoPhase == null ? scorer.iterator() : twoPhase.approximation(), twoPhase);
        }

        boolean matches(int doc) throws IOException {
            if (approximation.docID() < doc) {
                approximation.advance(doc);
            }
            return approximation.docID() == doc && (twoPhase == null || twoPhase.matches());
        }
    }
}
