package nl.aanbodwijzer.catalog;

import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.aanbodwijzer.capacity.OfferRegistry;
import nl.aanbodwijzer.catalog.Offer.Partner;

/** Tells the capacity feature, from the database, which offers exist and who provides them. */
@Singleton
final class CatalogOfferRegistry implements OfferRegistry {
    private final OfferLoader offers;

    CatalogOfferRegistry(OfferLoader offers) {
        this.offers = offers;
    }

    @Override
    public Optional<Entry> find(String offerId) {
        return offers.find(offerId)
                .map(offer -> new Entry(
                        offer.id(),
                        offer.providers().stream().map(Partner::id).collect(Collectors.toSet()),
                        offer.definitionVersion()));
    }
}
