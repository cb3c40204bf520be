package nl.aanbodwijzer.gaps;

import static nl.aanbodwijzer.capacity.CapacityFixture.places;
import static nl.aanbodwijzer.matching.ProfileFixture.vo;
import static nl.aanbodwijzer.system.HttpProblems.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Inject;
import java.util.Map;
import nl.aanbodwijzer.api.model.AbsenceStatus;
import nl.aanbodwijzer.api.model.CaseOutcome;
import nl.aanbodwijzer.api.model.EscalationStage;
import nl.aanbodwijzer.api.model.Gap;
import nl.aanbodwijzer.api.model.GapFinding;
import nl.aanbodwijzer.api.model.GapOutcome;
import nl.aanbodwijzer.api.model.GapPage;
import nl.aanbodwijzer.api.model.GapReason;
import nl.aanbodwijzer.api.model.GapResolution;
import nl.aanbodwijzer.api.model.GapStatus;
import nl.aanbodwijzer.api.model.MatchRequest;
import nl.aanbodwijzer.api.model.MatchResult;
import nl.aanbodwijzer.api.model.Need;
import nl.aanbodwijzer.capacity.CapacityFixture;
import nl.aanbodwijzer.matching.MatchingClient;
import nl.aanbodwijzer.security.TestAccounts;
import nl.aanbodwijzer.system.ApiTest;
import nl.aanbodwijzer.system.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GapsControllerTest extends ApiTest {
    @Inject
    GapsClient gaps;

    @Inject
    MatchingClient matching;

    @Inject
    CapacityFixture capacity;

    @Test
    void shouldRecordAGapNamingGripWhenItIsFullBeyondTheDeadline() {
        signIn(accounts.projectleider());
        capacity.publish("grip", places(8, 8, 12));

        Gap gap = match(vo("GM0202", "PSYCHIATRIE", 8, true).caseReference("grip-vol-1"))
                .getGap();

        assertThat(gap.getReasons()).extracting(GapFinding::getCode).containsExactly(GapReason.NO_CAPACITY_IN_TIME);
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
        long before = gaps(null, null, null).getTotal();

        Gap first =
                match(vo("GM0202", "ASS", 6, false).caseReference("zaak-77")).getGap();
        Gap again =
                match(vo("GM0202", "ASS", 9, false).caseReference("zaak-77")).getGap();
        Gap other =
                match(vo("GM0202", "ASS", 6, false).caseReference("zaak-78")).getGap();

        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(again.getTimesMatched()).isEqualTo(2);
        assertThat(again.getProfile().getWeeksAbsent()).isEqualTo(9);
        assertThat(other.getId()).isNotEqualTo(first.getId());
        assertThat(gaps(null, null, null).getTotal()).isEqualTo(before + 2);
    }

    @Test
    void shouldRecordNothingWithoutACaseReferenceButShowWhatWouldHaveBeen() {
        long before = gaps(null, null, null).getTotal();

        MatchResult anonymous = match(vo("GM0202", "ASS", 6, false));

        assertThat(anonymous.getGap()).isNull();
        assertThat(anonymous.getGapFindings().getRecorded()).isFalse();
        assertThat(anonymous.getGapFindings().getReasons())
                .extracting(GapFinding::getCode)
                .containsExactly(GapReason.NO_OFFER_FOR_NEED);
        assertThat(anonymous.getNotes()).anySatisfy(note -> assertThat(note).startsWith("Er is niets vastgelegd"));
        assertThat(gaps(null, null, null).getTotal()).isEqualTo(before);
    }

    @Test
    void shouldRecordNoGapForAPupilTheNormDoesNotApplyTo() {
        long before = gaps(null, null, null).getTotal();

        MatchResult excused = match(vo("GM0202", "CHRONISCH_ZIEK", 20, false)
                .absenceStatus(AbsenceStatus.GEOORLOOFD)
                .caseReference("zaak-ziek"));

        assertThat(excused.getGap()).isNull();
        assertThat(excused.getGapFindings()).isNull();
        assertThat(excused.getNorm().getApplies()).isFalse();
        assertThat(excused.getDeadlineWeeks()).isNull();
        assertThat(gaps(null, null, null).getTotal()).isEqualTo(before);
    }

    @Test
    void shouldKeepTheStageOfTheEscalationLadderWithTheGap() {
        signIn(accounts.projectleider());
        capacity.publish("grip", places(8, 8, 12));

        Gap gap = match(vo("GM0202", "PSYCHIATRIE", 9, true).caseReference("zaak-ladder"))
                .getGap();

        assertThat(gap.getEscalation().getStage()).isEqualTo(EscalationStage.DOORBRAAKTEAM);
        assertThat(gap.getEscalation().getWeeksToNextStage()).isEqualTo(5);
        assertThat(gaps(null, null, null).getItems())
                .filteredOn(g -> g.getId().equals(gap.getId()))
                .singleElement()
                .satisfies(kept -> {
                    assertThat(kept.getEscalation().getStage()).isEqualTo(EscalationStage.DOORBRAAKTEAM);
                    assertThat(kept.getReasons())
                            .extracting(GapFinding::getExplanation)
                            .allSatisfy(text -> assertThat(text).contains("GRIP"));
                });
    }

    @Test
    void shouldLetTheCoordinatorRecordTheOutcomeOfHerCaseForTheProjectLeaderToSee() {
        Gap gap = match(vo("GM0226", "DEPRESSIE", 6, false).caseReference("zaak-uitkomst"))
                .getGap();

        Gap closed = gaps.recordCaseOutcome(new CaseOutcome("zaak-uitkomst", GapOutcome.PLACED_IN_OFFER)
                .placedOfferId("leercentrum-playing-for-success"));

        assertThat(closed.getId()).isEqualTo(gap.getId());
        assertThat(closed.getStatus()).isEqualTo(GapStatus.CLOSED);
        assertThat(gaps(false, null, Need.DEPRESSIE).getItems())
                .filteredOn(g -> g.getId().equals(gap.getId()))
                .singleElement()
                .satisfies(seen -> {
                    assertThat(seen.getOutcome()).isEqualTo(GapOutcome.PLACED_IN_OFFER);
                    assertThat(seen.getPlacedOfferId()).isEqualTo("leercentrum-playing-for-success");
                    assertThat(seen.getDaysToOutcome()).isZero();
                    assertThat(seen.getOpen()).isFalse();
                });
    }

    @Test
    void shouldFindOnlyTheCoordinatorsOwnCaseAndRefusePlacementInAnOfferThatTakesNoPupils() {
        match(vo("GM0226", "DEPRESSIE", 6, false).caseReference("zaak-van-mij"));
        problem(
                HttpStatus.UNPROCESSABLE_ENTITY,
                () -> gaps.recordCaseOutcome(
                        new CaseOutcome("zaak-van-mij", GapOutcome.PLACED_IN_OFFER).placedOfferId("opdc")));
        problem(raw(), caseOutcome("zaak-die-er-niet-is", accounts.coordinator()), HttpStatus.NOT_FOUND);
        problem(
                raw(),
                caseOutcome("zaak-van-mij", accounts.ensure("test-coordinator-3", Role.COORDINATOR, null)),
                HttpStatus.NOT_FOUND);
        signIn(accounts.provider("at-zorg"));
        problem(
                HttpStatus.FORBIDDEN,
                () -> gaps.recordCaseOutcome(new CaseOutcome("zaak-van-mij", GapOutcome.WITHDRAWN)));
    }

    @Test
    void shouldMarkTheGapWhenALaterMatchOfTheCaseFindsAPlaceInTime() {
        signIn(accounts.projectleider());
        capacity.publish("grip", places(8, 8, 12));
        Gap gap = match(vo("GM0202", "PSYCHIATRIE", 6, true).caseReference("zaak-plek"))
                .getGap();
        signIn(accounts.projectleider());
        capacity.publish("grip", places(8, 7, null));

        MatchResult later = match(vo("GM0202", "PSYCHIATRIE", 7, true).caseReference("zaak-plek"));

        assertThat(later.getGap()).isNull();
        assertThat(later.getNotes()).anySatisfy(note -> assertThat(note).contains("plek gevonden"));
        assertThat(gaps(true, null, Need.PSYCHIATRIE).getItems())
                .filteredOn(g -> g.getId().equals(gap.getId()))
                .singleElement()
                .satisfies(seen -> {
                    assertThat(seen.getStatus()).isEqualTo(GapStatus.PLACE_FOUND);
                    assertThat(seen.getPlaceFoundOfferId()).isEqualTo("grip");
                    assertThat(seen.getOpen()).as("found is not yet placed").isTrue();
                });
    }

    @Test
    void shouldLetTheProjectLeaderCloseTheLoop() {
        Gap gap = match(vo("GM0226", "DEPRESSIE", 6, false).caseReference("zaak-loop"))
                .getGap();
        signIn(accounts.projectleider());

        Gap placed = gaps.resolveGap(gap.getId(), resolution(GapOutcome.PLACED_IN_OFFER, "grip"));

        assertThat(placed.getOpen()).isFalse();
        assertThat(placed.getPlacedOfferId()).isEqualTo("grip");
        assertThat(placed.getResolvedAt()).isNotNull();
        assertThat(gaps(false, null, Need.DEPRESSIE).getItems())
                .extracting(Gap::getId)
                .contains(gap.getId());
        assertThat(gaps(true, GapReason.NO_OFFER_FOR_NEED, null).getItems())
                .extracting(Gap::getId)
                .doesNotContain(gap.getId());
        Gap reopened = match(vo("GM0226", "DEPRESSIE", 10, false).caseReference("zaak-loop"))
                .getGap();
        assertThat(reopened.getOpen())
                .as("the same case without a place is open again")
                .isTrue();
    }

    @Test
    void shouldRefuseImpossibleOutcomesNamingTheField() {
        Gap gap = match(vo("GM0202", "TRAUMA", 6, false).caseReference("zaak-onmogelijk"))
                .getGap();
        signIn(accounts.projectleider());

        problem(
                HttpStatus.UNPROCESSABLE_ENTITY,
                () -> gaps.resolveGap(gap.getId(), resolution(GapOutcome.PLACED_IN_OFFER, null)));
        problem(
                HttpStatus.UNPROCESSABLE_ENTITY,
                () -> gaps.resolveGap(gap.getId(), resolution(GapOutcome.PLACED_IN_OFFER, "bestaat-niet")));
        problem(
                HttpStatus.UNPROCESSABLE_ENTITY,
                () -> gaps.resolveGap(gap.getId(), resolution(GapOutcome.OTHER_SOLUTION, "grip")));
        problem(
                HttpStatus.UNPROCESSABLE_ENTITY,
                () -> gaps.resolveGap(gap.getId(), resolution(GapOutcome.PLACED_IN_OFFER, "opdc")));
        problem(
                raw(),
                HttpRequest.PATCH("/api/v1/gaps/" + gap.getId(), Map.of("outcome", "OPGELOST"))
                        .basicAuth(accounts.projectleider(), TestAccounts.PASSWORD),
                HttpStatus.BAD_REQUEST);
        problem(
                raw(),
                HttpRequest.PATCH("/api/v1/gaps/999999", resolution(GapOutcome.STILL_OPEN, null))
                        .basicAuth(accounts.projectleider(), TestAccounts.PASSWORD),
                HttpStatus.NOT_FOUND);
    }

    @Test
    void shouldKeepACaseReferenceToTheCoordinatorWhoSentIt() {
        Gap mine = match(vo("GM0202", "ASS", 6, false).caseReference("zaak-van-twee"))
                .getGap();
        signIn(accounts.ensure("test-coordinator-2", Role.COORDINATOR, null));
        Gap theirs = matching.match(vo("GM0202", "ASS", 12, false).caseReference("zaak-van-twee"))
                .getGap();

        assertThat(theirs.getId()).isNotEqualTo(mine.getId());
        assertThat(theirs.getTimesMatched()).isEqualTo(1);
        assertThat(gaps(null, null, null).getItems())
                .filteredOn(gap -> gap.getId().equals(mine.getId()))
                .singleElement()
                .satisfies(gap -> assertThat(gap.getProfile().getWeeksAbsent()).isEqualTo(6));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"open=abc", "open=TRUE", "reason=no_capacity_in_time", "page=0", "size=101"})
    void shouldRefuseAFilterThatIsNotSpeltAsTheContractSpellsIt(String query) {
        problem(
                raw(),
                HttpRequest.GET("/api/v1/gaps?" + query).basicAuth(accounts.projectleider(), TestAccounts.PASSWORD),
                HttpStatus.BAD_REQUEST);
    }

    @ParameterizedTest(name = "page {0}")
    @ValueSource(ints = {1_000_000_000, Integer.MAX_VALUE})
    void shouldAnswerAPageBeyondTheListEmptyAndAtOnce(int page) {
        match(vo("GM0202", "ASS", 6, false).caseReference("zaak-paginas"));
        signIn(accounts.projectleider());

        GapPage answer = gaps.listGaps(null, null, null, page, 100);

        assertThat(answer.getItems()).isEmpty();
        assertThat(answer.getTotal()).isPositive();
    }

    @Test
    void shouldKeepGapsForTheProjectLeaderAndMatchingForCoordinators() {
        signIn(accounts.coordinator());
        problem(HttpStatus.FORBIDDEN, () -> gaps.listGaps(null, null, null, 1, 20));
        signIn(accounts.provider("at-zorg"));
        problem(HttpStatus.FORBIDDEN, () -> matching.match(vo("GM0202", "ASS", 6, false)));
        signOut();
        problem(HttpStatus.UNAUTHORIZED, () -> gaps.listGaps(null, null, null, 1, 20));
        problem(HttpStatus.UNAUTHORIZED, () -> matching.match(vo("GM0202", "ASS", 6, false)));
    }

    private static HttpRequest<CaseOutcome> caseOutcome(String caseReference, String username) {
        return HttpRequest.POST("/api/v1/case-outcomes", new CaseOutcome(caseReference, GapOutcome.WITHDRAWN))
                .basicAuth(username, TestAccounts.PASSWORD);
    }

    private MatchResult match(MatchRequest profile) {
        signIn(accounts.coordinator());
        return matching.match(profile);
    }

    private GapPage gaps(Boolean open, GapReason reason, Need need) {
        signIn(accounts.projectleider());
        return gaps.listGaps(open, reason, need, 1, 100);
    }

    private static GapResolution resolution(GapOutcome outcome, String placedOfferId) {
        return new GapResolution(outcome).placedOfferId(placedOfferId);
    }
}
