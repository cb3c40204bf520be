package nl.aanbodwijzer.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/**
 * Accepts a bearer token only while its account exists, is enabled and still has the credentials
 * version the token was issued for: disabling, demoting, re-binding or a new password ends every token
 * at once. One lookup by unique name per request; the framework runs it on a blocking thread.
 */
@Singleton
class CredentialsVersionCheck<T> implements GenericJwtClaimsValidator<T> {
    private final AccountRepository accounts;

    CredentialsVersionCheck(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean validate(Claims claims, @Nullable T request) {
        if (!(claims.get(Claims.SUBJECT) instanceof String username)
                || !(claims.get(AccountAuthenticator.CREDENTIALS_VERSION) instanceof Number version)) {
            return false;
        }
        return accounts.findByUsername(username)
                .filter(account -> account.username().equals(username) && account.enabled())
                .map(account -> account.credentialsVersion() == version.intValue())
                .orElse(false);
    }
}
