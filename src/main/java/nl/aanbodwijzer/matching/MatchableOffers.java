package nl.aanbodwijzer.matching;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import nl.aanbodwijzer.catalog.CatalogListener;
import nl.aanbodwijzer.catalog.CatalogSnapshot;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.matching.core.MatchCatalogue;

/** The catalogue as matching reads it, kept equal to the catalogue snapshot offer by offer. */
@Singleton
class MatchableOffers implements CatalogListener {
    private volatile MatchCatalogue current = MatchCatalogue.of(List.of(), CatalogSnapshot.EMPTY.taxonomy());

    MatchCatalogue current() {
        return current;
    }

    @Override
    public void replaced(CatalogSnapshot snapshot) {
        current = MatchCatalogue.of(snapshot.offers(), snapshot.taxonomy());
    }

    @Override
    public void changed(CatalogSnapshot snapshot, Collection<Offer> offers) {
        current = current.with(offers);
    }
}
