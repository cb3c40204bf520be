package nl.aanbodwijzer.security;

import static nl.aanbodwijzer.system.HttpProblems.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Inject;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.aanbodwijzer.api.model.Account;
import nl.aanbodwijzer.api.model.AccountChange;
import nl.aanbodwijzer.api.model.Credentials;
import nl.aanbodwijzer.api.model.Role;
import nl.aanbodwijzer.system.ApiTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A bearer token dies the moment its account loses what the token was issued for. */
class AccessEndsWithItsGrantTest extends ApiTest {
    @Inject
    AccountsClient accountsApi;

    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of("disabled", (Consumer<AccountChange>) change -> change.enabled(false)),
                Arguments.of("demoted", (Consumer<AccountChange>)
                        change -> change.role(Role.COORDINATOR).providerId(null)),
                Arguments.of("bound to another provider", (Consumer<AccountChange>)
                        change -> change.providerId("mariendael")),
                Arguments.of("given a new password", (Consumer<AccountChange>)
                        change -> change.password("een-nieuw-wachtwoord-7")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void shouldRefuseATokenOnceItsAccountIsChanged(String what, Consumer<AccountChange> change) {
        String username =
                accounts.ensure("token-" + what.replace(' ', '-'), nl.aanbodwijzer.system.Role.PROVIDER, "at-zorg");
        String token = accountsApi
                .createToken(new Credentials(username, TestAccounts.PASSWORD))
                .getAccessToken();
        assertThat(account(token).getUsername()).isEqualTo(username);

        signIn(accounts.admin());
        AccountChange changed = new AccountChange(Role.PROVIDER, true).providerId("at-zorg");
        change.accept(changed);
        accountsApi.updateAccount(username, changed);

        problem(raw(), HttpRequest.GET("/api/v1/account").bearerAuth(token), HttpStatus.UNAUTHORIZED);
        problem(raw(), HttpRequest.GET("/api/v1/offers").bearerAuth(token), HttpStatus.UNAUTHORIZED);
    }

    private Account account(String token) {
        return raw().retrieve(HttpRequest.GET("/api/v1/account").bearerAuth(token), Account.class);
    }
}
