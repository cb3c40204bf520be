package nl.aanbodwijzer.catalog;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Where the data lives: {@code dataDir} holds the embedded database, {@code catalogDir} the
 * catalog-data that is imported on the first start of an empty database.
 */
@ConfigurationProperties("aanbodwijzer")
public record CatalogConfiguration(
        String dataDir,
        String catalogDir,
        @Bindable(defaultValue = "true") boolean importOnStart) {}
