package nl.aanbodwijzer.catalog;

import java.util.Collection;

/** Something a node derives from the catalogue, such as its search index, kept current with each new snapshot. */
public interface CatalogListener {
    /** The whole catalogue, at start-up, on a rebuild, or after the taxonomy changed. */
    void replaced(CatalogSnapshot snapshot);

    /** These offers were added or changed; {@code snapshot} already holds them. */
    void changed(CatalogSnapshot snapshot, Collection<Offer> offers);
}
