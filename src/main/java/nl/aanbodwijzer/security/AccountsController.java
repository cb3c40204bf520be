package nl.aanbodwijzer.security;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import io.micronaut.security.utils.SecurityService;
import java.util.List;
import nl.aanbodwijzer.api.AccountsApi;
import nl.aanbodwijzer.api.model.Credentials;
import nl.aanbodwijzer.api.model.Token;
import nl.aanbodwijzer.system.ProblemException;

/** Bearer tokens for API clients, and who the signed-in account is. */
@Controller
class AccountsController implements AccountsApi {
    private final AccountAuthenticator<?> authenticator;
    private final AccessRefreshTokenGenerator tokens;
    private final SecurityService security;

    AccountsController(
            AccountAuthenticator<?> authenticator, AccessRefreshTokenGenerator tokens, SecurityService security) {
        this.authenticator = authenticator;
        this.tokens = tokens;
        this.security = security;
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public Token createToken(Credentials credentials) {
        AuthenticationResponse response =
                authenticator.authenticate(credentials.getUsername(), credentials.getPassword());
        Authentication authentication = response.getAuthentication()
                .orElseThrow(() -> new ProblemException(
                        HttpStatus.UNAUTHORIZED, "Unknown user name or wrong password.", List.of()));
        AccessRefreshToken token =
                tokens.generate(authentication).orElseThrow(() -> new IllegalStateException("no token generated"));
        return new Token(token.getAccessToken(), token.getTokenType(), token.getExpiresIn());
    }

    @Override
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public nl.aanbodwijzer.api.model.Account getAccount() {
        Authentication authentication = security.getAuthentication().orElseThrow();
        Role role = Role.valueOf(authentication.getRoles().iterator().next());
        return new nl.aanbodwijzer.api.model.Account(
                        authentication.getName(), nl.aanbodwijzer.api.model.Role.valueOf(role.name()))
                .providerId((String) authentication.getAttributes().get(AccountAuthenticator.PROVIDER_ID));
    }
}
