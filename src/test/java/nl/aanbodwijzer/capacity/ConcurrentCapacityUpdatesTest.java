package nl.aanbodwijzer.capacity;

import static nl.aanbodwijzer.capacity.CapacityFixture.places;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.aanbodwijzer.api.model.CapacityHistoryEntry;
import nl.aanbodwijzer.api.model.Credentials;
import nl.aanbodwijzer.api.model.Offer;
import nl.aanbodwijzer.catalog.OffersClient;
import nl.aanbodwijzer.security.AccountsClient;
import nl.aanbodwijzer.security.TestAccounts;
import nl.aanbodwijzer.system.ApiTest;
import org.junit.jupiter.api.RepeatedTest;

class ConcurrentCapacityUpdatesTest extends ApiTest {
    private static final int WRITERS = 32;

    @Inject
    OffersClient offers;

    @Inject
    CapacityClient capacity;

    @Inject
    AccountsClient accountsApi;

    /** What one writer sent and got: its total, and the version its success produced (or null on 412). */
    record Outcome(int total, int status, Long newVersion) {}

    /** A race shows itself only now and then; five rounds make a lost update likely to be seen. */
    @RepeatedTest(5)
    void shouldLetEachWriterEitherWinOrGet412AndKeepExactlyTheWinnersInTheHistory() throws Exception {
        String token = accountsApi
                .createToken(new Credentials(accounts.provider("at-zorg"), TestAccounts.PASSWORD))
                .getAccessToken();
        int historyBefore = history().size();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            futures.add(pool.submit(writer(token, 100 + i, start)));
        }
        start.countDown();
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> future : futures) {
            outcomes.add(future.get());
        }
        pool.shutdown();

        List<Outcome> winners = outcomes.stream().filter(o -> o.status() == 200).toList();
        assertThat(outcomes).allSatisfy(o -> assertThat(o.status()).isIn(200, 412));
        assertThat(winners).isNotEmpty();
        assertThat(outcomes).as("writers that read the same ETag conflict").anySatisfy(o -> assertThat(o.status())
                .isEqualTo(412));
        assertThat(winners).extracting(Outcome::newVersion).doesNotHaveDuplicates();
        Outcome last =
                winners.stream().max(Comparator.comparing(Outcome::newVersion)).orElseThrow();
        Offer grip = offers.getOffer("grip").body();
        assertThat(grip.getCapacity().getTotal()).isEqualTo(last.total());
        assertThat(grip.getVersion()).isEqualTo(last.newVersion());
        List<CapacityHistoryEntry> added =
                history().subList(historyBefore, history().size());
        assertThat(added).hasSize(winners.size());
        assertThat(added)
                .extracting(entry -> entry.getAfter().getTotal())
                .containsExactlyElementsOf(winners.stream()
                        .sorted(Comparator.comparing(Outcome::newVersion))
                        .map(Outcome::total)
                        .toList());
    }

    /**
     * Reads the ETag, waits for the start, then publishes with the ETag it read. A bearer token,
     * because 32 password checks at once would measure bcrypt rather than the write.
     */
    private Callable<Outcome> writer(String token, int total, CountDownLatch start) {
        return () -> {
            String etag = offers.getOffer("grip").header(HttpHeaders.ETAG);
            start.await();
            try {
                Offer published = raw().retrieve(
                                HttpRequest.PUT("/api/v1/offers/grip/capacity", places(total, 0, null))
                                        .bearerAuth(token)
                                        .header(HttpHeaders.IF_MATCH, etag),
                                Offer.class);
                return new Outcome(total, 200, published.getVersion());
            } catch (HttpClientResponseException e) {
                return new Outcome(total, e.getStatus().getCode(), null);
            }
        };
    }

    private List<CapacityHistoryEntry> history() {
        return capacity.getCapacityHistory("grip").getItems();
    }
}
