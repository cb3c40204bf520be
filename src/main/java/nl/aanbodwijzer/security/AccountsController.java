package nl.aanbodwijzer.security;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import java.time.ZoneOffset;
import java.util.List;
import nl.aanbodwijzer.api.AccountsApi;
import nl.aanbodwijzer.api.model.AccountChange;
import nl.aanbodwijzer.api.model.Credentials;
import nl.aanbodwijzer.api.model.NewAccount;
import nl.aanbodwijzer.api.model.Token;
import nl.aanbodwijzer.system.Codes;
import nl.aanbodwijzer.system.CurrentActor;
import nl.aanbodwijzer.system.DomainException.Unauthenticated;
import nl.aanbodwijzer.system.Role;

/** Bearer tokens, the signed-in account, and account management by administrators. */
@Controller
class AccountsController implements AccountsApi {
    private final AccountAuthenticator<?> authenticator;
    private final AccessRefreshTokenGenerator tokens;
    private final AccountRepository accounts;
    private final AccountAdministration administration;
    private final CurrentActor actor;
    private final SignInThrottle throttle;

    AccountsController(
            AccountAuthenticator<?> authenticator,
            AccessRefreshTokenGenerator tokens,
            AccountRepository accounts,
            AccountAdministration administration,
            CurrentActor actor,
            SignInThrottle throttle) {
        this.authenticator = authenticator;
        this.tokens = tokens;
        this.accounts = accounts;
        this.administration = administration;
        this.actor = actor;
        this.throttle = throttle;
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public Token createToken(Credentials credentials) {
        String address = ServerRequestContext.currentRequest()
                .map(AccountAuthenticator::address)
                .orElseThrow();
        Authentication authentication = authenticator
                .authenticate(credentials.getUsername(), credentials.getPassword(), address)
                .getAuthentication()
                .orElseThrow(() -> new Unauthenticated("Unknown user name or wrong password."));
        AccessRefreshToken token =
                tokens.generate(authentication).orElseThrow(() -> new IllegalStateException("no token generated"));
        return new Token(token.getAccessToken(), token.getTokenType(), token.getExpiresIn());
    }

    @Override
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public nl.aanbodwijzer.api.model.Account getAccount() {
        return toApi(accounts.findByUsername(actor.get().username()).orElseThrow());
    }

    @Override
    @Secured(Role.Names.ADMIN)
    public List<nl.aanbodwijzer.api.model.Account> listAccounts() {
        return administration.all().stream().map(this::toApi).toList();
    }

    @Override
    @Secured(Role.Names.ADMIN)
    public HttpResponse<nl.aanbodwijzer.api.model.Account> createAccount(NewAccount input) {
        Account created = administration.create(
                input.getUsername(),
                input.getPassword(),
                Codes.to(Role.class, input.getRole()),
                input.getProviderId(),
                actor.get());
        return HttpResponse.created(toApi(created));
    }

    @Override
    @Secured(Role.Names.ADMIN)
    public nl.aanbodwijzer.api.model.Account updateAccount(String username, AccountChange change) {
        return toApi(administration.update(
                username,
                Codes.to(Role.class, change.getRole()),
                change.getProviderId(),
                change.getEnabled(),
                change.getPassword(),
                actor.get()));
    }

    private nl.aanbodwijzer.api.model.Account toApi(Account account) {
        return new nl.aanbodwijzer.api.model.Account(
                        account.username(),
                        Codes.to(nl.aanbodwijzer.api.model.Role.class, account.role()),
                        account.enabled())
                .providerId(account.providerId())
                .signInBlockedUntil(throttle.blockedUntil(account.username())
                        .map(until -> until.atZone(ZoneOffset.UTC))
                        .orElse(null));
    }
}
