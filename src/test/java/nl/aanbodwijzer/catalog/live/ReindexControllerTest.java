package nl.aanbodwijzer.catalog.live;

import static nl.aanbodwijzer.system.HttpProblems.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.aanbodwijzer.api.model.OfferPage;
import nl.aanbodwijzer.system.ApiTest;
import org.junit.jupiter.api.Test;

class ReindexControllerTest extends ApiTest {
    @Inject
    AdminClient admin;

    @Test
    void shouldKeepAnsweringSearchesWhileTheCatalogueIsReloaded() throws Exception {
        AtomicBoolean reloading = new AtomicBoolean(true);
        CompletableFuture<List<Long>> totals = CompletableFuture.supplyAsync(() -> {
            List<Long> seen = new ArrayList<>();
            while (reloading.get()) {
                seen.add(raw().retrieve(HttpRequest.GET("/api/v1/offers?q=trajectvoorziening"), OfferPage.class)
                        .getTotal());
            }
            return seen;
        });
        signIn(accounts.admin());

        for (int i = 0; i < 5; i++) {
            admin.reindex();
        }
        reloading.set(false);

        assertThat(totals.get()).isNotEmpty().containsOnly(40L);
    }

    @Test
    void shouldLetOnlyAdministratorsReloadTheCatalogue() {
        signIn(accounts.admin());
        assertThat(admin.reindex().getOffers()).isEqualTo(46);

        signIn(accounts.coordinator());
        problem(HttpStatus.FORBIDDEN, () -> admin.reindex());
        signOut();
        problem(HttpStatus.UNAUTHORIZED, () -> admin.reindex());
    }
}
