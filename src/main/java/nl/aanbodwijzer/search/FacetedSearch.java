package nl.aanbodwijzer.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.aanbodwijzer.search.BestHits.Hit;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.DocIdStream;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * One search with its total and its facet counts, in two passes. The first finds every document the
 * base query matches, without scoring, as a bit set per segment. Counting is then set arithmetic: a
 * dimension's counts are the documents that meet every facet filter but its own (as drill-sideways
 * faceting counts them), intersected with each value's documents. The second pass scores only as many
 * of the hits as it takes to find the best ones: once a page is full, documents that cannot beat
 * its worst are skipped. Without text, the page comes in name order or by wait, from memory.
 */
final class FacetedSearch {
    /** The page (the best {@code wanted} hits, best first), how many documents meet every filter, and the counts. */
    record Result(List<Hit> top, int total, Map<String, Map<String, Long>> facets) {}

    /** The order of the page. */
    enum Order {
        RELEVANCE,
        NAME,
        WAIT
    }

    private final IndexSearcher searcher;
    private final List<LeafReaderContext> leaves;
    private final SegmentFacts[] segments;

    FacetedSearch(IndexSearcher searcher, SegmentFactsCache facts) {
        this.searcher = searcher;
        this.leaves = searcher.getIndexReader().leaves();
        this.segments = leaves.stream().map(facts::of).toArray(SegmentFacts[]::new);
    }

    /**
     * {@code base} is the text (or every document) with the filters that are no facet's; {@code
     * filters} holds the filter of each facet dimension that has one; {@code text} scores the page
     * when it is in order of relevance.
     */
    Result search(Query base, Map<String, Query> filters, Query text, Order order, int wanted) throws IOException {
        FixedBitSet[] matched = searcher.search(base, new Matched());
        Weight[] filterWeights = weights(filters);
        FixedBitSet[] hits = new FixedBitSet[leaves.size()];
        int total = 0;
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        OfferDocuments.FACETS.forEach(dimension -> facets.put(dimension, new HashMap<>()));
        for (LeafReaderContext leaf : leaves) {
            FixedBitSet docs = matched[leaf.ord];
            if (docs == null) {
                continue;
            }
            FixedBitSet[] passes = passes(filterWeights, leaf);
            hits[leaf.ord] = meetingAllBut(docs, passes, -1);
            total += hits[leaf.ord].cardinality();
            for (int i = 0; i < passes.length; i++) {
                String dimension = OfferDocuments.FACETS.get(i);
                FixedBitSet counted = passes[i] == null ? hits[leaf.ord] : meetingAllBut(docs, passes, i);
                count(segments[leaf.ord].facet(dimension), counted, facets.get(dimension));
            }
        }
        List<Hit> top = order == Order.RELEVANCE ? scored(text, hits, wanted) : sorted(hits, order, wanted);
        return new Result(top, total, facets);
    }

    private Weight[] weights(Map<String, Query> filters) throws IOException {
        Weight[] weights = new Weight[OfferDocuments.FACETS.size()];
        for (int i = 0; i < weights.length; i++) {
            Query filter = filters.get(OfferDocuments.FACETS.get(i));
            if (filter != null) {
                weights[i] = searcher.createWeight(searcher.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1f);
            }
        }
        return weights;
    }

    /** Per facet dimension, the documents of the segment that meet its filter (null: no filter). */
    private static FixedBitSet[] passes(Weight[] filters, LeafReaderContext leaf) throws IOException {
        FixedBitSet[] passes = new FixedBitSet[filters.length];
        for (int i = 0; i < filters.length; i++) {
            if (filters[i] != null) {
                passes[i] = new FixedBitSet(leaf.reader().maxDoc());
                Scorer scorer = filters[i].scorer(leaf);
                if (scorer != null) {
                    passes[i].or(scorer.iterator());
                }
            }
        }
        return passes;
    }

    /** The documents that meet every facet filter except that of dimension {@code except} (-1: all). */
    private static FixedBitSet meetingAllBut(FixedBitSet docs, FixedBitSet[] passes, int except) {
        FixedBitSet meeting = docs;
        for (int i = 0; i < passes.length; i++) {
            if (i != except && passes[i] != null) {
                if (meeting == docs) {
                    meeting = docs.clone();
                }
                meeting.and(passes[i]);
            }
        }
        return meeting;
    }

    private static void count(Map<String, FixedBitSet> values, FixedBitSet counted, Map<String, Long> counts) {
        values.forEach((value, docs) -> {
            long count = FixedBitSet.intersectionCount(counted, docs);
            if (count > 0) {
                counts.merge(value, count, Long::sum);
            }
        });
    }

    private List<Hit> scored(Query text, FixedBitSet[] hits, int wanted) throws IOException {
        Query hitsByScore = new BooleanQuery.Builder()
                .add(text, Occur.MUST)
                .add(new DocSetQuery(hits), Occur.FILTER)
                .build();
        return searcher.search(hitsByScore, new ByScore(wanted)).best();
    }

    /** In name order (or by wait, then name), from the facts in memory. */
    private List<Hit> sorted(FixedBitSet[] hits, Order order, int wanted) {
        BestHits best = new BestHits(segments, wanted);
        for (LeafReaderContext leaf : leaves) {
            FixedBitSet docs = hits[leaf.ord];
            if (docs == null) {
                continue;
            }
            SegmentFacts segment = segments[leaf.ord];
            if (order == Order.NAME && walkingByNameIsCheaper(docs, wanted)) {
                int found = 0;
                for (int doc : segment.byName()) {
                    if (found == wanted) {
                        break;
                    }
                    if (docs.get(doc)) {
                        best.offer(0, leaf.ord, doc);
                        found++;
                    }
                }
            } else {
                for (int doc = nextSetBit(docs, 0);
                        doc != DocIdSetIterator.NO_MORE_DOCS;
                        doc = nextSetBit(docs, doc + 1)) {
                    best.offer(order == Order.WAIT ? segment.waitWeeks(doc) : 0, leaf.ord, doc);
                }
            }
        }
        return best.best();
    }

    /** Walking the name order reads about {@code wanted / share} documents; visiting every hit reads them all. */
    private static boolean walkingByNameIsCheaper(FixedBitSet docs, int wanted) {
        long hits = docs.cardinality();
        return hits > 0 && (long) wanted * docs.length() < hits * hits;
    }

    private static int nextSetBit(FixedBitSet docs, int from) {
        return from >= docs.length() ? DocIdSetIterator.NO_MORE_DOCS : docs.nextSetBit(from);
    }

    /** The documents the base query matches, per segment ordinal; null where a segment has none. */
    private final class Matched implements CollectorManager<Collector, FixedBitSet[]> {
        private final FixedBitSet[] docs = new FixedBitSet[leaves.size()];

        @Override
        public Collector newCollector() {
            return new Collector() {
                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }

                @Override
                public LeafCollector getLeafCollector(LeafReaderContext leaf) {
                    FixedBitSet segment = new FixedBitSet(leaf.reader().maxDoc());
                    docs[leaf.ord] = segment;
                    return new LeafCollector() {
                        @Override
                        public void setScorer(Scorable scorer) {}

                        @Override
                        public void collect(int doc) {
                            segment.set(doc);
                        }

                        @Override
                        public void collect(DocIdStream stream) throws IOException {
                            stream.forEach(segment::set);
                        }

                        @Override
                        public void collectRange(int min, int max) {
                            segment.set(min, max);
                        }
                    };
                }
            };
        }

        @Override
        public FixedBitSet[] reduce(Collection<Collector> collectors) {
            return docs;
        }
    }

    /**
     * The best hits by score. Once the page is full the scorer is told the worst score on it, so that
     * it may skip documents that score lower; ties still arrive, for the order by name.
     */
    private final class ByScore implements CollectorManager<Collector, BestHits> {
        private final int wanted;
        private final Map<Collector, BestHits> bestPerSlice = new HashMap<>();

        ByScore(int wanted) {
            this.wanted = wanted;
        }

        @Override
        public synchronized Collector newCollector() {
            BestHits best = new BestHits(segments, wanted);
            Collector collector = new Collector() {
                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.TOP_SCORES;
                }

                @Override
                public LeafCollector getLeafCollector(LeafReaderContext leaf) {
                    return new LeafCollector() {
                        private Scorable scorer;

                        @Override
                        public void setScorer(Scorable scorer) throws IOException {
                            this.scorer = scorer;
                            raiseMinimum();
                        }

                        @Override
                        public void collect(int doc) throws IOException {
                            if (best.offer(-scorer.score(), leaf.ord, doc)) {
                                raiseMinimum();
                            }
                        }

                        private void raiseMinimum() throws IOException {
                            if (best.full() && wanted > 0) {
                                scorer.setMinCompetitiveScore(-best.worstKey());
                            }
                        }
                    };
                }
            };
            bestPerSlice.put(collector, best);
            return collector;
        }

        @Override
        public BestHits reduce(Collection<Collector> collectors) {
            BestHits all = new BestHits(segments, wanted);
            collectors.forEach(collector -> all.addAll(bestPerSlice.get(collector)));
            return all;
        }
    }
}
