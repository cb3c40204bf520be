package nl.aanbodwijzer.catalog.live;

import java.util.Collection;
import nl.aanbodwijzer.catalog.Offer;

/** Something a node derives from the catalogue and keeps current as the change log goes by. */
public interface CatalogListener {
    /** The whole catalogue, at start-up, on a rebuild, or after the taxonomy changed. */
    void replaced(Collection<Offer> all);

    /** These offers were added or changed. */
    void changed(Collection<Offer> offers);
}
