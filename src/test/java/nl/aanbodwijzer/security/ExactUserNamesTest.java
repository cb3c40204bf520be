package nl.aanbodwijzer.security;

import static nl.aanbodwijzer.system.HttpProblems.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Inject;
import nl.aanbodwijzer.api.model.Credentials;
import nl.aanbodwijzer.system.ApiTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A user name matches only as written: on MySQL a case- and accent-blind collation let look-alikes in. */
class ExactUserNamesTest extends ApiTest {
    @Inject
    AccountsClient accountsApi;

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"TEST-COORDINATOR", "test-coördinator", "test-coordinator ", " test-coordinator"})
    void shouldMatchAUserNameExactly(String lookalike) {
        accounts.coordinator();

        problem(
                HttpStatus.UNAUTHORIZED,
                () -> accountsApi.createToken(new Credentials(lookalike, TestAccounts.PASSWORD)));
        problem(
                raw(),
                HttpRequest.GET("/api/v1/account").basicAuth(lookalike, TestAccounts.PASSWORD),
                HttpStatus.UNAUTHORIZED);
    }
}
