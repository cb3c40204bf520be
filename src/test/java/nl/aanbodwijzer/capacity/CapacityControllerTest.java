package nl.aanbodwijzer.capacity;

import static nl.aanbodwijzer.capacity.CapacityFixture.numbers;
import static nl.aanbodwijzer.system.HttpProblems.fields;
import static nl.aanbodwijzer.system.HttpProblems.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.aanbodwijzer.api.model.AuditEntity;
import nl.aanbodwijzer.api.model.AuditEntry;
import nl.aanbodwijzer.api.model.CapacityHistoryEntry;
import nl.aanbodwijzer.api.model.CapacityHistoryEntryKind;
import nl.aanbodwijzer.api.model.Offer;
import nl.aanbodwijzer.api.model.OfferPage;
import nl.aanbodwijzer.catalog.OffersClient;
import nl.aanbodwijzer.security.TestAccounts;
import nl.aanbodwijzer.system.ApiTest;
import nl.aanbodwijzer.system.AuditClient;
import org.junit.jupiter.api.Test;

class CapacityControllerTest extends ApiTest {
    private static final String GRIP = "grip";

    @Inject
    CapacityClient capacity;

    @Inject
    CapacityFixture fixture;

    @Inject
    OffersClient offers;

    @Inject
    AuditClient audit;

    @Test
    void shouldLetTheProviderPublishAndAnswerTheNewEtag() {
        signIn(accounts.provider("at-zorg"));
        String etag = fixture.etag(GRIP);

        HttpResponse<Offer> response = capacity.updateCapacity(GRIP, numbers(10, 8, 5, 6, null), etag);

        Offer offer = response.body();
        assertThat(response.header(HttpHeaders.ETAG)).isNotEqualTo(etag).isEqualTo(fixture.etag(GRIP));
        assertThat(offer.getCapacity().getTotal()).isEqualTo(10);
        assertThat(offer.getCapacity().getFree()).isEqualTo(2);
        assertThat(offer.getCapacity().getWaitingList()).isEqualTo(5);
        assertThat(offer.getCapacity().getExpectedWaitWeeks()).isEqualTo(6);
        assertThat(offer.getCapacity().getUpdatedAt()).isNotNull();
        assertThat(offer.getStale()).isFalse();
        assertThat(offer.getLastVerifiedAt()).isEqualTo(today());
    }

    @Test
    void shouldKeepAHistoryWithoutNamesAndAnAuditWithThem() {
        String provider = signInAsProvider();
        fixture.publish(GRIP, numbers(12, 12, 3, 10, null));
        capacity.confirmCapacity(GRIP, null);

        List<CapacityHistoryEntry> items = capacity.getCapacityHistory(GRIP).getItems();
        signIn(accounts.projectleider());
        List<AuditEntry> entries =
                audit.listAudit(AuditEntity.OFFER, GRIP, 1, 20).getItems();

        assertThat(items).hasSizeGreaterThanOrEqualTo(2);
        CapacityHistoryEntry last = items.get(items.size() - 1);
        CapacityHistoryEntry changed = items.get(items.size() - 2);
        assertThat(last.getKind()).isEqualTo(CapacityHistoryEntryKind.CONFIRMED);
        assertThat(changed.getKind()).isEqualTo(CapacityHistoryEntryKind.CHANGED);
        assertThat(changed.getAfter().getTotal()).isEqualTo(12);
        assertThat(changed.getAfter().getFree()).isZero();
        assertThat(items.toString()).doesNotContain(provider);
        assertThat(entries)
                .extracting(entry -> entry.getActor() + " " + entry.getAction())
                .startsWith(provider + " CAPACITY_CONFIRMED", provider + " CAPACITY_CHANGED");
    }

    @Test
    void shouldDemandTheCurrentEtagAndWriteNothingWithout() {
        signIn(accounts.projectleider());
        String etag = fixture.etag(GRIP);
        capacity.updateCapacity(GRIP, numbers(4, 1, 0, 0, null), etag);
        Map<String, List<String>> before = database.take();
        signInAsProvider();

        problem(HttpStatus.PRECONDITION_REQUIRED, () -> capacity.updateCapacity(GRIP, numbers(4, 2, 0, 0, null), null));
        problem(HttpStatus.PRECONDITION_FAILED, () -> capacity.updateCapacity(GRIP, numbers(4, 2, 0, 0, null), etag));
        problem(
                HttpStatus.PRECONDITION_FAILED,
                () -> capacity.updateCapacity(GRIP, numbers(4, 2, 0, 0, null), "W/" + fixture.etag(GRIP)));

        assertThat(database.take()).isEqualTo(before);
    }

    @Test
    void shouldRefuseOtherProvidersAndAnonymousWritersWritingNothing() {
        String otherProvider = accounts.provider("produs");
        Map<String, List<String>> before = database.take();
        String etag = fixture.etag(GRIP);

        signIn(otherProvider);
        problem(HttpStatus.FORBIDDEN, () -> capacity.updateCapacity(GRIP, numbers(1, 0, 0, 0, null), etag));
        problem(HttpStatus.FORBIDDEN, () -> capacity.confirmCapacity(GRIP, null));
        signOut();
        problem(HttpStatus.UNAUTHORIZED, () -> capacity.updateCapacity(GRIP, numbers(1, 0, 0, 0, null), etag));
        problem(HttpStatus.UNAUTHORIZED, () -> capacity.confirmCapacity(GRIP, null));

        assertThat(database.take()).isEqualTo(before);
    }

    @Test
    void shouldRejectImpossibleNumbersNamingTheField() {
        signInAsProvider();
        Map<String, List<String>> before = database.take();
        String etag = fixture.etag(GRIP);

        assertThat(fields(problem(raw(), put(etag, numbers(-1, 0, 0, 0, null)), HttpStatus.BAD_REQUEST)))
                .contains("total");
        assertThat(fields(problem(raw(), put(etag, numbers(5, 0, 0, 105, null)), HttpStatus.BAD_REQUEST)))
                .contains("expectedWaitWeeks");
        assertThat(fields(problem(
                        HttpStatus.UNPROCESSABLE_ENTITY,
                        () -> capacity.updateCapacity(GRIP, numbers(5, 6, 0, 0, null), etag))))
                .contains("occupied");
        assertThat(fields(problem(
                        HttpStatus.UNPROCESSABLE_ENTITY,
                        () -> capacity.updateCapacity(GRIP, numbers(5, 1, 0, 0, today().minusDays(1)), etag))))
                .contains("nextIntake");
        assertThat(problem(raw(), put(etag, Map.of("total", 5.5, "occupied", 1)), HttpStatus.BAD_REQUEST)
                        .getDetail())
                .contains("whole number");
        assertThat(problem(raw(), put(etag, Map.of("total", 5, "placesFree", 4)), HttpStatus.BAD_REQUEST)
                        .getDetail())
                .contains("placesFree");
        for (String date : List.of("+999999999-12-31", "2026-02-30", "26-01-01", "10000-01-01")) {
            assertThat(problem(raw(), put(etag, Map.of("nextIntake", date)), HttpStatus.BAD_REQUEST)
                            .getDetail())
                    .contains("nextIntake", "YYYY-MM-DD");
        }

        assertThat(database.take()).isEqualTo(before);
    }

    @Test
    void shouldClearStalenessWhenTheNumbersAreConfirmed() {
        Offer before = offers.getOffer("verzuimcoaches").body();
        assertThat(before.getStale()).isTrue();
        assertThat(staleIds()).contains("verzuimcoaches");
        signIn(accounts.provider("swv-de-verbinding"));

        Offer confirmed = capacity.confirmCapacity("verzuimcoaches", null).body();

        assertThat(confirmed.getStale()).isFalse();
        assertThat(confirmed.getLastVerifiedAt()).isEqualTo(today());
        assertThat(confirmed.getCapacity()).isEqualTo(before.getCapacity());
        assertThat(staleIds()).doesNotContain("verzuimcoaches").contains("opdc");
    }

    private String signInAsProvider() {
        String provider = accounts.provider("at-zorg");
        signIn(provider);
        return provider;
    }

    private List<String> staleIds() {
        return raw()
                .retrieve(HttpRequest.GET("/api/v1/offers?stale=true&size=100"), OfferPage.class)
                .getItems()
                .stream()
                .map(Offer::getId)
                .toList();
    }

    /**
     * A request past the typed client, which checks its body before sending: numbers out of range, a
     * fraction, or a field the API does not know.
     */
    private static HttpRequest<?> put(String etag, Object body) {
        return HttpRequest.PUT("/api/v1/offers/grip/capacity", body)
                .basicAuth("test-provider-at-zorg", TestAccounts.PASSWORD)
                .header(HttpHeaders.IF_MATCH, etag);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }
}
