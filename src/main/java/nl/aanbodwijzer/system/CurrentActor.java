package nl.aanbodwijzer.system;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;
import java.util.stream.Collectors;

/** The actor of the current request, from its authentication. */
@Singleton
public class CurrentActor {
    /** The authentication attribute that binds a PROVIDER account to its provider. */
    public static final String PROVIDER_ID = "providerId";

    private final SecurityService security;

    CurrentActor(SecurityService security) {
        this.security = security;
    }

    /** The actor; only called behind a {@code @Secured} rule that demands a signed-in account. */
    public Actor get() {
        Authentication authentication =
                security.getAuthentication().orElseThrow(() -> new IllegalStateException("no signed-in account"));
        Object providerId = authentication.getAttributes().get(PROVIDER_ID);
        return new Actor(
                authentication.getName(),
                authentication.getRoles().stream().map(Role::valueOf).collect(Collectors.toUnmodifiableSet()),
                providerId == null ? null : providerId.toString());
    }
}
