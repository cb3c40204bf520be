package nl.aanbodwijzer.catalog;

/**
 * Filters on the catalogue; null means "any". Without a status, closed offers are left out. A
 * filter on a fact the offer leaves unknown (its age range) keeps the offer. {@code stale} selects
 * offers whose numbers were (true) or were not (false) left unverified too long.
 */
public record OfferFilter(
        String municipality,
        Sector sector,
        Integer age,
        OfferType type,
        Need need,
        OfferStatus status,
        Boolean stale) {}
