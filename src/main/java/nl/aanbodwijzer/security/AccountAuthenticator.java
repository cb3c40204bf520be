package nl.aanbodwijzer.security;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.aanbodwijzer.system.CurrentActor;

/** Checks a user name and password against the account table (for HTTP Basic and token requests). */
@Singleton
public class AccountAuthenticator<B> implements HttpRequestExecutorAuthenticationProvider<B> {
    private final AccountRepository accounts;
    private final PasswordHasher hasher;

    AccountAuthenticator(AccountRepository accounts, PasswordHasher hasher) {
        this.accounts = accounts;
        this.hasher = hasher;
    }

    @Override
    public @NonNull AuthenticationResponse authenticate(
            HttpRequest<B> request, @NonNull AuthenticationRequest<String, String> authenticationRequest) {
        return authenticate(authenticationRequest.getIdentity(), authenticationRequest.getSecret());
    }

    /** Authenticates one user name and password; every failure looks the same to the caller. */
    public AuthenticationResponse authenticate(String username, String password) {
        Optional<Account> account = accounts.findByUsername(username).filter(Account::enabled);
        if (account.isEmpty()) {
            hasher.matchNothing(password);
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        if (!hasher.matches(password, account.get().passwordHash())) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        Account found = account.get();
        Map<String, Object> attributes =
                found.providerId() == null ? Map.of() : Map.of(CurrentActor.PROVIDER_ID, found.providerId());
        return AuthenticationResponse.success(
                found.username(), List.of(found.role().name()), attributes);
    }
}
