package nl.aanbodwijzer.catalog;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.aanbodwijzer.catalog.taxonomy.Taxonomy;

/** The whole catalogue at one moment, immutable: every offer by id, and the taxonomy. */
public record CatalogSnapshot(Map<String, Offer> offersById, Taxonomy taxonomy) {
    /** What a node holds before it has loaded the catalogue. */
    public static final CatalogSnapshot EMPTY =
            new CatalogSnapshot(Map.of(), new Taxonomy(List.of(), List.of(), List.of(), Map.of(), List.of()));

    /** A snapshot of these offers and this taxonomy. */
    public static CatalogSnapshot of(Collection<Offer> offers, Taxonomy taxonomy) {
        return new CatalogSnapshot(byId(Map.of(), offers), taxonomy);
    }

    public Optional<Offer> offer(String id) {
        return Optional.ofNullable(offersById.get(id));
    }

    public Collection<Offer> offers() {
        return offersById.values();
    }

    /** The offers with these ids, in the order given; unknown ids are skipped. */
    public List<Offer> offers(List<String> ids) {
        return ids.stream().map(offersById::get).filter(Objects::nonNull).toList();
    }

    /** This snapshot with these offers added or replaced; this one stays as it is. */
    public CatalogSnapshot with(Collection<Offer> changed) {
        return new CatalogSnapshot(byId(offersById, changed), taxonomy);
    }

    private static Map<String, Offer> byId(Map<String, Offer> base, Collection<Offer> offers) {
        Map<String, Offer> byId = new HashMap<>(base);
        offers.forEach(offer -> byId.put(offer.id(), offer));
        return Collections.unmodifiableMap(byId);
    }
}
