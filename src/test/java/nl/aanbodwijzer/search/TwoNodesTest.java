package nl.aanbodwijzer.search;

import static nl.aanbodwijzer.capacity.CapacityFixture.places;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.aanbodwijzer.api.model.OfferPage;
import nl.aanbodwijzer.capacity.CapacityFixture;
import nl.aanbodwijzer.system.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two nodes on one database: a change made through one is found by the other within two seconds. */
class TwoNodesTest extends ApiTest {
    private static final long WITHIN_MILLIS = 2_000;

    @Inject
    ApplicationContext nodeA;

    @Inject
    CapacityFixture capacity;

    private EmbeddedServer nodeB;
    private HttpClient clientB;

    @BeforeEach
    void startSecondNode() {
        nodeB = ApplicationContext.run(
                EmbeddedServer.class,
                Map.of(
                        "micronaut.server.port", -1,
                        "datasources.default.url", nodeA.getRequiredProperty("datasources.default.url", String.class),
                        "flyway.datasources.default.clean-schema", false,
                        "aanbodwijzer.import-on-start", false,
                        "aanbodwijzer.demo-accounts.enabled", false),
                "test");
        clientB = HttpClient.create(nodeB.getURL());
    }

    @AfterEach
    void stopSecondNode() {
        clientB.close();
        nodeB.close();
    }

    @Test
    void shouldFindACapacityChangeOnTheOtherNodeWithinTwoSeconds() throws InterruptedException {
        BlockingHttpClient a = raw();
        BlockingHttpClient b = clientB.toBlocking();
        assertThat(ids(b.retrieve("/api/v1/offers?available=true", OfferPage.class)))
                .doesNotContain("grip");
        signIn(accounts.provider("at-zorg"));

        capacity.publish("grip", places(6, 2, null));
        long changed = System.currentTimeMillis();

        assertThat(ids(a.retrieve("/api/v1/offers?available=true", OfferPage.class)))
                .as("the writing node answers its own write at once")
                .containsExactly("grip");
        List<String> onB = List.of();
        while (!onB.contains("grip") && System.currentTimeMillis() - changed < WITHIN_MILLIS) {
            Thread.sleep(50);
            onB = ids(b.retrieve("/api/v1/offers?available=true", OfferPage.class));
        }
        assertThat(onB)
                .as("node B after %d ms", System.currentTimeMillis() - changed)
                .containsExactly("grip");
    }

    private static List<String> ids(OfferPage page) {
        return SearchControllerTest.ids(page);
    }
}
