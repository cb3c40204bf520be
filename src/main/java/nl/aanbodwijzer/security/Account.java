package nl.aanbodwijzer.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import nl.aanbodwijzer.system.Role;

/** A person's account. A PROVIDER account is bound to exactly one provider. */
@MappedEntity("account")
public record Account(
        @Id @GeneratedValue @Nullable Long id,
        String username,
        String passwordHash,
        Role role,
        @Nullable String providerId,
        boolean enabled,
        Instant createdAt) {}
