package nl.aanbodwijzer.search;

import jakarta.inject.Singleton;
import java.util.Collection;
import nl.aanbodwijzer.catalog.CatalogListener;
import nl.aanbodwijzer.catalog.CatalogSnapshot;
import nl.aanbodwijzer.catalog.Offer;

/** Keeps the search index equal to the catalogue snapshot, with the vocabulary of its taxonomy. */
@Singleton
class IndexUpdater implements CatalogListener {
    private final OfferIndex index;

    IndexUpdater(OfferIndex index) {
        this.index = index;
    }

    @Override
    public void replaced(CatalogSnapshot snapshot) {
        index.replaceAll(snapshot.offers(), Vocabulary.of(snapshot.taxonomy()));
    }

    @Override
    public void changed(CatalogSnapshot snapshot, Collection<Offer> offers) {
        index.update(offers);
    }
}
