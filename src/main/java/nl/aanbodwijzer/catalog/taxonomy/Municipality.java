package nl.aanbodwijzer.catalog.taxonomy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;

/** A Dutch municipality by CBS code, with the centroid of its area. */
@MappedEntity("municipality")
public record Municipality(
        @Id String code,
        String name,
        String province,
        @Nullable BigDecimal latitude,
        @Nullable BigDecimal longitude) {}
