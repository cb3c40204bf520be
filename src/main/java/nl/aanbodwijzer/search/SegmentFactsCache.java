package nl.aanbodwijzer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * The {@link SegmentFacts} of every open segment: built when a segment becomes searchable (by the
 * refresh that opens it, not by a search), dropped when the segment closes. A document deleted from a
 * segment keeps its facts; searches never reach it.
 */
final class SegmentFactsCache {
    private final Map<IndexReader.CacheKey, SegmentFacts> bySegment = new ConcurrentHashMap<>();

    SegmentFacts of(LeafReaderContext leaf) {
        IndexReader.CacheHelper segment = leaf.reader().getCoreCacheHelper();
        return bySegment.computeIfAbsent(segment.getKey(), key -> {
            segment.addClosedListener(bySegment::remove);
            try {
                return SegmentFacts.of(leaf.reader());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Opens searchers with the facts of all their segments built. */
    SearcherFactory searchers() {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                reader.leaves().forEach(SegmentFactsCache.this::of);
                return super.newSearcher(reader, previous);
            }
        };
    }
}
