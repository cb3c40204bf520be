package nl.aanbodwijzer.catalog;

/** One offer in the project leader's list, as shown. */
public record OfferLine(String id, String name, String type, String status, String lastVerified, boolean stale) {}
