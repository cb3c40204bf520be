package nl.aanbodwijzer.catalog;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/** Where catalog-data is, and whether an empty database is filled from it at start-up. */
@ConfigurationProperties("aanbodwijzer")
public record CatalogConfiguration(
        String catalogDir, @Bindable(defaultValue = "true") boolean importOnStart) {}
