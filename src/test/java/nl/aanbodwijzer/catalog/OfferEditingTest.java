package nl.aanbodwijzer.catalog;

import static nl.aanbodwijzer.catalog.OfferInputFixture.anOfferInput;
import static nl.aanbodwijzer.system.HttpProblems.fields;
import static nl.aanbodwijzer.system.HttpProblems.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import nl.aanbodwijzer.api.model.AuditEntity;
import nl.aanbodwijzer.api.model.AuditEntry;
import nl.aanbodwijzer.api.model.Offer;
import nl.aanbodwijzer.api.model.OfferInput;
import nl.aanbodwijzer.api.model.OfferPage;
import nl.aanbodwijzer.api.model.OfferStatus;
import nl.aanbodwijzer.api.model.Problem;
import nl.aanbodwijzer.security.TestAccounts;
import nl.aanbodwijzer.system.ApiTest;
import nl.aanbodwijzer.system.AuditClient;
import nl.aanbodwijzer.system.ChangeLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfferEditingTest extends ApiTest {
    @Inject
    OffersClient offers;

    @Inject
    AuditClient audit;

    @Inject
    ChangeLog changeLog;

    @Inject
    JsonMapper json;

    @Test
    void shouldAddAnOfferWithUnknownCapacityAndAnAuditEntry() {
        long logged = changeLog.count();
        signIn(accounts.projectleider());

        HttpResponse<Offer> created = offers.createOffer(anOfferInput("rebound-arnhem", "Rebound Arnhem"));

        assertThat(created.getStatus().getCode()).isEqualTo(201);
        assertThat(created.header(HttpHeaders.LOCATION)).isEqualTo("/api/v1/offers/rebound-arnhem");
        assertThat(created.header(HttpHeaders.ETAG)).isEqualTo("\"1\"");
        Offer body = created.body();
        assertThat(body.getProviders()).extracting(p -> p.getName()).containsExactly("VSO Mariëndael");
        assertThat(body.getCapacity().getTotal()).isNull();
        assertThat(body.getStale()).isTrue();
        assertThat(changeLog.count()).isEqualTo(logged + 1);
        assertThat(audit("rebound-arnhem")).extracting(AuditEntry::getAction).containsExactly("OFFER_CREATED");
    }

    @Test
    void shouldChangeAndRetireAnOfferWithTheCurrentEtag() {
        String etag = offers.getOffer("grip").header(HttpHeaders.ETAG);
        signIn(accounts.projectleider());

        HttpResponse<Offer> response =
                offers.updateOffer("grip", anOfferInput("grip", "GRIP").status(OfferStatus.CLOSED), etag);

        assertThat(response.body().getStatus()).isEqualTo(OfferStatus.CLOSED);
        assertThat(response.header(HttpHeaders.ETAG)).isNotEqualTo(etag);
        OfferPage active = raw().retrieve(HttpRequest.GET("/api/v1/offers?size=100"), OfferPage.class);
        assertThat(active.getItems()).extracting(Offer::getId).doesNotContain("grip");
        assertThat(offers.getOffer("grip").body().getStatus())
                .as("retired, never deleted")
                .isEqualTo(OfferStatus.CLOSED);
        assertThat(audit("grip").get(0).getAction()).isEqualTo("OFFER_RETIRED");
        assertThat(audit("grip").get(0).getDetail()).contains("status");
    }

    @Test
    void shouldRefuseBadOffersNamingTheFieldsAndWriteNothing() {
        signIn(accounts.projectleider());
        Map<String, List<String>> before = database.take();
        OfferInput bad = anOfferInput("nieuw", "Nieuw")
                .municipalities(List.of("GM0202", "GM9999"))
                .minAge(16)
                .maxAge(12);

        Problem problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, () -> offers.createOffer(bad));
        problem(HttpStatus.CONFLICT, () -> offers.createOffer(anOfferInput("grip", "Tweede GRIP")));
        problem(
                raw(),
                HttpRequest.POST("/api/v1/offers", Map.of("id", "zonder-naam", "type", "OVERIG"))
                        .basicAuth(accounts.projectleider(), TestAccounts.PASSWORD),
                HttpStatus.BAD_REQUEST);

        assertThat(fields(problem)).contains("municipalities[1]", "minAge");
        assertThat(problem.getErrors().toString()).contains("GM9999");
        assertThat(database.take()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "providers | [null] | providers",
                "locations | [null] | locations",
                "sectors | [null] | sectors",
                "levels | [null] | levels",
                "needs | [null] | needs",
                "funding | [null] | funding",
                "municipalities | [null] | municipalities",
                "locations | [{\"name\":\"x\",\"street\":\"%201s\"}] | street",
                "contact | {\"email\":\"%201s\"} | email",
                "funding | [{\"source\":\"SWV\",\"until\":\"+999999999-12-31\"}] | until",
            })
    @SuppressWarnings("unchecked")
    void shouldRefuseNullInAListAndTextLongerThanItsColumnWritingNothing(String field, String value, String named)
            throws IOException {
        Map<String, List<String>> before = database.take();
        Map<String, Object> body = json.readValue(json.writeValueAsString(anOfferInput("nieuw", "Nieuw")), Map.class);
        body.put(field, json.readValue(value.replace("%201s", "x".repeat(201)), Object.class));

        Problem problem = problem(
                raw(),
                HttpRequest.POST("/api/v1/offers", json.writeValueAsString(body))
                        .contentType("application/json")
                        .basicAuth(accounts.projectleider(), TestAccounts.PASSWORD),
                HttpStatus.BAD_REQUEST);

        assertThat(problem.getDetail() + fields(problem)).contains(named);
        assertThat(database.take()).isEqualTo(before);
    }

    @Test
    void shouldLeaveTheCatalogueToTheProjectLeader() {
        String coordinator = accounts.coordinator();
        String provider = accounts.provider("mariendael");
        Map<String, List<String>> before = database.take();
        OfferInput offer = anOfferInput("a", "A");

        signIn(coordinator);
        problem(HttpStatus.FORBIDDEN, () -> offers.createOffer(offer));
        problem(HttpStatus.FORBIDDEN, () -> audit.listAudit(AuditEntity.OFFER, "grip", 1, 20));
        signIn(provider);
        problem(HttpStatus.FORBIDDEN, () -> offers.createOffer(offer));
        signOut();
        problem(HttpStatus.UNAUTHORIZED, () -> offers.createOffer(offer));
        problem(HttpStatus.UNAUTHORIZED, () -> offers.updateOffer("grip", anOfferInput("grip", "GRIP"), "\"1\""));

        assertThat(database.take()).isEqualTo(before);
    }

    @Test
    void shouldDemandTheCurrentEtagForChanges() {
        signIn(accounts.projectleider());

        problem(HttpStatus.PRECONDITION_REQUIRED, () -> offers.updateOffer("opdc", anOfferInput("opdc", "OPDC"), null));
        problem(
                HttpStatus.PRECONDITION_FAILED,
                () -> offers.updateOffer("opdc", anOfferInput("opdc", "OPDC"), "\"999\""));
    }

    private List<AuditEntry> audit(String offerId) {
        signIn(accounts.projectleider());
        return audit.listAudit(AuditEntity.OFFER, offerId, 1, 20).getItems();
    }
}
