package nl.aanbodwijzer.system;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDateTime;

/** One audit row: who (an account, or {@code import}) did what to which entity, when (UTC), and a short detail. */
@MappedEntity("audit_log")
public record AuditEntry(
        @Id @GeneratedValue @Nullable Long id,
        LocalDateTime recordedAt,
        String actor,
        String action,
        String entity,
        String entityId,
        @Nullable String detail) {}
