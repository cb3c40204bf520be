package nl.aanbodwijzer.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.Objects;
import nl.aanbodwijzer.system.Role;

/**
 * A person's account. A PROVIDER account is bound to exactly one provider. The credentials version
 * counts every change to what the account may do; a bearer token is valid only for the version it was
 * issued for.
 */
@MappedEntity("account")
public record Account(
        @Id @GeneratedValue @Nullable Long id,
        String username,
        String passwordHash,
        Role role,
        @Nullable String providerId,
        boolean enabled,
        Instant createdAt,
        int credentialsVersion) {

    static Account create(String username, String passwordHash, Role role, String providerId, Instant now) {
        return new Account(null, username, passwordHash, role, providerId, true, now, 0);
    }

    /** This account with these rights; a new version when anything changed, so that its tokens die. */
    Account with(Role newRole, @Nullable String newProviderId, boolean nowEnabled, String newPasswordHash) {
        boolean same = newRole == role
                && Objects.equals(newProviderId, providerId)
                && nowEnabled == enabled
                && newPasswordHash.equals(passwordHash);
        return new Account(
                id,
                username,
                newPasswordHash,
                newRole,
                newProviderId,
                nowEnabled,
                createdAt,
                same ? credentialsVersion : credentialsVersion + 1);
    }
}
