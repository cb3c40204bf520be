package nl.aanbodwijzer.search;

import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import nl.aanbodwijzer.capacity.Staleness;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.search.BestHits.Hit;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The offer index in memory. One generation (directory, writer, searcher manager) serves at a time;
 * a rebuild fills a new generation and swaps it in, so searches never wait for it.
 */
@Singleton
class LuceneOfferIndex implements OfferIndex {
    /** Completions by relevance; ties by name, then id, so that the order does not depend on indexing. */
    private static final Sort BY_RELEVANCE = new Sort(
            SortField.FIELD_SCORE,
            new SortField(OfferDocuments.NAME_SORT, SortField.Type.STRING),
            new SortField(OfferDocuments.ID, SortField.Type.STRING));

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
            OfferQueries.Text text = request.hasText()
                    ? generation.queries().text(request.text(), (field, word) -> generation
                            .typos()
                            .of(field, word, searcher))
                    : null;
            Query textQuery = text == null ? null : text.query();
            OfferQueries.Filters filters = OfferQueries.filters(request, staleness.cutoff());
            long skip = (long) (request.page() - 1) * request.size();
            // no more hits than the index holds, so that a page number cannot exhaust memory
            int wanted = (int)
                    Math.min(skip + request.size(), searcher.getIndexReader().maxDoc());
            FacetedSearch.Result result = new FacetedSearch(searcher, generation.facts())
                    .search(
                            filters.base(textQuery),
                            filters.byDimension(),
                            textQuery,
                            order(request, text != null),
                            wanted);
            List<Hit> page = result.top()
                    .subList(
                            (int) Math.min(skip, result.top().size()),
                            result.top().size());
            List<String> ids = page.stream().map(Hit::id).toList();
            Map<String, String> snippets =
                    text == null ? Map.of() : Snippets.of(searcher, page, text.marked(), generation::offer);
            return new SearchResult(ids, result.total(), result.facets(), snippets);
        });
    }

    @Override
    public Map<String, Float> relevance(String text, Collection<String> among) {
        IndexGeneration generation = generation();
        OfferQueries.Text analysed = generation.queries().text(text, null);
        if (analysed == null || among.isEmpty()) {
            return Map.of();
        }
        Query query = analysed.query();
        BooleanQuery.Builder filtered = new BooleanQuery.Builder()
                .add(query, Occur.MUST)
                .add(
                        new TermInSetQuery(
                                OfferDocuments.ID,
                                among.stream().map(BytesRef::new).toList()),
                        Occur.FILTER);
        return generation.withSearcher(searcher -> {
            ScoreDoc[] hits = searcher.search(filtered.build(), among.size()).scoreDocs;
            List<String> ids = ids(generation, searcher, hits);
            Map<String, Float> scores = new LinkedHashMap<>();
            for (int i = 0; i < hits.length; i++) {
                scores.put(ids.get(i), hits[i].score);
            }
            return scores;
        });
    }

    /** The offer ids of these hits, from the segments' facts in memory. */
    private static List<String> ids(IndexGeneration generation, IndexSearcher searcher, ScoreDoc[] hits) {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<String> ids = new ArrayList<>(hits.length);
        for (ScoreDoc hit : hits) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
            ids.add(generation.facts().of(leaf).id(hit.doc - leaf.docBase));
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
            for (String id : ids(generation, searcher, hits)) {
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

    private static FacetedSearch.Order order(SearchRequest request, boolean hasText) {
        return switch (request.sort()) {
            case WAIT -> FacetedSearch.Order.WAIT;
            case NAME -> FacetedSearch.Order.NAME;
            case RELEVANCE -> hasText ? FacetedSearch.Order.RELEVANCE : FacetedSearch.Order.NAME;
        };
    }
}
