package nl.aanbodwijzer.system;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One change to one entity; the monotonic id lets every node follow the log. */
@MappedEntity("change_log")
public record ChangeLogEntry(
        @Id @GeneratedValue @Nullable Long id, String entity, String entityId, Instant changedAt) {}
