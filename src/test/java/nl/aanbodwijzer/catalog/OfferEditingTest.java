package nl.aanbodwijzer.catalog;

import static nl.aanbodwijzer.system.HttpProblems.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.aanbodwijzer.security.TestAccounts;
import nl.aanbodwijzer.system.ChangeLog;
import nl.aanbodwijzer.system.DatabaseSnapshot;
import nl.aanbodwijzer.system.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class OfferEditingTest {
    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestAccounts accounts;

    @Inject
    DatabaseSnapshot database;

    @Inject
    ChangeLog changeLog;

    private BlockingHttpClient client;

    @BeforeEach
    void setUp() {
        client = http.toBlocking();
        accounts.ensure("test-projectleider", Role.PROJECTLEIDER, null);
        accounts.ensure("test-coordinator", Role.COORDINATOR, null);
        accounts.ensure("test-mariendael", Role.PROVIDER, "mariendael");
    }

    @Test
    void shouldAddAnOfferWithUnknownCapacityAndAnAuditEntry() {
        long logged = changeLog.count();

        HttpResponse<Map> created = client.exchange(
                HttpRequest.POST("/api/v1/offers", offer("rebound-arnhem", "Rebound Arnhem"))
                        .basicAuth("test-projectleider", TestAccounts.PASSWORD),
                Map.class);

        assertThat(created.getStatus().getCode()).isEqualTo(201);
        assertThat(created.header(HttpHeaders.LOCATION)).isEqualTo("/api/v1/offers/rebound-arnhem");
        assertThat(created.header(HttpHeaders.ETAG)).isEqualTo("\"1\"");
        Map<String, Object> body = created.body();
        assertThat(body.get("providers").toString()).contains("VSO Mariëndael");
        assertThat(((Map<?, ?>) body.get("capacity")).get("total")).isNull();
        assertThat(body.get("stale")).isEqualTo(true);
        assertThat(changeLog.count()).isEqualTo(logged + 1);
        assertThat(audit("rebound-arnhem")).extracting(e -> e.get("action")).containsExactly("OFFER_CREATED");
    }

    @Test
    void shouldChangeAndRetireAnOfferWithTheCurrentEtag() {
        String etag = client.exchange(HttpRequest.GET("/api/v1/offers/grip"), Map.class)
                .header(HttpHeaders.ETAG);
        Map<String, Object> retired = offer("grip", "GRIP");
        retired.put("status", "CLOSED");

        HttpResponse<Map> response = client.exchange(
                HttpRequest.PUT("/api/v1/offers/grip", retired)
                        .basicAuth("test-projectleider", TestAccounts.PASSWORD)
                        .header(HttpHeaders.IF_MATCH, etag),
                Map.class);

        assertThat(response.body().get("status")).isEqualTo("CLOSED");
        assertThat(response.header(HttpHeaders.ETAG)).isNotEqualTo(etag);
        Map<String, Object> active = client.retrieve(HttpRequest.GET("/api/v1/offers?size=100"), Map.class);
        assertThat(active.get("items").toString()).doesNotContain("id=grip,");
        assertThat(client.retrieve(HttpRequest.GET("/api/v1/offers/grip"), Map.class)
                        .get("status"))
                .as("retired, never deleted")
                .isEqualTo("CLOSED");
        assertThat(audit("grip").get(0).get("action")).isEqualTo("OFFER_RETIRED");
        assertThat((String) audit("grip").get(0).get("detail")).contains("status");
    }

    @Test
    void shouldRefuseBadOffersNamingTheFieldsAndWriteNothing() {
        Map<String, List<String>> before = database.take();
        Map<String, Object> bad = offer("nieuw", "Nieuw");
        bad.put("municipalities", List.of("GM0202", "GM9999"));
        bad.put("minAge", 16);
        bad.put("maxAge", 12);

        Map<String, Object> problem = problem(
                client,
                HttpRequest.POST("/api/v1/offers", bad).basicAuth("test-projectleider", TestAccounts.PASSWORD),
                HttpStatus.UNPROCESSABLE_ENTITY);
        problem(
                client,
                HttpRequest.POST("/api/v1/offers", offer("grip", "Tweede GRIP"))
                        .basicAuth("test-projectleider", TestAccounts.PASSWORD),
                HttpStatus.CONFLICT);
        Map<String, Object> noName = offer("zonder-naam", "x");
        noName.remove("name");
        problem(
                client,
                HttpRequest.POST("/api/v1/offers", noName).basicAuth("test-projectleider", TestAccounts.PASSWORD),
                HttpStatus.BAD_REQUEST);

        assertThat(problem.get("errors").toString()).contains("municipalities", "GM9999", "minAge");
        assertThat(database.take()).isEqualTo(before);
    }

    @Test
    void shouldLeaveTheCatalogueToTheProjectLeader() {
        Map<String, List<String>> before = database.take();

        problem(
                client,
                HttpRequest.POST("/api/v1/offers", offer("a", "A"))
                        .basicAuth("test-coordinator", TestAccounts.PASSWORD),
                HttpStatus.FORBIDDEN);
        problem(
                client,
                HttpRequest.POST("/api/v1/offers", offer("a", "A")).basicAuth("test-mariendael", TestAccounts.PASSWORD),
                HttpStatus.FORBIDDEN);
        problem(client, HttpRequest.POST("/api/v1/offers", offer("a", "A")), HttpStatus.UNAUTHORIZED);
        problem(
                client,
                HttpRequest.PUT("/api/v1/offers/grip", offer("grip", "GRIP")).header(HttpHeaders.IF_MATCH, "\"1\""),
                HttpStatus.UNAUTHORIZED);
        problem(
                client,
                HttpRequest.GET("/api/v1/audit?entity=offer&id=grip")
                        .basicAuth("test-coordinator", TestAccounts.PASSWORD),
                HttpStatus.FORBIDDEN);

        assertThat(database.take()).isEqualTo(before);
    }

    @Test
    void shouldDemandTheCurrentEtagForChanges() {
        problem(
                client,
                HttpRequest.PUT("/api/v1/offers/opdc", offer("opdc", "OPDC"))
                        .basicAuth("test-projectleider", TestAccounts.PASSWORD),
                HttpStatus.PRECONDITION_REQUIRED);
        problem(
                client,
                HttpRequest.PUT("/api/v1/offers/opdc", offer("opdc", "OPDC"))
                        .basicAuth("test-projectleider", TestAccounts.PASSWORD)
                        .header(HttpHeaders.IF_MATCH, "\"999\""),
                HttpStatus.PRECONDITION_FAILED);
    }

    private static Map<String, Object> offer(String id, String name) {
        Map<String, Object> offer = new HashMap<>();
        offer.put("id", id);
        offer.put("name", name);
        offer.put("type", "ONDERWIJSZORGARRANGEMENT");
        offer.put("status", "PILOT");
        offer.put("providers", List.of(Map.of("id", "mariendael", "role", "EDUCATION")));
        offer.put("municipalities", List.of("GM0202"));
        offer.put("sectors", List.of("VO"));
        offer.put("needs", List.of("ANGST_SCHOOLWEIGERING"));
        return offer;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> audit(String offerId) {
        Map<String, Object> page = client.retrieve(
                HttpRequest.GET("/api/v1/audit?entity=offer&id=" + offerId)
                        .basicAuth("test-projectleider", TestAccounts.PASSWORD),
                Map.class);
        return (List<Map<String, Object>>) page.get("items");
    }
}
