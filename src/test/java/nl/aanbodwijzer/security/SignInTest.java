package nl.aanbodwijzer.security;

import static nl.aanbodwijzer.system.HttpProblems.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Inject;
import java.util.List;
import nl.aanbodwijzer.api.model.Account;
import nl.aanbodwijzer.api.model.Credentials;
import nl.aanbodwijzer.api.model.NewAccount;
import nl.aanbodwijzer.api.model.Problem;
import nl.aanbodwijzer.api.model.Role;
import nl.aanbodwijzer.system.ApiTest;
import nl.aanbodwijzer.system.HttpProblems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Signing in: names match exactly, every password the contract allows works, bad credentials get 401.
 * Demo accounts are switched on here, as an operator might by mistake in production.
 */
@Property(name = "aanbodwijzer.demo-accounts.enabled", value = "true")
class SignInTest extends ApiTest {
    @Inject
    AccountsClient accountsApi;

    @Inject
    ApplicationContext context;

    @ParameterizedTest(name = "{0} characters")
    @ValueSource(ints = {73, 150, 200})
    void shouldAcceptEveryPasswordLengthTheContractAllows(int length) {
        String password = "lang-geheim-zinnetje-".repeat(10).substring(0, length - 1) + "é";
        signIn(accounts.admin());
        accountsApi.createAccount(new NewAccount("lang-" + length, password, Role.COORDINATOR));
        signOut();

        assertThat(accountsApi
                        .createToken(new Credentials("lang-" + length, password))
                        .getAccessToken())
                .isNotBlank();
        problem(
                HttpStatus.UNAUTHORIZED,
                () -> accountsApi.createToken(new Credentials("lang-" + length, password.substring(1))));
    }

    @Test
    void shouldAnswerAPasswordBeyondBcryptsLimitWith401OnAPublicRoute() {
        problem(
                raw(),
                HttpRequest.GET("/api/v1/offers").basicAuth(accounts.coordinator(), "x".repeat(80)),
                HttpStatus.UNAUTHORIZED);
        problem(
                raw(),
                HttpRequest.GET("/api/v1/offers").basicAuth(accounts.coordinator(), "ü".repeat(199)),
                HttpStatus.UNAUTHORIZED);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Bearer not.a.token", "Bearer ", "Basic bm9ib2R5Ondyb25n", "Basic !!!"})
    void shouldAnswerCredentialsThatDoNotHoldWith401EvenOnAPublicRoute(String authorization) {
        Problem problem = problem(
                raw(),
                HttpRequest.GET("/api/v1/offers").header("Authorization", authorization),
                HttpStatus.UNAUTHORIZED);

        assertThat(problem.getDetail()).contains("credentials");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"aaaaaaaaaa", "1234567890", "abcdefghij", "wachtwoord1", "Welkom2026!", "beheerder-zwak-1"})
    void shouldRefuseAPasswordThatIsEasyToGuess(String weak) {
        signIn(accounts.admin());

        Problem problem = problem(
                HttpStatus.UNPROCESSABLE_ENTITY,
                () -> accountsApi.createAccount(new NewAccount("beheerder-zwak", weak, Role.ADMIN)));

        assertThat(HttpProblems.fields(problem)).containsExactly("password");
        assertThat(accountsApi.listAccounts()).extracting(Account::getUsername).doesNotContain("beheerder-zwak");
    }

    @Test
    void shouldCreateDemoAccountsOnlyInTheEmbeddedDefault() {
        boolean production = context.getEnvironment().getActiveNames().contains("mysql");
        signIn(accounts.admin());

        List<String> names =
                accountsApi.listAccounts().stream().map(Account::getUsername).toList();

        assertThat(context.getProperty("aanbodwijzer.demo-accounts.enabled", Boolean.class))
                .contains(true);
        if (production) {
            assertThat(names).doesNotContain("admin", "coordinator", "projectleider");
        } else {
            assertThat(names).contains("admin", "coordinator", "projectleider");
        }
    }
}
