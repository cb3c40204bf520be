package nl.aanbodwijzer.search;

import static nl.aanbodwijzer.search.OfferDocuments.AVAILABILITY;
import static nl.aanbodwijzer.search.OfferDocuments.FUNDING;
import static nl.aanbodwijzer.search.OfferDocuments.NEED;
import static nl.aanbodwijzer.search.OfferDocuments.SECTOR;
import static nl.aanbodwijzer.search.OfferDocuments.SUBREGION;
import static nl.aanbodwijzer.search.OfferDocuments.TYPE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import nl.aanbodwijzer.capacity.Availability;
import nl.aanbodwijzer.catalog.taxonomy.OfferStatus;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a search request into Lucene queries. Text is analysed, never parsed: whatever a user types
 * becomes words, and words become term, synonym and fuzzy queries.
 */
final class OfferQueries {
    /** More words than this add nothing to a search but cost; the rest of a long text is ignored. */
    static final int MAX_WORDS = 32;

    private static final float FUZZY_WEIGHT = 0.4f;
    /**
     * Weights for a field holding every word of the text: naming an offer, its provider or its place
     * puts it first; a description saying all of it counts too.
     */
    private static final Map<String, Float> ALL_WORDS =
            Map.of(OfferDocuments.NAME, 6f, "provider_text", 6f, "place_text", 6f, OfferDocuments.DESCRIPTION, 2f);

    private final Analyzer queryAnalyzer;
    private final Analyzer plain = DutchAnalysis.plain();

    OfferQueries(Analyzer queryAnalyzer) {
        this.queryAnalyzer = queryAnalyzer;
    }

    /** The words of a text as searched: folded, distinct, at most {@link #MAX_WORDS}. */
    List<String> words(String text) {
        List<String> words = DutchAnalysis.tokens(plain, text);
        return words.size() > MAX_WORDS ? words.subList(0, MAX_WORDS) : words;
    }

    /**
     * The text query, or null when the text holds no words. {@code typos} gives the query for a word
     * with one typo in a plain field, or null when the word is too short; without it, no typo is allowed.
     */
    Query text(String text, BiFunction<String, String, Query> typos) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return null;
        }
        String cleaned = String.join(" ", words);
        QueryBuilder builder = new QueryBuilder(queryAnalyzer);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        OfferDocuments.TEXT_FIELDS.forEach((field, weight) -> {
            Query exact = builder.createBooleanQuery(field, cleaned, Occur.SHOULD);
            if (exact != null) {
                query.add(new BoostQuery(exact, weight), Occur.SHOULD);
            }
            for (String word : typos == null ? List.<String>of() : words) {
                Query typo = typos.apply(OfferDocuments.plain(field), word);
                if (typo != null) {
                    query.add(new BoostQuery(typo, weight * FUZZY_WEIGHT), Occur.SHOULD);
                }
            }
        });
        if (words.size() > 1) {
            ALL_WORDS.forEach((field, weight) -> {
                Query all = builder.createBooleanQuery(field, cleaned, Occur.MUST);
                if (all != null) {
                    query.add(new BoostQuery(all, weight), Occur.SHOULD);
                }
            });
        }
        return query.build();
    }

    /**
     * What the snippets mark: the words (with their synonyms and stems) in the name and description.
     * Only these two fields are highlighted, and the highlighter's cost grows with the query it is given.
     */
    Query highlight(String text) {
        String cleaned = String.join(" ", words(text));
        QueryBuilder builder = new QueryBuilder(queryAnalyzer);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String field : List.of(OfferDocuments.NAME, OfferDocuments.DESCRIPTION)) {
            Query words = builder.createBooleanQuery(field, cleaned, Occur.SHOULD);
            if (words != null) {
                query.add(words, Occur.SHOULD);
            }
        }
        return query.build();
    }

    /**
     * The filters of a request: those every hit must meet, and per facet dimension the one that a
     * dimension's own counts leave out.
     */
    record Filters(List<Query> always, Map<String, Query> byDimension) {
        /** The text query (or every offer) with the filters that are not a facet's. */
        Query base(Query text) {
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            query.add(text == null ? MatchAllDocsQuery.INSTANCE : text, Occur.MUST);
            always.forEach(filter -> query.add(filter, Occur.FILTER));
            return query.build();
        }
    }

    static Filters filters(SearchRequest request, LocalDate staleCutoff) {
        List<Query> other = new ArrayList<>();
        other.add(
                request.status() == null
                        ? new TermInSetQuery(
                                OfferDocuments.STATUS,
                                List.of(
                                        new BytesRef(OfferStatus.ACTIVE.name()),
                                        new BytesRef(OfferStatus.PILOT.name()),
                                        new BytesRef(OfferStatus.PLANNED.name())))
                        : term(OfferDocuments.STATUS, request.status().name()));
        if (request.municipality() != null) {
            other.add(term(OfferDocuments.MUNICIPALITY, request.municipality()));
        }
        if (request.level() != null) {
            other.add(new TermInSetQuery(
                    OfferDocuments.LEVEL,
                    List.of(new BytesRef(request.level().name()), new BytesRef(OfferDocuments.EVERY_LEVEL))));
        }
        if (request.age() != null) {
            other.add(IntPoint.newRangeQuery(OfferDocuments.MIN_AGE, Integer.MIN_VALUE, request.age()));
            other.add(IntPoint.newRangeQuery(OfferDocuments.MAX_AGE, request.age(), Integer.MAX_VALUE));
        }
        if (request.stale() != null) {
            long cutoff = staleCutoff.toEpochDay();
            other.add(
                    request.stale()
                            ? LongPoint.newRangeQuery(OfferDocuments.VERIFIED_DAY, Long.MIN_VALUE, cutoff - 1)
                            : LongPoint.newRangeQuery(OfferDocuments.VERIFIED_DAY, cutoff, Long.MAX_VALUE));
        }
        Map<String, Query> filters = new LinkedHashMap<>();
        put(filters, TYPE, request.type());
        put(filters, NEED, request.need());
        put(filters, SECTOR, request.sector());
        put(filters, FUNDING, request.funding());
        if (request.subregion() != null) {
            filters.put(SUBREGION, term(SUBREGION, request.subregion()));
        }
        BooleanQuery.Builder availability = new BooleanQuery.Builder();
        if (request.availableNow()) {
            availability.add(term(AVAILABILITY, Availability.FREE_NOW.name()), Occur.FILTER);
        }
        if (request.maxWaitWeeks() != null) {
            availability.add(IntPoint.newRangeQuery(OfferDocuments.WAIT, 0, request.maxWaitWeeks()), Occur.FILTER);
        }
        if (request.availableNow() || request.maxWaitWeeks() != null) {
            filters.put(AVAILABILITY, availability.build());
        }
        return new Filters(List.copyOf(other), filters);
    }

    private static void put(Map<String, Query> filters, String dimension, Enum<?> value) {
        if (value != null) {
            filters.put(dimension, term(dimension, value.name()));
        }
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }
}
