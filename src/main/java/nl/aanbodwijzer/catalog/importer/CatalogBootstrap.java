package nl.aanbodwijzer.catalog.importer;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import nl.aanbodwijzer.catalog.CatalogConfiguration;
import nl.aanbodwijzer.catalog.OfferStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fills a new, empty database from catalog-data at start-up. A broken catalogue stops the start. */
@Singleton
final class CatalogBootstrap implements ApplicationEventListener<StartupEvent>, Ordered {
    /** Runs before listeners that need the catalogue, such as the demo accounts. */
    static final int ORDER = HIGHEST_PRECEDENCE + 100;

    private static final Logger LOG = LoggerFactory.getLogger(CatalogBootstrap.class);

    private final CatalogConfiguration configuration;
    private final OfferStore offers;
    private final CatalogImporter importer;

    CatalogBootstrap(CatalogConfiguration configuration, OfferStore offers, CatalogImporter importer) {
        this.configuration = configuration;
        this.offers = offers;
        this.importer = importer;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (!configuration.importOnStart() || offers.count() > 0) {
            return;
        }
        Path dir = Path.of(configuration.catalogDir());
        if (!Files.isDirectory(dir)) {
            LOG.warn("The database holds no offers and catalog-data was not found at {}", dir.toAbsolutePath());
            return;
        }
        long start = System.nanoTime();
        CatalogReader.Result read = CatalogReader.read(dir);
        if (!read.problems().isEmpty()) {
            throw new IllegalStateException("catalog-data at " + dir.toAbsolutePath() + " has problems:\n"
                    + String.join("\n", read.problems().lines()));
        }
        if (importer.importIfEmpty(read.data())) {
            LOG.info(
                    "Imported {} offers from {} in {} s",
                    read.data().offers().size(),
                    dir.toAbsolutePath(),
                    String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9));
        }
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
