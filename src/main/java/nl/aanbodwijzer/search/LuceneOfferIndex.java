package nl.aanbodwijzer.search;

import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import nl.aanbodwijzer.capacity.Staleness;
import nl.aanbodwijzer.catalog.Offer;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * The offer index in memory. One generation (directory, writer, searcher manager) serves at a time;
 * a rebuild fills a new generation and swaps it in, so searches never wait for it.
 */
@Singleton
class LuceneOfferIndex implements OfferIndex {
    /** Ties end on the id, so that the order does not depend on the order documents were indexed in. */
    private static final SortField BY_ID = new SortField(OfferDocuments.ID, SortField.Type.STRING);

    private static final SortField NAME = new SortField(OfferDocuments.NAME_SORT, SortField.Type.STRING);
    private static final Sort BY_NAME = new Sort(NAME, BY_ID);
    private static final Sort BY_WAIT =
            new Sort(new SortField(OfferDocuments.WAIT_SORT, SortField.Type.INT), NAME, BY_ID);
    private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, NAME, BY_ID);

    private final AtomicReference<IndexGeneration> current = new AtomicReference<>();
    private final Staleness staleness;
    private final int closeDelaySeconds;

    LuceneOfferIndex(
            Staleness staleness, @Value("${aanbodwijzer.search.close-delay-seconds:10}") int closeDelaySeconds) {
        this.staleness = staleness;
        this.closeDelaySeconds = closeDelaySeconds;
    }

    @Override
    public SearchResult search(SearchRequest request) {
        IndexGeneration generation = generation();
        return generation.withSearcher(searcher -> {
            Query text = request.hasText()
                    ? generation.queries().text(request.text(), (field, word) -> generation
                            .typos()
                            .of(field, word, searcher))
                    : null;
            OfferQueries.Filters filters = OfferQueries.filters(request, staleness.cutoff());
            long skip = (long) (request.page() - 1) * request.size();
            // no more hits than the index holds, so that a page number cannot exhaust memory
            int wanted = (int)
                    Math.min(skip + request.size(), searcher.getIndexReader().maxDoc());
            OnePassSearch.Result result = searcher.search(
                    filters.base(text),
                    new OnePassSearch(
                            searcher,
                            sort(request, text != null),
                            wanted,
                            OfferDocuments.FACETS,
                            filters.byDimension()));
            ScoreDoc[] hits = result.top().scoreDocs;
            ScoreDoc[] page = Arrays.copyOfRange(hits, (int) Math.min(skip, hits.length), hits.length);
            List<String> ids = ids(searcher, page);
            Map<String, String> snippets = text == null
                    ? Map.of()
                    : snippets(generation, searcher, generation.queries().highlight(request.text()), page, ids);
            return new SearchResult(ids, result.total(), result.facets(), snippets);
        });
    }

    @Override
    public Map<String, Float> relevance(String text, Collection<String> among) {
        IndexGeneration generation = generation();
        Query query = generation.queries().text(text, null);
        if (query == null || among.isEmpty()) {
            return Map.of();
        }
        BooleanQuery.Builder filtered = new BooleanQuery.Builder()
                .add(query, Occur.MUST)
                .add(
                        new TermInSetQuery(
                                OfferDocuments.ID,
                                among.stream().map(BytesRef::new).toList()),
                        Occur.FILTER);
        return generation.withSearcher(searcher -> {
            ScoreDoc[] hits = searcher.search(filtered.build(), among.size()).scoreDocs;
            List<String> ids = ids(searcher, hits);
            Map<String, Float> scores = new LinkedHashMap<>();
            for (int i = 0; i < hits.length; i++) {
                scores.put(ids.get(i), hits[i].score);
            }
            return scores;
        });
    }

    /** The offer ids of these hits, read from doc values rather than stored fields. */
    private static List<String> ids(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<String> ids = new ArrayList<>(hits.length);
        for (ScoreDoc hit : hits) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
            SortedDocValues values = DocValues.getSorted(leaf.reader(), OfferDocuments.ID);
            values.advanceExact(hit.doc - leaf.docBase);
            ids.add(values.lookupOrd(values.ordValue()).utf8ToString());
        }
        return ids;
    }

    @Override
    public List<Suggestion> suggest(String prefix, int limit) {
        IndexGeneration generation = generation();
        List<String> words = generation.queries().words(prefix);
        if (words.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        String last = words.get(words.size() - 1);
        BooleanQuery.Builder completes = new BooleanQuery.Builder();
        OfferDocuments.TEXT_FIELDS.forEach((field, weight) -> {
            if (!field.equals(OfferDocuments.DESCRIPTION)) {
                completes.add(
                        new BoostQuery(new PrefixQuery(new Term(OfferDocuments.plain(field), last)), weight),
                        Occur.SHOULD);
            }
        });
        query.add(completes.build(), Occur.MUST);
        for (String word : words.subList(0, words.size() - 1)) {
            query.add(new TermQuery(new Term(OfferDocuments.plain(OfferDocuments.NAME), word)), Occur.SHOULD);
        }
        query.add(new TermQuery(new Term(OfferDocuments.STATUS, "CLOSED")), Occur.MUST_NOT);
        return generation.withSearcher(searcher -> {
            List<Suggestion> suggestions = new ArrayList<>();
            ScoreDoc[] hits = searcher.search(query.build(), limit, BY_RELEVANCE, false).scoreDocs;
            for (String id : ids(searcher, hits)) {
                suggestions.add(new Suggestion(generation.offer(id).name(), id));
            }
            return suggestions;
        });
    }

    @Override
    public void update(Collection<Offer> offers) {
        IndexGeneration generation = generation();
        generation.update(offers);
    }

    @Override
    public void replaceAll(Collection<Offer> offers, Vocabulary vocabulary) {
        IndexGeneration fresh = IndexGeneration.build(offers, vocabulary);
        IndexGeneration old = current.getAndSet(fresh);
        if (old != null) {
            CompletableFuture.delayedExecutor(closeDelaySeconds, TimeUnit.SECONDS)
                    .execute(old::close);
        }
    }

    @Override
    public long sizeInBytes() {
        return generation().sizeInBytes();
    }

    @Override
    public Vocabulary vocabulary() {
        return generation().vocabulary();
    }

    @PreDestroy
    void close() {
        IndexGeneration generation = current.getAndSet(null);
        if (generation != null) {
            generation.close();
        }
    }

    private IndexGeneration generation() {
        IndexGeneration generation = current.get();
        if (generation == null) {
            throw new IllegalStateException("the search index is not built yet");
        }
        return generation;
    }

    private static Sort sort(SearchRequest request, boolean hasText) {
        return switch (request.sort()) {
            case WAIT -> BY_WAIT;
            case NAME -> BY_NAME;
            case RELEVANCE -> hasText ? BY_RELEVANCE : BY_NAME;
        };
    }

    /**
     * The best passage of the description, or of the name when the description does not match. Plain
     * term offsets from the postings (no flags) are enough for a query of words, and much cheaper.
     */
    private static Map<String, String> snippets(
            IndexGeneration generation, IndexSearcher searcher, Query text, ScoreDoc[] page, List<String> ids)
            throws IOException {
        Map<Integer, Offer> offers = new HashMap<>();
        for (int i = 0; i < page.length; i++) {
            offers.put(page[i].doc, generation.offer(ids.get(i)));
        }
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, generation.indexAnalyzer())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withMaxLength(10_000)
                .withWeightMatches(false)
                .withHandleMultiTermQuery(false)
                .withHighlightPhrasesStrictly(false)
                .withPassageRelevancyOverSpeed(false);
        UnifiedHighlighter highlighter = new UnifiedHighlighter(builder) {
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int limit)
                    throws IOException {
                List<CharSequence[]> values = new ArrayList<>();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    Offer offer = offers.get(doc);
                    values.add(Arrays.stream(fields)
                            .map(field -> OfferDocuments.highlightedText(offer, field))
                            .toArray(CharSequence[]::new));
                }
                return values;
            }
        };
        Map<String, String[]> fields = highlighter.highlightFields(
                new String[] {OfferDocuments.DESCRIPTION, OfferDocuments.NAME},
                text,
                new TopDocs(null, page),
                new int[] {1, 1});
        String[] descriptions = fields.get(OfferDocuments.DESCRIPTION);
        String[] names = fields.get(OfferDocuments.NAME);
        Map<String, String> snippets = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            String snippet = descriptions[i] != null && descriptions[i].contains("<mark>") ? descriptions[i] : names[i];
            if (snippet != null) {
                snippets.put(ids.get(i), snippet);
            }
        }
        return snippets;
    }
}
