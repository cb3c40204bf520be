package nl.aanbodwijzer.gaps;

import static nl.aanbodwijzer.matching.ProfileFixture.vo;
import static nl.aanbodwijzer.matching.ProfileFixture.with;
import static nl.aanbodwijzer.system.HttpProblems.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import nl.aanbodwijzer.api.model.Gap;
import nl.aanbodwijzer.api.model.GapPage;
import nl.aanbodwijzer.api.model.GapReason;
import nl.aanbodwijzer.api.model.MatchResult;
import nl.aanbodwijzer.capacity.CapacityFixture;
import nl.aanbodwijzer.security.TestAccounts;
import nl.aanbodwijzer.system.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class GapsControllerTest {
    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestAccounts accounts;

    private BlockingHttpClient client;

    @BeforeEach
    void setUp() {
        client = http.toBlocking();
        accounts.ensure("test-coordinator", Role.COORDINATOR, null);
        accounts.ensure("test-projectleider", Role.PROJECTLEIDER, null);
        accounts.ensure("test-at-zorg", Role.PROVIDER, "at-zorg");
    }

    @Test
    void shouldRecordAGapNamingGripWhenItIsFullBeyondTheDeadline() {
        CapacityFixture.publish(
                client, "grip", Map.of("total", 8, "occupied", 8, "expectedWaitWeeks", 12), "test-projectleider");

        Gap gap = match(with(vo("GM0202", "PSYCHIATRIE", 8, true), "caseReference", "grip-vol-1"))
                .getGap();

        assertThat(gap.getReasons()).containsExactly(GapReason.NO_CAPACITY_IN_TIME);
        assertThat(gap.getCandidates()).singleElement().satisfies(candidate -> {
            assertThat(candidate.getOfferId()).isEqualTo("grip");
            assertThat(candidate.getWhy())
                    .singleElement()
                    .asString()
                    .contains("12 weken")
                    .contains("5 weken");
        });
        assertThat(gap.getProfile().getWeeksAbsent()).isEqualTo(8);
        assertThat(gap.getOpen()).isTrue();
    }

    @Test
    void shouldUpdateTheGapOfTheSameCaseInsteadOfAddingOne() {
        long before = gaps("").getTotal();

        Gap first = match(with(vo("GM0202", "ASS", 6, false), "caseReference", "zaak-77"))
                .getGap();
        Gap again = match(with(vo("GM0202", "ASS", 9, false), "caseReference", "zaak-77"))
                .getGap();
        Gap other = match(with(vo("GM0202", "ASS", 6, false), "caseReference", "zaak-78"))
                .getGap();
        match(vo("GM0202", "ASS", 6, false));

        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(again.getTimesMatched()).isEqualTo(2);
        assertThat(again.getProfile().getWeeksAbsent()).isEqualTo(9);
        assertThat(other.getId()).isNotEqualTo(first.getId());
        assertThat(gaps("").getTotal()).isEqualTo(before + 3);
    }

    @Test
    void shouldLetTheProjectLeaderCloseTheLoop() {
        Gap gap = match(with(vo("GM0226", "DEPRESSIE", 6, false), "caseReference", "zaak-loop"))
                .getGap();

        Gap placed = client.retrieve(
                HttpRequest.PATCH(
                                "/api/v1/gaps/" + gap.getId(),
                                Map.of("outcome", "PLACED_IN_OFFER", "placedOfferId", "grip"))
                        .basicAuth("test-projectleider", TestAccounts.PASSWORD),
                Gap.class);

        assertThat(placed.getOpen()).isFalse();
        assertThat(placed.getPlacedOfferId()).isEqualTo("grip");
        assertThat(placed.getResolvedAt()).isNotNull();
        assertThat(gaps("open=false&need=DEPRESSIE").getItems())
                .extracting(Gap::getId)
                .contains(gap.getId());
        assertThat(gaps("open=true&reason=NO_OFFER_FOR_NEED").getItems())
                .extracting(Gap::getId)
                .doesNotContain(gap.getId());
        Gap reopened = match(with(vo("GM0226", "DEPRESSIE", 10, false), "caseReference", "zaak-loop"))
                .getGap();
        assertThat(reopened.getOpen())
                .as("the same case without a place is open again")
                .isTrue();
    }

    @Test
    void shouldRefuseImpossibleOutcomesNamingTheField() {
        Gap gap = match(vo("GM0202", "TRAUMA", 6, false)).getGap();

        problem(client, resolve(gap.getId(), Map.of("outcome", "PLACED_IN_OFFER")), HttpStatus.UNPROCESSABLE_ENTITY);
        problem(
                client,
                resolve(gap.getId(), Map.of("outcome", "PLACED_IN_OFFER", "placedOfferId", "bestaat-niet")),
                HttpStatus.UNPROCESSABLE_ENTITY);
        problem(
                client,
                resolve(gap.getId(), Map.of("outcome", "OTHER_SOLUTION", "placedOfferId", "grip")),
                HttpStatus.UNPROCESSABLE_ENTITY);
        problem(client, resolve(gap.getId(), Map.of("outcome", "OPGELOST")), HttpStatus.BAD_REQUEST);
        problem(client, resolve(999_999L, Map.of("outcome", "STILL_OPEN")), HttpStatus.NOT_FOUND);
    }

    @Test
    void shouldKeepGapsForTheProjectLeaderAndMatchingForCoordinators() {
        problem(
                client,
                HttpRequest.GET("/api/v1/gaps").basicAuth("test-coordinator", TestAccounts.PASSWORD),
                HttpStatus.FORBIDDEN);
        problem(client, HttpRequest.GET("/api/v1/gaps"), HttpStatus.UNAUTHORIZED);
        problem(
                client,
                HttpRequest.POST("/api/v1/matches", vo("GM0202", "ASS", 6, false))
                        .basicAuth("test-at-zorg", TestAccounts.PASSWORD),
                HttpStatus.FORBIDDEN);
        problem(client, HttpRequest.POST("/api/v1/matches", vo("GM0202", "ASS", 6, false)), HttpStatus.UNAUTHORIZED);
    }

    private MatchResult match(Map<String, Object> profile) {
        return client.retrieve(
                HttpRequest.POST("/api/v1/matches", profile).basicAuth("test-coordinator", TestAccounts.PASSWORD),
                MatchResult.class);
    }

    private GapPage gaps(String query) {
        return client.retrieve(
                HttpRequest.GET("/api/v1/gaps?size=100&" + query)
                        .basicAuth("test-projectleider", TestAccounts.PASSWORD),
                GapPage.class);
    }

    private static HttpRequest<?> resolve(long id, Map<String, Object> body) {
        return HttpRequest.PATCH("/api/v1/gaps/" + id, body).basicAuth("test-projectleider", TestAccounts.PASSWORD);
    }
}
