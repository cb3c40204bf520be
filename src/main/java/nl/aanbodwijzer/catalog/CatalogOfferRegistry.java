package nl.aanbodwijzer.catalog;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.aanbodwijzer.capacity.OfferRegistry;
import nl.aanbodwijzer.catalog.Offer.Partner;

/**
 * Tells the capacity feature, from the database, which offers exist and who provides them; the
 * definition is all it needs, capacity has its own state.
 */
@Singleton
final class CatalogOfferRegistry implements OfferRegistry {
    private final OfferStore definitions;

    CatalogOfferRegistry(OfferStore definitions) {
        this.definitions = definitions;
    }

    @Override
    public Optional<Entry> find(String offerId) {
        return definitions.definitions(List.of(offerId)).stream()
                .findFirst()
                .map(offer -> new Entry(
                        offer.id(),
                        offer.providers().stream().map(Partner::id).collect(Collectors.toSet()),
                        offer.definitionVersion()));
    }
}
