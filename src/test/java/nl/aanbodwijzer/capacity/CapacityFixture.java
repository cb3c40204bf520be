package nl.aanbodwijzer.capacity;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import java.util.HashMap;
import java.util.Map;
import nl.aanbodwijzer.security.TestAccounts;

/** Publishes an offer's numbers over HTTP the way a provider does: read the ETag, then PUT with it. */
public final class CapacityFixture {
    private CapacityFixture() {}

    /** Publishes {@code numbers} (missing ones are unknown) as {@code username} with the test password. */
    public static void publish(BlockingHttpClient client, String offerId, Map<String, ?> numbers, String username) {
        String etag = client.exchange(HttpRequest.GET("/api/v1/offers/" + offerId), Map.class)
                .header(HttpHeaders.ETAG);
        client.exchange(HttpRequest.PUT("/api/v1/offers/" + offerId + "/capacity", new HashMap<>(numbers))
                .basicAuth(username, TestAccounts.PASSWORD)
                .header(HttpHeaders.IF_MATCH, etag));
    }
}
