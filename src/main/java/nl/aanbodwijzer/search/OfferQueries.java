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
import org.apache.lucene.search.SynonymQuery;
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

    /** The query of a text, and what its snippets mark: the same words on the name and the description. */
    record Text(Query query, Query marked) {}

    /**
     * The text query, or null when the text holds no words. {@code typos} gives the query for a word
     * with one typo in a plain field, or null when the word gets none; without it, no typo is allowed.
     */
    Text text(String text, BiFunction<String, String, Query> typos) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return null;
        }
        // one analysis (synonyms, compounds, stems) for every field, as they all use the same analyzer;
        // null when stop words are all there is
        Query analysed = new QueryBuilder(queryAnalyzer)
                .createBooleanQuery(OfferDocuments.NAME, String.join(" ", words), Occur.SHOULD);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        BooleanQuery.Builder marked = new BooleanQuery.Builder();
        OfferDocuments.TEXT_FIELDS.forEach((field, weight) -> {
            if (analysed != null) {
                addFlat(query, onField(analysed, field), weight);
            }
            for (String word : typos == null ? List.<String>of() : words) {
                Query typo = typos.apply(OfferDocuments.plain(field), word);
                if (typo != null) {
                    addFlat(query, typo, weight * FUZZY_WEIGHT);
                }
            }
        });
        if (analysed != null && words.size() > 1) {
            Query everyWord = everyClauseRequired(analysed);
            ALL_WORDS.forEach(
                    (field, weight) -> query.add(new BoostQuery(onField(everyWord, field), weight), Occur.SHOULD));
        }
        if (analysed != null) {
            marked.add(onField(analysed, OfferDocuments.NAME), Occur.SHOULD);
            marked.add(onField(analysed, OfferDocuments.DESCRIPTION), Occur.SHOULD);
        }
        return new Text(query.build(), marked.build());
    }

    /**
     * Adds a clause with a weight, its own optional clauses one by one: a flat disjunction scores the
     * same (the sum of the clauses that match, each times its weight), and lets the scorer skip the
     * clauses that cannot lift a document onto the page.
     */
    static void addFlat(BooleanQuery.Builder query, Query clause, float weight) {
        if (clause instanceof BoostQuery boosted) {
            addFlat(query, boosted.getQuery(), weight * boosted.getBoost());
        } else if (clause instanceof BooleanQuery words
                && words.getMinimumNumberShouldMatch() == 0
                && words.clauses().stream().allMatch(c -> c.occur() == Occur.SHOULD)) {
            words.clauses().forEach(c -> addFlat(query, c.query(), weight));
        } else {
            query.add(new BoostQuery(clause, weight), Occur.SHOULD);
        }
    }

    /**
     * The analysed words with every one required: what the query builder makes of the same text with
     * the operator MUST, which differs only in the top-level clauses (one per word or graph segment).
     */
    private static Query everyClauseRequired(Query analysed) {
        if (!(analysed instanceof BooleanQuery words)) {
            return analysed;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        words.clauses().forEach(clause -> all.add(clause.query(), Occur.MUST));
        return all.build();
    }

    /** The same analysed query on another field. */
    static Query onField(Query query, String field) {
        return switch (query) {
            case TermQuery term -> new TermQuery(new Term(field, term.getTerm().bytes()));
            case SynonymQuery synonyms -> {
                SynonymQuery.Builder copy = new SynonymQuery.Builder(field);
                synonyms.getTerms().forEach(term -> copy.addTerm(term.bytes(), 1f));
                yield copy.build();
            }
            case BooleanQuery clauses -> {
                BooleanQuery.Builder copy =
                        new BooleanQuery.Builder().setMinimumNumberShouldMatch(clauses.getMinimumNumberShouldMatch());
                clauses.clauses().forEach(clause -> copy.add(onField(clause.query(), field), clause.occur()));
                yield copy.build();
            }
            default ->
                throw new IllegalArgumentException(
                        "analysis made a " + query.getClass().getSimpleName());
        };
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
