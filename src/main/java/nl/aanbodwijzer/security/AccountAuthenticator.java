package nl.aanbodwijzer.security;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.aanbodwijzer.system.CurrentActor;
import nl.aanbodwijzer.system.DomainException.Throttled;

/**
 * Checks a user name and password against the account table (for HTTP Basic and token requests).
 * Names match exactly; every failure looks the same to the caller; repeated failures are throttled. A
 * password that passed recently is not hashed again ({@link VerifiedPasswords}).
 */
@Singleton
public class AccountAuthenticator<B> implements HttpRequestExecutorAuthenticationProvider<B> {
    /** The claim and attribute that carry the account's credentials version. */
    static final String CREDENTIALS_VERSION = "cv";

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final SignInThrottle throttle;
    private final VerifiedPasswords recent;

    AccountAuthenticator(
            AccountRepository accounts, PasswordHasher hasher, SignInThrottle throttle, VerifiedPasswords recent) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.throttle = throttle;
        this.recent = recent;
    }

    @Override
    public @NonNull AuthenticationResponse authenticate(
            HttpRequest<B> request, @NonNull AuthenticationRequest<String, String> authenticationRequest) {
        try {
            return authenticate(
                    authenticationRequest.getIdentity(), authenticationRequest.getSecret(), address(request));
        } catch (Throttled throttled) {
            // SignInThrottleFilter answers 429 before this; a pause that began since is a plain failure
            return AuthenticationResponse.failure(AuthenticationFailureReason.ACCOUNT_LOCKED);
        }
    }

    /** Authenticates one user name and password from this address, or throws {@link Throttled}. */
    public AuthenticationResponse authenticate(String username, String password, String address) {
        throttle.check(username, address);
        Optional<Account> account = password.length() > PasswordRules.MAXIMUM_LENGTH
                ? Optional.empty()
                : accounts.findByUsername(username)
                        .filter(found -> found.username().equals(username))
                        .filter(Account::enabled);
        boolean verified = account.isPresent() ? verify(account.get(), password) : hasher.matchNothing(password);
        if (!verified) {
            throttle.failed(username, address);
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        throttle.succeeded(username);
        Account found = account.get();
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(CREDENTIALS_VERSION, found.credentialsVersion());
        if (found.providerId() != null) {
            attributes.put(CurrentActor.PROVIDER_ID, found.providerId());
        }
        return AuthenticationResponse.success(
                found.username(), List.of(found.role().name()), attributes);
    }

    private boolean verify(Account account, String password) {
        if (recent.known(account.username(), password, account.passwordHash())) {
            return true;
        }
        boolean verified = hasher.matches(password, account.passwordHash());
        if (verified) {
            recent.remember(account.username(), password, account.passwordHash());
        }
        return verified;
    }

    static String address(HttpRequest<?> request) {
        return request.getRemoteAddress().getAddress().getHostAddress();
    }
}
