package nl.aanbodwijzer.search;

import static nl.aanbodwijzer.catalog.OfferInputFixture.anOfferInput;
import static nl.aanbodwijzer.search.SearchControllerTest.count;
import static nl.aanbodwijzer.search.SearchControllerTest.ids;
import static nl.aanbodwijzer.search.SearchControllerTest.uri;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Inject;
import java.util.List;
import nl.aanbodwijzer.api.model.Need;
import nl.aanbodwijzer.api.model.OfferPage;
import nl.aanbodwijzer.api.model.OfferStatus;
import nl.aanbodwijzer.api.model.OfferType;
import nl.aanbodwijzer.capacity.CapacityFixture;
import nl.aanbodwijzer.catalog.OffersClient;
import nl.aanbodwijzer.system.ApiTest;
import org.junit.jupiter.api.Test;

/** Writes through the API are searchable as soon as the write answers (read your writes). */
class SearchAfterWritesTest extends ApiTest {
    @Inject
    OffersClient offers;

    @Inject
    CapacityFixture capacity;

    @Test
    void shouldFindOffersForAnxiousAndAutisticPupilsOnceTheyExist() {
        signIn(accounts.projectleider());
        addOffer("prikkelarme-klas", "Prikkelarme klas", Need.ASS, "Kleine klas voor leerlingen met autisme.");
        addOffer(
                "angstgroep",
                "Terug naar school",
                Need.ANGST_SCHOOLWEIGERING,
                "Groep voor leerlingen met schoolangst.");

        assertThat(ids(search("q=autistische"))).first().isEqualTo("prikkelarme-klas");
        assertThat(ids(search("q=ASS"))).first().isEqualTo("prikkelarme-klas");
        assertThat(ids(search("q=angstig"))).first().isEqualTo("angstgroep");
        List<String> mixed = ids(search(uri("q", "autistische leerling angstig 14 jaar Zevenaar")));
        assertThat(mixed).first().isEqualTo("prikkelarme-klas");
        assertThat(mixed.subList(0, 5)).contains("angstgroep");
    }

    @Test
    void shouldShowACapacityChangeInAvailableResultsAtOnce() {
        signIn(accounts.provider("swv-de-verbinding"));
        assertThat(ids(search("available=true"))).doesNotContain("verzuimcoaches");

        capacity.publish("verzuimcoaches", CapacityFixture.places(10, 7, null));

        OfferPage available = search("available=true");
        assertThat(ids(available)).containsExactly("verzuimcoaches");
        assertThat(ids(search("maxWaitWeeks=0"))).containsExactly("verzuimcoaches");
        assertThat(ids(search("sort=wait&size=2"))).first().isEqualTo("verzuimcoaches");
        assertThat(count(available.getFacets().getAvailability(), "FREE_NOW")).isEqualTo(1);
    }

    private void addOffer(String id, String name, Need need, String description) {
        offers.createOffer(anOfferInput(id, name)
                .description(description)
                .type(OfferType.TUSSENVOORZIENING)
                .status(OfferStatus.ACTIVE)
                .providers(List.of())
                .municipalities(List.of("GM0299"))
                .needs(List.of(need)));
    }

    private OfferPage search(String query) {
        return raw().retrieve(
                        HttpRequest.GET(query.startsWith("/") ? query : "/api/v1/offers?" + query), OfferPage.class);
    }
}
