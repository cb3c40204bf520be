package nl.aanbodwijzer.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/** Counts, over the documents a query matches, how many carry each value of one keyword field. */
final class FacetCounter implements CollectorManager<FacetCounter.Counting, Map<String, Long>> {
    private final String field;

    FacetCounter(String field) {
        this.field = field;
    }

    @Override
    public Counting newCollector() {
        return new Counting(field);
    }

    @Override
    public Map<String, Long> reduce(Collection<Counting> collectors) throws IOException {
        Map<String, Long> counts = new HashMap<>();
        for (Counting collector : collectors) {
            collector.flush();
            collector.counts.forEach((value, count) -> counts.merge(value, count, Long::sum));
        }
        return counts;
    }

    /** Counts by ordinal within a segment, and by value across segments. */
    static final class Counting extends SimpleCollector {
        private final String field;
        private final Map<String, Long> counts = new HashMap<>();
        private SortedSetDocValues values;
        private long[] segmentCounts = new long[0];

        Counting(String field) {
            this.field = field;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            values = DocValues.getSortedSet(context.reader(), field);
            segmentCounts = new long[(int) values.getValueCount()];
        }

        @Override
        public void collect(int doc) throws IOException {
            if (values.advanceExact(doc)) {
                for (int i = 0; i < values.docValueCount(); i++) {
                    segmentCounts[(int) values.nextOrd()]++;
                }
            }
        }

        void flush() throws IOException {
            for (int ord = 0; ord < segmentCounts.length; ord++) {
                if (segmentCounts[ord] > 0) {
                    counts.merge(values.lookupOrd(ord).utf8ToString(), segmentCounts[ord], Long::sum);
                }
            }
            segmentCounts = new long[0];
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
