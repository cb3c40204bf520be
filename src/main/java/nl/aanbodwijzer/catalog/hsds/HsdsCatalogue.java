package nl.aanbodwijzer.catalog.hsds;

import jakarta.inject.Singleton;
import java.util.List;
import nl.aanbodwijzer.catalog.Catalog;
import nl.aanbodwijzer.catalog.CatalogSnapshot;
import nl.aanbodwijzer.catalog.providers.Provider;
import nl.aanbodwijzer.catalog.providers.ProviderDirectory;

/** The HSDS documents of the current snapshot, made again only when the snapshot or the providers change. */
@Singleton
class HsdsCatalogue {
    private record Made(CatalogSnapshot snapshot, List<Provider> providers, HsdsDocuments documents) {}

    private final Catalog catalog;
    private final ProviderDirectory providers;
    private volatile Made made;

    HsdsCatalogue(Catalog catalog, ProviderDirectory providers) {
        this.catalog = catalog;
        this.providers = providers;
    }

    HsdsDocuments current() {
        CatalogSnapshot snapshot = catalog.snapshot();
        List<Provider> now = providers.all();
        Made last = made;
        if (last == null || last.snapshot() != snapshot || !last.providers().equals(now)) {
            last = new Made(snapshot, now, new HsdsDocuments(snapshot, now));
            made = last;
        }
        return last.documents();
    }
}
