package nl.aanbodwijzer.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import nl.aanbodwijzer.catalog.Offer;

/** The search index of the offers: disposable, rebuilt from the database, kept current by the change log. */
public interface OfferIndex {
    /** A completion for a search box: an offer name and its offer. */
    record Suggestion(String text, String offerId) {}

    SearchResult search(SearchRequest request);

    /**
     * How well each of the offers {@code among} matches a free text, by id; offers that do not match
     * are left out. Stems and synonyms count, typos do not: this serves matching, where speed matters.
     */
    Map<String, Float> relevance(String text, Collection<String> among);

    List<Suggestion> suggest(String prefix, int limit);

    /** Adds or replaces these offers. */
    void update(Collection<Offer> offers);

    /** Builds a new index of all offers and swaps it in; searches use the old one until then. */
    void replaceAll(Collection<Offer> offers, Vocabulary vocabulary);

    /** The memory the current index takes, in bytes. */
    long sizeInBytes();

    /** The vocabulary the current index was built with. */
    Vocabulary vocabulary();
}
