package nl.aanbodwijzer.system;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDateTime;

/** One row of the change log; its id is the order nodes follow. */
@MappedEntity("change_log")
record ChangeRow(@Id @GeneratedValue @Nullable Long id, String entity, String entityId, LocalDateTime changedAt) {}
