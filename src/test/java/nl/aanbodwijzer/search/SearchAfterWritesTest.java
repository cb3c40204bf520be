package nl.aanbodwijzer.search;

import static nl.aanbodwijzer.search.SearchControllerTest.count;
import static nl.aanbodwijzer.search.SearchControllerTest.ids;
import static nl.aanbodwijzer.search.SearchControllerTest.uri;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.aanbodwijzer.api.model.OfferPage;
import nl.aanbodwijzer.security.TestAccounts;
import nl.aanbodwijzer.system.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Writes through the API are searchable as soon as the write answers (read your writes). */
@MicronautTest(transactional = false)
class SearchAfterWritesTest {
    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestAccounts accounts;

    private BlockingHttpClient client;

    @BeforeEach
    void setUp() {
        client = http.toBlocking();
    }

    @Test
    void shouldFindOffersForAnxiousAndAutisticPupilsOnceTheyExist() {
        accounts.ensure("test-projectleider", Role.PROJECTLEIDER, null);
        addOffer("prikkelarme-klas", "Prikkelarme klas", "ASS", "Kleine klas voor leerlingen met autisme.");
        addOffer("angstgroep", "Terug naar school", "ANGST_SCHOOLWEIGERING", "Groep voor leerlingen met schoolangst.");

        assertThat(ids(search("q=autistische"))).first().isEqualTo("prikkelarme-klas");
        assertThat(ids(search("q=ASS"))).first().isEqualTo("prikkelarme-klas");
        assertThat(ids(search("q=angstig"))).first().isEqualTo("angstgroep");
        List<String> mixed = ids(search(uri("q", "autistische leerling angstig 14 jaar Zevenaar")));
        assertThat(mixed).first().isEqualTo("prikkelarme-klas");
        assertThat(mixed.subList(0, 5)).contains("angstgroep");
    }

    @Test
    void shouldShowACapacityChangeInAvailableResultsAtOnce() {
        accounts.ensure("test-swv", Role.PROVIDER, "swv-de-verbinding");
        assertThat(ids(search("available=true"))).doesNotContain("verzuimcoaches");
        String etag = client.exchange(HttpRequest.GET("/api/v1/offers/verzuimcoaches"), Map.class)
                .header(HttpHeaders.ETAG);

        client.exchange(HttpRequest.PUT("/api/v1/offers/verzuimcoaches/capacity", Map.of("total", 10, "occupied", 7))
                .basicAuth("test-swv", TestAccounts.PASSWORD)
                .header(HttpHeaders.IF_MATCH, etag));

        OfferPage available = search("available=true");
        assertThat(ids(available)).containsExactly("verzuimcoaches");
        assertThat(ids(search("maxWaitWeeks=0"))).containsExactly("verzuimcoaches");
        assertThat(ids(search("sort=wait&size=2"))).first().isEqualTo("verzuimcoaches");
        assertThat(count(available.getFacets().getAvailability(), "FREE_NOW")).isEqualTo(1);
    }

    private void addOffer(String id, String name, String need, String description) {
        client.exchange(HttpRequest.POST(
                        "/api/v1/offers",
                        Map.of(
                                "id",
                                id,
                                "name",
                                name,
                                "description",
                                description,
                                "type",
                                "TUSSENVOORZIENING",
                                "status",
                                "ACTIVE",
                                "municipalities",
                                List.of("GM0299"),
                                "sectors",
                                List.of("VO"),
                                "needs",
                                List.of(need)))
                .basicAuth("test-projectleider", TestAccounts.PASSWORD));
    }

    private OfferPage search(String query) {
        return client.retrieve(
                HttpRequest.GET(query.startsWith("/") ? query : "/api/v1/offers?" + query), OfferPage.class);
    }
}
