package nl.aanbodwijzer.catalog.importer;

import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Imports a catalog-data directory: reads and checks all of it first, writes only when it is sound. */
@Singleton
public class CatalogImport {
    /** Either the problems found (nothing written) or what was written. */
    public record Outcome(List<String> problems, Optional<CatalogImporter.Summary> summary) {}

    private final CatalogImporter importer;

    CatalogImport(CatalogImporter importer) {
        this.importer = importer;
    }

    public Outcome run(Path dir) {
        CatalogReader.Result read = CatalogReader.read(dir);
        if (!read.problems().isEmpty()) {
            return new Outcome(read.problems().lines(), Optional.empty());
        }
        return new Outcome(List.of(), Optional.of(importer.importCatalog(read.data())));
    }
}
