package nl.aanbodwijzer.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.order.Ordered;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.aanbodwijzer.catalog.providers.Provider;
import nl.aanbodwijzer.catalog.providers.ProviderDirectory;
import nl.aanbodwijzer.system.Role;

/**
 * Creates the demo accounts of the embedded default at start-up when they are missing:
 * coordinator, projectleider, admin, and provider-&lt;id&gt; for every provider. Never in the mysql
 * (production) environment, whatever the configuration says: their password is known.
 */
@Singleton
@Requires(property = "aanbodwijzer.demo-accounts.enabled", value = "true")
@Requires(notEnv = "mysql")
class DemoAccounts implements ApplicationEventListener<StartupEvent>, Ordered {
    private final DemoAccountsConfiguration configuration;
    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final ProviderDirectory providers;
    private final Clock clock;

    DemoAccounts(
            DemoAccountsConfiguration configuration,
            AccountRepository accounts,
            PasswordHasher hasher,
            ProviderDirectory providers,
            Clock clock) {
        this.configuration = configuration;
        this.accounts = accounts;
        this.hasher = hasher;
        this.providers = providers;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void onApplicationEvent(StartupEvent event) {
        List<Account> missing = new ArrayList<>();
        String hash = null;
        for (Account wanted : wanted()) {
            if (!accounts.existsByUsername(wanted.username())) {
                hash = hash == null ? hasher.hash(configuration.password()) : hash;
                missing.add(Account.create(
                        wanted.username(), hash, wanted.role(), wanted.providerId(), wanted.createdAt()));
            }
        }
        accounts.saveAll(missing);
    }

    private List<Account> wanted() {
        Instant now = clock.instant();
        List<Account> wanted = new ArrayList<>(List.of(
                demo("coordinator", Role.COORDINATOR, null, now),
                demo("projectleider", Role.PROJECTLEIDER, null, now),
                demo("admin", Role.ADMIN, null, now)));
        providerIds().forEach(id -> wanted.add(demo("provider-" + id, Role.PROVIDER, id, now)));
        return wanted;
    }

    private static Account demo(String username, Role role, String providerId, Instant now) {
        return Account.create(username, "", role, providerId, now);
    }

    private List<String> providerIds() {
        return providers.all().stream().map(Provider::id).toList();
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 200;
    }
}
