package nl.aanbodwijzer.capacity;

import java.util.Optional;
import java.util.Set;

/**
 * What capacity needs to know of an offer, answered by the catalogue that owns offers: whether it
 * exists, which providers take part in it, and the version of its definition.
 */
public interface OfferRegistry {
    /** One offer as the registry knows it. */
    record Entry(String offerId, Set<String> providerIds, long definitionVersion) {}

    Optional<Entry> find(String offerId);
}
