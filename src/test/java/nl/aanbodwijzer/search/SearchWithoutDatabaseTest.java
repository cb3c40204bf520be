package nl.aanbodwijzer.search;

import static nl.aanbodwijzer.capacity.CapacityFixture.places;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Inject;
import nl.aanbodwijzer.api.model.OfferPage;
import nl.aanbodwijzer.capacity.CapacityFixture;
import nl.aanbodwijzer.catalog.OffersClient;
import nl.aanbodwijzer.system.ApiTest;
import nl.aanbodwijzer.system.CountingDriver;
import org.junit.jupiter.api.Test;

/** Search pages and offer reads come from the catalogue in memory: not one SQL statement. */
@Property(name = "datasources.default.driver-class-name", value = "nl.aanbodwijzer.system.CountingDriver")
@Property(name = "aanbodwijzer.follow.poll-interval", value = "1h")
class SearchWithoutDatabaseTest extends ApiTest {
    @Inject
    SearchClient search;

    @Inject
    OffersClient offers;

    @Inject
    CapacityFixture capacity;

    @Test
    void shouldServeSearchPagesAndOffersWithoutAStatement() {
        long before = CountingDriver.statements();

        OfferPage page = raw().retrieve(
                        HttpRequest.GET("/api/v1/offers?q=trajectvoorziening&sector=VO&size=100"), OfferPage.class);
        raw().retrieve(HttpRequest.GET("/api/v1/offers?need=PSYCHIATRIE&available=false&sort=wait"), OfferPage.class);
        search.suggestOffers("hoogb", 8);
        offers.getOffer("grip");

        assertThat(page.getItems()).hasSize(40);
        assertThat(CountingDriver.statements()).isEqualTo(before);
    }

    @Test
    void shouldCountTheStatementsOfAWrite() {
        signIn(accounts.projectleider());
        long before = CountingDriver.statements();

        capacity.publish("grip", places(6, 2, null));

        assertThat(CountingDriver.statements())
                .as("the counter sees the database")
                .isGreaterThan(before);
    }
}
