package nl.aanbodwijzer.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.aanbodwijzer.security.TestAccounts;
import nl.aanbodwijzer.system.Role;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ConcurrentCapacityUpdatesTest {
    private static final int WRITERS = 32;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestAccounts accounts;

    /** What one writer sent and got: its total, and the version its success produced (or null on 412). */
    record Outcome(int total, int status, Long newVersion) {}

    @Test
    void shouldLetEachWriterEitherWinOrGet412AndKeepExactlyTheWinnersInTheHistory() throws Exception {
        accounts.ensure("test-grip-writer", Role.PROVIDER, "at-zorg");
        String token = token("test-grip-writer");
        int historyBefore = history().size();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            int total = 100 + i;
            futures.add(pool.submit(writer(token, total, start)));
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
        Map<String, Object> grip = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/offers/grip"), Map.class);
        assertThat(((Map<?, ?>) grip.get("capacity")).get("total")).isEqualTo(last.total());
        assertThat(((Number) grip.get("version")).longValue()).isEqualTo(last.newVersion());
        List<Map<String, Object>> added =
                history().subList(historyBefore, history().size());
        assertThat(added).hasSize(winners.size());
        assertThat(added)
                .extracting(entry -> (Object) ((Map<?, ?>) entry.get("after")).get("total"))
                .containsExactlyElementsOf(winners.stream()
                        .sorted(Comparator.comparing(Outcome::newVersion))
                        .map(o -> (Object) o.total())
                        .toList());
    }

    /** Reads the ETag, waits for the start, then publishes with the ETag it read. */
    private Callable<Outcome> writer(String token, int total, CountDownLatch start) {
        return () -> {
            String etag = http.toBlocking()
                    .exchange(HttpRequest.GET("/api/v1/offers/grip"), Map.class)
                    .header(HttpHeaders.ETAG);
            start.await();
            try {
                HttpResponse<Map> response = http.toBlocking()
                        .exchange(
                                HttpRequest.PUT("/api/v1/offers/grip/capacity", Map.of("total", total, "occupied", 0))
                                        .bearerAuth(token)
                                        .header(HttpHeaders.IF_MATCH, etag),
                                Map.class);
                return new Outcome(total, 200, ((Number) response.body().get("version")).longValue());
            } catch (HttpClientResponseException e) {
                return new Outcome(total, e.getStatus().getCode(), null);
            }
        };
    }

    private String token(String username) {
        Map<String, Object> token = http.toBlocking()
                .retrieve(
                        HttpRequest.POST(
                                "/api/v1/auth/token", Map.of("username", username, "password", TestAccounts.PASSWORD)),
                        Map.class);
        return (String) token.get("accessToken");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> history() {
        Map<String, Object> history =
                http.toBlocking().retrieve(HttpRequest.GET("/api/v1/offers/grip/capacity/history"), Map.class);
        return (List<Map<String, Object>>) history.get("items");
    }
}
