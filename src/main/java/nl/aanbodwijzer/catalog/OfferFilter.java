package nl.aanbodwijzer.catalog;

/**
 * Filters on the catalogue; null means "any". Without a status, closed offers are left out. A
 * filter on a fact the offer leaves unknown (its age range) keeps the offer.
 */
public record OfferFilter(
        String municipality, Sector sector, Integer age, OfferType type, Need need, OfferStatus status) {}
