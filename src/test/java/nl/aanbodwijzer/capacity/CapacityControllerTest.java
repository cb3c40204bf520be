package nl.aanbodwijzer.capacity;

import static nl.aanbodwijzer.system.HttpProblems.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.aanbodwijzer.security.TestAccounts;
import nl.aanbodwijzer.system.DatabaseSnapshot;
import nl.aanbodwijzer.system.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class CapacityControllerTest {
    private static final String GRIP = "/api/v1/offers/grip";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestAccounts accounts;

    @Inject
    DatabaseSnapshot database;

    private BlockingHttpClient client;

    @BeforeEach
    void setUp() {
        client = http.toBlocking();
        accounts.ensure("test-at-zorg", Role.PROVIDER, "at-zorg");
        accounts.ensure("test-produs", Role.PROVIDER, "produs");
        accounts.ensure("test-projectleider", Role.PROJECTLEIDER, null);
    }

    @Test
    void shouldLetTheProviderPublishAndAnswerTheNewEtag() {
        String etag = etag(GRIP);

        HttpResponse<Map> response = client.exchange(put("test-at-zorg", etag, numbers(10, 8, 5, 6, null)), Map.class);

        Map<String, Object> offer = response.body();
        Map<?, ?> capacity = (Map<?, ?>) offer.get("capacity");
        assertThat(response.header(HttpHeaders.ETAG)).isNotEqualTo(etag).isEqualTo(etag(GRIP));
        assertThat(capacity.get("total")).isEqualTo(10);
        assertThat(capacity.get("free")).isEqualTo(2);
        assertThat(capacity.get("waitingList")).isEqualTo(5);
        assertThat(capacity.get("expectedWaitWeeks")).isEqualTo(6);
        assertThat(capacity.get("updatedAt")).isNotNull();
        assertThat(offer.get("stale")).isEqualTo(false);
        assertThat(offer.get("lastVerifiedAt")).isEqualTo(today().toString());
    }

    @Test
    void shouldKeepAHistoryWithoutNamesAndAnAuditWithThem() {
        client.exchange(put("test-at-zorg", etag(GRIP), numbers(12, 12, 3, 10, null)));
        client.exchange(
                HttpRequest.POST(GRIP + "/capacity/confirm", "").basicAuth("test-at-zorg", TestAccounts.PASSWORD));

        Map<String, Object> history = client.retrieve(HttpRequest.GET(GRIP + "/capacity/history"), Map.class);
        Map<String, Object> audit = client.retrieve(
                HttpRequest.GET("/api/v1/audit?entity=offer&id=grip")
                        .basicAuth("test-projectleider", TestAccounts.PASSWORD),
                Map.class);

        List<Map<String, Object>> items = list(history.get("items"));
        assertThat(items).hasSizeGreaterThanOrEqualTo(2);
        Map<String, Object> last = items.get(items.size() - 1);
        Map<String, Object> changed = items.get(items.size() - 2);
        assertThat(last.get("kind")).isEqualTo("CONFIRMED");
        assertThat(changed.get("kind")).isEqualTo("CHANGED");
        assertThat(((Map<?, ?>) changed.get("after")).get("total")).isEqualTo(12);
        assertThat(((Map<?, ?>) changed.get("after")).get("free")).isEqualTo(0);
        assertThat(history.toString()).doesNotContain("test-at-zorg");
        assertThat(list(audit.get("items")))
                .extracting(entry -> entry.get("actor") + " " + entry.get("action"))
                .startsWith("test-at-zorg CAPACITY_CONFIRMED", "test-at-zorg CAPACITY_CHANGED");
    }

    @Test
    void shouldDemandTheCurrentEtagAndWriteNothingWithout() {
        String etag = etag(GRIP);
        client.exchange(put("test-projectleider", etag, numbers(4, 1, 0, 0, null)));
        Map<String, List<String>> before = database.take();

        problem(client, put("test-at-zorg", null, numbers(4, 2, 0, 0, null)), HttpStatus.PRECONDITION_REQUIRED);
        problem(client, put("test-at-zorg", etag, numbers(4, 2, 0, 0, null)), HttpStatus.PRECONDITION_FAILED);
        problem(
                client,
                put("test-at-zorg", "W/" + etag(GRIP), numbers(4, 2, 0, 0, null)),
                HttpStatus.PRECONDITION_FAILED);

        assertThat(database.take()).isEqualTo(before);
    }

    @Test
    void shouldRefuseOtherProvidersAndAnonymousWritersWritingNothing() {
        Map<String, List<String>> before = database.take();

        problem(client, put("test-produs", etag(GRIP), numbers(1, 0, 0, 0, null)), HttpStatus.FORBIDDEN);
        problem(
                client,
                HttpRequest.POST(GRIP + "/capacity/confirm", "").basicAuth("test-produs", TestAccounts.PASSWORD),
                HttpStatus.FORBIDDEN);
        problem(
                client,
                HttpRequest.PUT(GRIP + "/capacity", numbers(1, 0, 0, 0, null)).header(HttpHeaders.IF_MATCH, etag(GRIP)),
                HttpStatus.UNAUTHORIZED);
        problem(client, HttpRequest.POST(GRIP + "/capacity/confirm", ""), HttpStatus.UNAUTHORIZED);

        assertThat(database.take()).isEqualTo(before);
    }

    @Test
    void shouldRejectImpossibleNumbersNamingTheField() {
        Map<String, List<String>> before = database.take();
        String etag = etag(GRIP);

        assertField(
                problem(client, put("test-at-zorg", etag, numbers(-1, 0, 0, 0, null)), HttpStatus.BAD_REQUEST),
                "total");
        assertField(
                problem(client, put("test-at-zorg", etag, numbers(5, 0, 0, 105, null)), HttpStatus.BAD_REQUEST),
                "expectedWaitWeeks");
        assertField(
                problem(client, put("test-at-zorg", etag, numbers(5, 6, 0, 0, null)), HttpStatus.UNPROCESSABLE_ENTITY),
                "occupied");
        assertField(
                problem(
                        client,
                        put("test-at-zorg", etag, numbers(5, 1, 0, 0, today().minusDays(1))),
                        HttpStatus.UNPROCESSABLE_ENTITY),
                "nextIntake");
        Map<String, Object> fraction = new HashMap<>(numbers(5, 1, 0, 0, null));
        fraction.put("total", 5.5);
        assertThat(problem(client, put("test-at-zorg", etag, fraction), HttpStatus.BAD_REQUEST)
                        .get("detail"))
                .asString()
                .contains("whole number");
        Map<String, Object> unknownField = new HashMap<>(numbers(5, 1, 0, 0, null));
        unknownField.put("placesFree", 4);
        assertThat(problem(client, put("test-at-zorg", etag, unknownField), HttpStatus.BAD_REQUEST)
                        .get("detail"))
                .asString()
                .contains("placesFree");

        assertThat(database.take()).isEqualTo(before);
    }

    @Test
    void shouldClearStalenessWhenTheNumbersAreConfirmed() {
        Map<String, Object> before = client.retrieve(HttpRequest.GET("/api/v1/offers/verzuimcoaches"), Map.class);
        assertThat(before.get("stale")).isEqualTo(true);
        assertThat(staleIds()).contains("verzuimcoaches");
        accounts.ensure("test-swv", Role.PROVIDER, "swv-de-verbinding");

        Map<String, Object> confirmed = client.retrieve(
                HttpRequest.POST("/api/v1/offers/verzuimcoaches/capacity/confirm", "")
                        .basicAuth("test-swv", TestAccounts.PASSWORD),
                Map.class);

        assertThat(confirmed.get("stale")).isEqualTo(false);
        assertThat(confirmed.get("lastVerifiedAt")).isEqualTo(today().toString());
        assertThat(confirmed.get("capacity")).isEqualTo(before.get("capacity"));
        assertThat(staleIds()).doesNotContain("verzuimcoaches").contains("opdc");
    }

    private List<String> staleIds() {
        Map<String, Object> page = client.retrieve(HttpRequest.GET("/api/v1/offers?stale=true&size=100"), Map.class);
        return list(page.get("items")).stream()
                .map(item -> (String) item.get("id"))
                .toList();
    }

    private String etag(String uri) {
        return client.exchange(HttpRequest.GET(uri), Map.class).header(HttpHeaders.ETAG);
    }

    static MutableHttpRequest<Map<String, Object>> put(String username, String etag, Map<String, Object> numbers) {
        MutableHttpRequest<Map<String, Object>> request =
                HttpRequest.PUT(GRIP + "/capacity", numbers).basicAuth(username, TestAccounts.PASSWORD);
        return etag == null ? request : request.header(HttpHeaders.IF_MATCH, etag);
    }

    static Map<String, Object> numbers(
            Integer total, Integer occupied, Integer waitingList, Integer waitWeeks, LocalDate nextIntake) {
        Map<String, Object> numbers = new HashMap<>();
        numbers.put("total", total);
        numbers.put("occupied", occupied);
        numbers.put("waitingList", waitingList);
        numbers.put("expectedWaitWeeks", waitWeeks);
        numbers.put("nextIntake", nextIntake == null ? null : nextIntake.toString());
        return numbers;
    }

    private static void assertField(Map<String, Object> problem, String field) {
        assertThat(list(problem.get("errors")))
                .extracting(error -> error.get("field"))
                .contains(field);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
