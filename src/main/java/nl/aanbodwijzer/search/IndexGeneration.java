package nl.aanbodwijzer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.aanbodwijzer.catalog.Offer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.MMapDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One built index: its directory, the only writer, the searcher manager, and the analysis and
 * vocabulary it was built with. Searchers are acquired and released around every use.
 */
final class IndexGeneration implements AutoCloseable {
    /** Work with a searcher that may throw. */
    @FunctionalInterface
    interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(IndexGeneration.class);

    /** Large enough that building a national catalogue flushes few segments. */
    private static final double BUILD_BUFFER_MB = 128;

    private final Path path;
    private final MMapDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final OfferQueries queries;
    private final Vocabulary vocabulary;
    private final TypoTolerance typos = new TypoTolerance();
    private final SegmentFactsCache facts = new SegmentFactsCache();
    /** The offers as indexed, for the text of snippets and completions. */
    private final Map<String, Offer> offers = new ConcurrentHashMap<>();

    /** The compound parts come from the offers the generation starts with, and stay for its life. */
    private IndexGeneration(Vocabulary vocabulary, CompoundWords.Dictionary compounds) throws IOException {
        this.vocabulary = vocabulary;
        this.path = IndexDirectories.newGeneration();
        this.directory = new MMapDirectory(path);
        this.writer = new IndexWriter(
                directory,
                new IndexWriterConfig(DutchAnalysis.forIndex(compounds)).setRAMBufferSizeMB(BUILD_BUFFER_MB));
        this.searchers = new SearcherManager(writer, facts.searchers());
        this.queries =
                new OfferQueries(DutchAnalysis.forQuery(DutchAnalysis.synonyms(vocabulary.synonymGroups()), compounds));
    }

    /** Analysis is most of the work, so documents are analysed on every core; the writer takes them in parallel. */
    static IndexGeneration build(Collection<Offer> offers, Vocabulary vocabulary) {
        try {
            IndexGeneration generation = new IndexGeneration(vocabulary, CompoundWords.dictionary(offers, vocabulary));
            offers.parallelStream().forEach(offer -> {
                try {
                    generation.offers.put(offer.id(), offer);
                    generation.writer.addDocument(OfferDocuments.toDocument(offer, vocabulary));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            generation.searchers.maybeRefreshBlocking();
            generation.mergeInBackground();
            return generation;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Merges the segments of the build (one per indexing thread) into one while searches go on with
     * the segments as they are: a search pays for each segment it reads, so one is fastest.
     */
    private void mergeInBackground() {
        Thread.ofPlatform().daemon().name("index-merge").start(() -> {
            try {
                writer.forceMerge(1);
                searchers.maybeRefreshBlocking();
            } catch (AlreadyClosedException | IOException e) {
                if (writer.isOpen()) {
                    LOG.warn("Merging the index into one segment failed; searches read it as it is", e);
                }
            }
        });
    }

    /** Adds or replaces the offers and makes them searchable before returning. */
    void update(Collection<Offer> offers) {
        try {
            for (Offer offer : offers) {
                this.offers.put(offer.id(), offer);
                writer.updateDocument(
                        new Term(OfferDocuments.ID, offer.id()), OfferDocuments.toDocument(offer, vocabulary));
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    OfferQueries queries() {
        return queries;
    }

    Offer offer(String id) {
        return offers.get(id);
    }

    SegmentFactsCache facts() {
        return facts;
    }

    TypoTolerance typos() {
        return typos;
    }

    long sizeInBytes() {
        try {
            long bytes = 0;
            for (String file : directory.listAll()) {
                bytes += directory.fileLength(file);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    @Override
    public void close() {
        try {
            writer.rollback(); // nothing to keep: the index is rebuilt at every start; a merge still running stops
            searchers.close();
            directory.close();
            IndexDirectories.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
