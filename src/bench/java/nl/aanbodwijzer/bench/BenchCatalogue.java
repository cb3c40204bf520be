package nl.aanbodwijzer.bench;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.aanbodwijzer.catalog.importer.CatalogData;
import nl.aanbodwijzer.catalog.importer.CatalogReader;
import nl.aanbodwijzer.catalog.importer.SyntheticCatalog;

/**
 * The synthetic catalogue of one size (seed {@value #SEED}) under {@code target/bench}, and the
 * service's own application context on it: the embedded database, the catalogue in memory and the index.
 */
final class BenchCatalogue {
    static final long SEED = 42;
    static final Path ROOT = Path.of("target", "bench").toAbsolutePath();

    private BenchCatalogue() {}

    /** The catalog-data directory with {@code size} synthetic offers, written once. */
    static Path directory(int size) {
        Path dir = ROOT.resolve("catalog-" + size);
        Path done = dir.resolve("written");
        try {
            if (!Files.exists(done)) {
                SyntheticCatalog.write(Path.of("catalog-data"), dir, size, SEED);
                Files.writeString(done, "seed " + SEED + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    static CatalogData read(int size) {
        CatalogReader.Result result = CatalogReader.read(directory(size));
        if (result.data() == null) {
            throw new IllegalStateException(
                    "synthetic catalogue has problems: " + result.problems().lines());
        }
        return result.data();
    }

    /** The service without its HTTP server, on an embedded database that imports the catalogue on its first start. */
    static ApplicationContext start(int size) {
        Path catalogue = directory(size);
        return ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(Map.of(
                        "aanbodwijzer.data-dir",
                                ROOT.resolve("in-process-" + size).toString(),
                        "aanbodwijzer.catalog-dir", catalogue.toString()))
                .start();
    }
}
