package nl.aanbodwijzer.security;

import static nl.aanbodwijzer.catalog.OfferInputFixture.anOfferInput;
import static nl.aanbodwijzer.system.HttpProblems.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Inject;
import java.util.List;
import nl.aanbodwijzer.api.model.Account;
import nl.aanbodwijzer.api.model.AccountChange;
import nl.aanbodwijzer.api.model.AuditEntity;
import nl.aanbodwijzer.api.model.AuditEntry;
import nl.aanbodwijzer.api.model.NewAccount;
import nl.aanbodwijzer.api.model.Offer;
import nl.aanbodwijzer.api.model.OfferStatus;
import nl.aanbodwijzer.api.model.OfferType;
import nl.aanbodwijzer.api.model.Provider;
import nl.aanbodwijzer.api.model.ProviderKind;
import nl.aanbodwijzer.api.model.ProviderPart;
import nl.aanbodwijzer.api.model.ProviderRole;
import nl.aanbodwijzer.api.model.Role;
import nl.aanbodwijzer.catalog.OffersClient;
import nl.aanbodwijzer.catalog.providers.ProvidersClient;
import nl.aanbodwijzer.system.ApiTest;
import nl.aanbodwijzer.system.AuditClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Administrators manage providers and the accounts bound to them. */
class AccountAdministrationTest extends ApiTest {
    private static final String PASSWORD = "a-long-password";

    @Inject
    AccountsClient accountsApi;

    @Inject
    ProvidersClient providers;

    @Inject
    OffersClient offers;

    @Inject
    AuditClient audit;

    @BeforeEach
    void signInAsAdministrator() {
        signIn(accounts.admin());
    }

    @Test
    void shouldAddAProviderAndAnAccountThatMayPublishForItsOffers() {
        providers.createProvider(new Provider("rebound", "Rebound Arnhem", ProviderKind.CARE_ORGANISATION));
        accountsApi.createAccount(newAccount("rebound-team", Role.PROVIDER, "rebound"));
        signIn(accounts.projectleider());
        offers.createOffer(anOfferInput("rebound-klas", "Rebound klas")
                .type(OfferType.TUSSENVOORZIENING)
                .status(OfferStatus.ACTIVE)
                .needs(List.of())
                .providers(List.of(new ProviderPart("rebound", ProviderRole.OPERATOR))));

        Offer confirmed = raw().retrieve(
                        HttpRequest.POST("/api/v1/offers/rebound-klas/capacity/confirm", "")
                                .basicAuth("rebound-team", PASSWORD),
                        Offer.class);

        assertThat(confirmed.getStale()).isFalse();
        assertThat(providers.listProviders()).extracting(Provider::getName).contains("Rebound Arnhem");
        signIn(accounts.admin());
        assertThat(actions(AuditEntity.ACCOUNT, "rebound-team")).contains("ACCOUNT_CREATED");
        assertThat(actions(AuditEntity.PROVIDER, "rebound")).contains("PROVIDER_CREATED");
    }

    @Test
    void shouldDisableAnAccountAndNeverShowPasswords() {
        accountsApi.createAccount(newAccount("tijdelijk", Role.COORDINATOR, null));

        Account changed = accountsApi.updateAccount("tijdelijk", new AccountChange(Role.COORDINATOR, false));
        List<Account> all = accountsApi.listAccounts();

        assertThat(changed.getEnabled()).isFalse();
        problem(raw(), HttpRequest.GET("/api/v1/account").basicAuth("tijdelijk", PASSWORD), HttpStatus.UNAUTHORIZED);
        assertThat(all).extracting(Account::getUsername).contains("tijdelijk");
        assertThat(all.toString()).doesNotContain("password", "$2a$", "$2y$");
    }

    @Test
    void shouldRefuseAnEnabledFlagThatIsNotTrueOrFalseAndLeaveTheAccountAsItWas() {
        accountsApi.createAccount(newAccount("blijft-aan", Role.COORDINATOR, null));

        problem(
                raw(),
                HttpRequest.PUT("/api/v1/accounts/blijft-aan", "{\"role\":\"COORDINATOR\",\"enabled\":\"yes\"}")
                        .contentType("application/json")
                        .basicAuth(accounts.admin(), TestAccounts.PASSWORD),
                HttpStatus.BAD_REQUEST);

        assertThat(accountsApi.listAccounts())
                .filteredOn(account -> account.getUsername().equals("blijft-aan"))
                .singleElement()
                .satisfies(account -> assertThat(account.getEnabled()).isTrue());
    }

    @Test
    void shouldBindProviderAccountsToExactlyOneKnownProvider() {
        problem(
                HttpStatus.UNPROCESSABLE_ENTITY,
                () -> accountsApi.createAccount(newAccount("zonder", Role.PROVIDER, null)));
        problem(
                HttpStatus.UNPROCESSABLE_ENTITY,
                () -> accountsApi.createAccount(newAccount("onbekend", Role.PROVIDER, "bestaat-niet")));
        problem(
                HttpStatus.UNPROCESSABLE_ENTITY,
                () -> accountsApi.createAccount(newAccount("coordinator-x", Role.COORDINATOR, "mariendael")));
    }

    @Test
    void shouldLeaveAccountsAndProvidersToAdministrators() {
        signIn(accounts.projectleider());
        problem(HttpStatus.FORBIDDEN, () -> accountsApi.listAccounts());
        problem(HttpStatus.FORBIDDEN, () -> providers.createProvider(new Provider("x", "X", ProviderKind.SCHOOL)));
        signOut();
        problem(HttpStatus.UNAUTHORIZED, () -> accountsApi.createAccount(newAccount("nieuw", Role.ADMIN, null)));
    }

    private static NewAccount newAccount(String username, Role role, String providerId) {
        return new NewAccount(username, PASSWORD, role).providerId(providerId);
    }

    private List<String> actions(AuditEntity entity, String id) {
        return audit.listAudit(entity, id, 1, 20).getItems().stream()
                .map(AuditEntry::getAction)
                .toList();
    }
}
