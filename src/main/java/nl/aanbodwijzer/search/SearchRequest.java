package nl.aanbodwijzer.search;

import nl.aanbodwijzer.catalog.taxonomy.FundingSource;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.OfferStatus;
import nl.aanbodwijzer.catalog.taxonomy.OfferType;
import nl.aanbodwijzer.catalog.taxonomy.Sector;

/**
 * What a searcher asks: free text and filters (null means "any"), sort order and page (from 1).
 * Without a status, closed offers are left out.
 */
public record SearchRequest(
        String text,
        String municipality,
        String subregion,
        Sector sector,
        Integer age,
        OfferType type,
        Need need,
        FundingSource funding,
        OfferStatus status,
        boolean availableNow,
        Integer maxWaitWeeks,
        Boolean stale,
        Sort sort,
        int page,
        int size) {

    /** The order of the answer; RELEVANCE without text falls back to NAME. */
    public enum Sort {
        RELEVANCE,
        WAIT,
        NAME
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
