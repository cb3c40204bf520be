package nl.aanbodwijzer.catalog.providers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** An organisation that runs, staffs or commissions offers. */
@MappedEntity("provider")
public record Provider(
        @Id String id,
        String name,
        ProviderKind kind,
        @Nullable String brin,
        @Nullable String website) {}
