package nl.aanbodwijzer.security;

import static nl.aanbodwijzer.system.HttpProblems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.aanbodwijzer.api.model.Account;
import nl.aanbodwijzer.api.model.Credentials;
import nl.aanbodwijzer.system.ApiTest;
import nl.aanbodwijzer.system.Role;
import org.junit.jupiter.api.Test;

/** Guessing passwords is slowed down and then refused, even with the right one, and an administrator sees it. */
class SignInThrottleTest extends ApiTest {
    @Inject
    AccountsClient accountsApi;

    @Test
    void shouldPauseAnAccountAfterFiveWrongPasswordsAndRefuseEvenTheRightOne() {
        String target = accounts.ensure("doelwit", Role.COORDINATOR, null);
        List<Integer> statuses = new ArrayList<>();
        for (int attempt = 0; attempt < 25; attempt++) {
            statuses.add(wrongPassword(target, attempt));
        }

        assertThat(statuses.subList(0, 5)).containsOnly(401);
        assertThat(statuses.subList(5, 25)).containsOnly(429);
        HttpClientResponseException refused = catchThrowableOfType(
                HttpClientResponseException.class,
                () -> accountsApi.createToken(new Credentials(target, TestAccounts.PASSWORD)));
        assertThat(refused.getStatus().getCode()).isEqualTo(429);
        String retryAfter = refused.getResponse().getHeaders().get("Retry-After");
        assertThat(retryAfter).containsOnlyDigits();
        problem(
                raw(),
                HttpRequest.GET("/api/v1/account").basicAuth(target, TestAccounts.PASSWORD),
                HttpStatus.TOO_MANY_REQUESTS);

        signIn(accounts.admin());
        assertThat(accountsApi.listAccounts())
                .filteredOn(account -> account.getUsername().equals(target))
                .singleElement()
                .extracting(Account::getSignInBlockedUntil)
                .satisfies(until -> assertThat((ZonedDateTime) until).isAfter(ZonedDateTime.now()));
    }

    @Test
    void shouldLetOtherAccountsSignInWhileOneIsPaused() {
        String target = accounts.ensure("ander-doelwit", Role.COORDINATOR, null);
        for (int attempt = 0; attempt < 6; attempt++) {
            wrongPassword(target, attempt);
        }

        assertThat(accountsApi
                        .createToken(new Credentials(accounts.coordinator(), TestAccounts.PASSWORD))
                        .getAccessToken())
                .isNotBlank();
    }

    private int wrongPassword(String username, int attempt) {
        return status(() -> accountsApi.createToken(new Credentials(username, "geraden-" + attempt)));
    }

    private static int status(Runnable call) {
        try {
            call.run();
            return 200;
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }
}
