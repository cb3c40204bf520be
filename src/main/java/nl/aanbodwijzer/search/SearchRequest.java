package nl.aanbodwijzer.search;

import nl.aanbodwijzer.catalog.taxonomy.FundingSource;
import nl.aanbodwijzer.catalog.taxonomy.Level;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.OfferStatus;
import nl.aanbodwijzer.catalog.taxonomy.OfferType;
import nl.aanbodwijzer.catalog.taxonomy.Sector;

/**
 * What a searcher asks: free text; filters on what an offer is, for whom, where, paid by whom and
 * when it has a place (null means "any"); sort order and page (from 1). Without a status, closed
 * offers are left out.
 */
public record SearchRequest(
        String text,
        OfferType type,
        OfferStatus status,
        Need need,
        Sector sector,
        Level level,
        Integer age,
        String municipality,
        String subregion,
        FundingSource funding,
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
