package nl.aanbodwijzer.matching.core;

import java.util.Objects;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.catalog.taxonomy.Taxonomy;
import nl.aanbodwijzer.catalog.taxonomy.Taxonomy.Centroid;
import nl.aanbodwijzer.catalog.taxonomy.Taxonomy.MunicipalityEntry;

/**
 * Rough distances: from the centroid of the pupil's municipality to the centroid of the municipality of
 * the offer's nearest location. Addresses are not geocoded, so two places in one municipality are 0 km apart.
 */
final class Distances {
    private final Taxonomy taxonomy;

    Distances(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** Km to the offer's nearest location; null when the offer has no location or a centroid is unknown. */
    Double nearestKm(String municipality, Offer offer) {
        Centroid home = centroid(municipality);
        if (home == null) {
            return null;
        }
        return offer.locations().stream()
                .map(location -> centroid(location.municipalityCode()))
                .filter(Objects::nonNull)
                .map(home::kmTo)
                .min(Double::compare)
                .map(km -> Math.round(km * 10) / 10.0)
                .orElse(null);
    }

    private Centroid centroid(String municipality) {
        return municipality == null
                ? null
                : taxonomy.municipality(municipality)
                        .map(MunicipalityEntry::centroid)
                        .orElse(null);
    }
}
