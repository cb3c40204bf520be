package nl.aanbodwijzer.security;

import static nl.aanbodwijzer.system.HttpProblems.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Inject;
import nl.aanbodwijzer.api.model.Account;
import nl.aanbodwijzer.api.model.AccountChange;
import nl.aanbodwijzer.api.model.Role;
import nl.aanbodwijzer.system.ApiTest;
import nl.aanbodwijzer.system.HttpProblems;
import org.junit.jupiter.api.Test;

/** The last enabled administrator can neither disable nor demote itself: nobody could manage accounts. */
class LastAdministratorTest extends ApiTest {
    @Inject
    AccountsClient accountsApi;

    @Test
    void shouldKeepTheLastEnabledAdministrator() {
        String me = accounts.admin();
        signIn(me);
        accountsApi.listAccounts().stream()
                .filter(account -> account.getRole() == Role.ADMIN && account.getEnabled())
                .filter(account -> !account.getUsername().equals(me))
                .forEach(other -> accountsApi.updateAccount(other.getUsername(), new AccountChange(Role.ADMIN, false)));

        assertThat(HttpProblems.fields(problem(
                        HttpStatus.UNPROCESSABLE_ENTITY,
                        () -> accountsApi.updateAccount(me, new AccountChange(Role.ADMIN, false)))))
                .containsExactly("role");
        problem(
                HttpStatus.UNPROCESSABLE_ENTITY,
                () -> accountsApi.updateAccount(me, new AccountChange(Role.COORDINATOR, true)));

        assertThat(accountsApi.getAccount())
                .extracting(Account::getRole, Account::getEnabled)
                .containsExactly(Role.ADMIN, true);
    }
}
