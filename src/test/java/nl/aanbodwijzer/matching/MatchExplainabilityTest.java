package nl.aanbodwijzer.matching;

import static nl.aanbodwijzer.capacity.CapacityFixture.places;
import static nl.aanbodwijzer.matching.ProfileFixture.vo;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import nl.aanbodwijzer.api.model.AbsenceStatus;
import nl.aanbodwijzer.api.model.EscalationStage;
import nl.aanbodwijzer.api.model.ExclusionReasonCode;
import nl.aanbodwijzer.api.model.GapFinding;
import nl.aanbodwijzer.api.model.Level;
import nl.aanbodwijzer.api.model.MatchRequest;
import nl.aanbodwijzer.api.model.MatchResult;
import nl.aanbodwijzer.api.model.MatchSuggestion;
import nl.aanbodwijzer.api.model.MatchSuggestionInTime;
import nl.aanbodwijzer.api.model.Need;
import nl.aanbodwijzer.api.model.Sector;
import nl.aanbodwijzer.api.model.TargetGroup;
import nl.aanbodwijzer.capacity.CapacityFixture;
import nl.aanbodwijzer.system.ApiTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Profiles drawn from the seeds' reasons for staying home (anxiety, autism, giftedness, behaviour,
 * learning problems, a complex home situation, chronic illness, psychiatric need), for PO, VO and MBO
 * ages, inside and past the norm, excused and unexcused, inside and outside the region, with and
 * without a school, matched against the real catalogue: each must give the expected top suggestion
 * (among the top three, where the issue says so) or gap reasons, and the expected stage of the ladder.
 */
class MatchExplainabilityTest extends ApiTest {
    /** GRIP's published numbers for a case; null fields are unknown. */
    record Grip(Integer total, Integer occupied, Integer waitWeeks) {
        static final Grip UNKNOWN = new Grip(null, null, null);
    }

    /**
     * One judged profile: what the coordinator sends, GRIP's numbers at the time, what must come out
     * ("TYPE", "TOP3 TYPE", "GAP REASON,REASON" in order, or "NO GAP" without a suitable place), and the stage.
     */
    record Case(String description, MatchRequest profile, Grip grip, String expected, EscalationStage stage) {
        @Override
        public String toString() {
            return description;
        }
    }

    private static final String ASS = "ASS";

    @Inject
    MatchingClient matching;

    @Inject
    CapacityFixture capacity;

    static List<Case> cases() {
        return List.of(
                new Case(
                        "VO Arnhem, psychiatrie met indicatie, 8 weken, GRIP heeft plaats",
                        vo("GM0202", "PSYCHIATRIE", 8, true),
                        new Grip(8, 6, null),
                        "ONDERWIJSZORGARRANGEMENT",
                        EscalationStage.CASUSREGISSEUR),
                new Case(
                        "VO Arnhem, psychiatrie met indicatie, 8 weken, GRIP vol met 10 weken wachttijd",
                        vo("GM0202", "PSYCHIATRIE", 8, true),
                        new Grip(8, 8, 10),
                        "GAP NO_CAPACITY_IN_TIME",
                        EscalationStage.DOORBRAAKTEAM),
                new Case(
                        "VO Rheden, psychiatrie met indicatie, 10 weken, GRIP over 3 weken",
                        vo("GM0275", "PSYCHIATRIE", 10, true),
                        new Grip(8, 8, 3),
                        "ONDERWIJSZORGARRANGEMENT",
                        EscalationStage.CASUSREGISSEUR),
                new Case(
                        "VO Arnhem, psychiatrie met indicatie, 14 weken: alleen een plaats nu telt",
                        vo("GM0202", "PSYCHIATRIE", 14, true),
                        new Grip(8, 8, 2),
                        "GAP NO_CAPACITY_IN_TIME",
                        EscalationStage.ARBITRAGE),
                new Case(
                        "VO Arnhem, psychiatrie met indicatie, 20 weken, GRIP heeft nu plaats",
                        vo("GM0202", "PSYCHIATRIE", 20, true),
                        new Grip(8, 7, null),
                        "ONDERWIJSZORGARRANGEMENT",
                        EscalationStage.ARBITRAGE),
                new Case(
                        "VO Arnhem, psychiatrie zonder indicatie",
                        vo("GM0202", "PSYCHIATRIE", 6, false),
                        new Grip(8, 2, null),
                        "GAP ENTRY_REQUIREMENT_NOT_MET",
                        EscalationStage.CASUSREGISSEUR),
                new Case(
                        "VO Arnhem, psychiatrie met indicatie, 2 weken, 6 uur haalbaar, GRIP heeft plaats",
                        vo("GM0202", "PSYCHIATRIE", 2, true).hoursPerWeek(6),
                        new Grip(8, 6, null),
                        "ONDERWIJSZORGARRANGEMENT",
                        EscalationStage.SCHOOL),
                new Case(
                        "PO Arnhem, 9 jaar, psychiatrie",
                        vo("GM0202", "PSYCHIATRIE", 6, true).sector(Sector.PO).age(9),
                        new Grip(8, 2, null),
                        "GAP NOT_COVERED_FOR_SECTOR_OR_AGE",
                        EscalationStage.CASUSREGISSEUR),
                new Case(
                        "PO Duiven, 10 jaar, langdurig verzuim",
                        vo("GM0226", "LANGDURIG_VERZUIM", 10, false)
                                .sector(Sector.PO)
                                .age(10),
                        Grip.UNKNOWN,
                        "GAP NOT_COVERED_FOR_SECTOR_OR_AGE",
                        EscalationStage.DOORBRAAKTEAM),
                new Case(
                        "PO Zevenaar, 8 jaar, angst, 3 weken",
                        vo("GM0299", "ANGST_SCHOOLWEIGERING", 3, false)
                                .sector(Sector.PO)
                                .age(8),
                        Grip.UNKNOWN,
                        "GAP NOT_COVERED_FOR_SECTOR_OR_AGE,NO_OFFER_FOR_NEED",
                        EscalationStage.SCHOOL),
                new Case(
                        "MBO 17 jaar, langdurig verzuim",
                        vo("GM0202", "LANGDURIG_VERZUIM", 20, false)
                                .sector(Sector.MBO)
                                .age(17),
                        Grip.UNKNOWN,
                        "GAP NOT_COVERED_FOR_SECTOR_OR_AGE",
                        EscalationStage.ARBITRAGE),
                new Case(
                        "MBO 18 jaar, Lingewaard, motivatie, 6 weken",
                        vo("GM1705", "MOTIVATIE", 6, false).sector(Sector.MBO).age(18),
                        Grip.UNKNOWN,
                        "GAP NOT_COVERED_FOR_SECTOR_OR_AGE,ENTRY_REQUIREMENT_NOT_MET",
                        EscalationStage.CASUSREGISSEUR),
                new Case(
                        "VO uit Amsterdam, langdurig verzuim",
                        vo("GM0363", "LANGDURIG_VERZUIM", 5, false),
                        Grip.UNKNOWN,
                        "GAP NOT_SERVED_IN_MUNICIPALITY",
                        EscalationStage.CASUSREGISSEUR),
                new Case(
                        "VO uit Nijmegen, psychiatrie met indicatie, GRIP heeft plaats",
                        vo("GM0268", "PSYCHIATRIE", 9, true),
                        new Grip(8, 2, null),
                        "GAP NOT_SERVED_IN_MUNICIPALITY",
                        EscalationStage.DOORBRAAKTEAM),
                new Case(
                        "PO uit Nijmegen, 10 jaar, autisme",
                        vo("GM0268", ASS, 3, false).sector(Sector.PO).age(10),
                        Grip.UNKNOWN,
                        "GAP NOT_SERVED_IN_MUNICIPALITY,NOT_COVERED_FOR_SECTOR_OR_AGE,NO_OFFER_FOR_NEED",
                        EscalationStage.SCHOOL),
                new Case(
                        "VO Arnhem, angst en schoolweigering",
                        vo("GM0202", "ANGST_SCHOOLWEIGERING", 6, false),
                        Grip.UNKNOWN,
                        "GAP NO_OFFER_FOR_NEED",
                        EscalationStage.CASUSREGISSEUR),
                new Case(
                        "VO Westervoort, autisme, 9 weken",
                        vo("GM0293", ASS, 9, false),
                        Grip.UNKNOWN,
                        "GAP NO_OFFER_FOR_NEED",
                        EscalationStage.DOORBRAAKTEAM),
                new Case(
                        "VO Duiven, 13 jaar, autisme, dreigt naar het VSO te gaan",
                        vo("GM0226", ASS, 3, false)
                                .age(13)
                                .absenceStatus(AbsenceStatus.DREIGEND)
                                .targetGroups(List.of(TargetGroup.VERWIJZING_SPECIAAL_ONDERWIJS)),
                        Grip.UNKNOWN,
                        "TOP3 SYMBIOSEKLAS",
                        EscalationStage.SCHOOL),
                new Case(
                        "VO Arnhem, angst, dreigt naar het VSO te gaan, 6 weken",
                        vo("GM0202", "ANGST_SCHOOLWEIGERING", 6, false)
                                .targetGroups(List.of(TargetGroup.VERWIJZING_SPECIAAL_ONDERWIJS)),
                        Grip.UNKNOWN,
                        "SYMBIOSEKLAS",
                        EscalationStage.CASUSREGISSEUR),
                new Case(
                        "VO Renkum, chronisch ziek, geoorloofd afwezig: geen thuiszitter",
                        vo("GM0274", "CHRONISCH_ZIEK", 16, false).absenceStatus(AbsenceStatus.GEOORLOOFD),
                        Grip.UNKNOWN,
                        "NO GAP",
                        EscalationStage.NIET_VAN_TOEPASSING),
                new Case(
                        "VO Arnhem, psychiatrie, vrijstelling 5a: geen thuiszitter, wel suggesties",
                        vo("GM0202", "PSYCHIATRIE", 30, true).absenceStatus(AbsenceStatus.fromValue("VRIJSTELLING_5A")),
                        new Grip(8, 8, 6),
                        "ONDERWIJSZORGARRANGEMENT",
                        EscalationStage.NIET_VAN_TOEPASSING),
                new Case(
                        "VO Arnhem, depressie",
                        vo("GM0202", "DEPRESSIE", 3, true),
                        Grip.UNKNOWN,
                        "GAP NO_OFFER_FOR_NEED",
                        EscalationStage.SCHOOL),
                new Case(
                        "VO Arnhem, trauma, 12 weken",
                        vo("GM0202", "TRAUMA", 12, false),
                        Grip.UNKNOWN,
                        "GAP NO_OFFER_FOR_NEED",
                        EscalationStage.DOORBRAAKTEAM),
                new Case(
                        "VO Zevenaar, hoogbegaafd",
                        vo("GM0299", "HOOGBEGAAFDHEID", 7, false),
                        Grip.UNKNOWN,
                        "HOOGBEGAAFDENVOORZIENING",
                        EscalationStage.CASUSREGISSEUR),
                new Case(
                        "VO Lingewaard, complexe thuissituatie",
                        vo("GM1705", "THUISSITUATIE", 11, false),
                        Grip.UNKNOWN,
                        "VERZUIMCOACH",
                        EscalationStage.DOORBRAAKTEAM),
                new Case(
                        "VO Overbetuwe, langdurig verzuim zonder indicatie",
                        vo("GM1734", "LANGDURIG_VERZUIM", 12, false),
                        Grip.UNKNOWN,
                        "LEERCENTRUM",
                        EscalationStage.DOORBRAAKTEAM),
                new Case(
                        "VO Arnhem, langdurig verzuim met indicatie, GRIP heeft plaats",
                        vo("GM0202", "LANGDURIG_VERZUIM", 10, true),
                        new Grip(8, 4, null),
                        "ONDERWIJSZORGARRANGEMENT",
                        EscalationStage.CASUSREGISSEUR),
                new Case(
                        "VO Arnhem, gedrag, ingeschreven bij Lorentz 20TZ00",
                        vo("GM0202", "GEDRAG", 5, false).school("20TZ00"),
                        Grip.UNKNOWN,
                        "TRAJECTVOORZIENING",
                        EscalationStage.CASUSREGISSEUR),
                new Case(
                        "VO Montferland, leerproblemen, praktijkonderwijs bij Symbion 08PS00",
                        vo("GM1955", "LEERPROBLEMEN", 4, false).level(Level.PRO).school("08PS00"),
                        Grip.UNKNOWN,
                        "TRAJECTVOORZIENING",
                        EscalationStage.SCHOOL),
                new Case(
                        "VO Arnhem, gedrag, nergens ingeschreven",
                        vo("GM0202", "GEDRAG", 5, false)
                                .absenceStatus(AbsenceStatus.ABSOLUUT_VERZUIM)
                                .school("20TZ00"),
                        Grip.UNKNOWN,
                        "GAP ENTRY_REQUIREMENT_NOT_MET",
                        EscalationStage.CASUSREGISSEUR),
                new Case(
                        "VO Arnhem, gedrag, school niet opgegeven",
                        vo("GM0202", "GEDRAG", 5, false),
                        Grip.UNKNOWN,
                        "GAP ENTRY_REQUIREMENT_NOT_MET",
                        EscalationStage.CASUSREGISSEUR),
                new Case(
                        "VO Duiven, motivatie, vmbo bij Candea 03RR04, 9 weken",
                        vo("GM0226", "MOTIVATIE", 9, false).level(Level.VMBO).school("03RR04"),
                        Grip.UNKNOWN,
                        "TRAJECTVOORZIENING",
                        EscalationStage.DOORBRAAKTEAM),
                new Case(
                        "VO Arnhem, overgang naar het VO, 2 weken",
                        vo("GM0202", "OVERGANG", 2, false).age(12),
                        Grip.UNKNOWN,
                        "GAP NO_OFFER_FOR_NEED",
                        EscalationStage.SCHOOL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldGiveTheExpectedSuggestionOrGapAndStage(Case c) {
        signIn(accounts.projectleider());
        capacity.publish(
                "grip", places(c.grip().total(), c.grip().occupied(), c.grip().waitWeeks()));
        signIn(accounts.coordinator());

        MatchResult result = matching.match(c.profile());

        String[] expected = c.expected().split(" ", 2);
        switch (expected[0]) {
            case "GAP" -> {
                assertThat(result.getGapFindings()).as("gap findings").isNotNull();
                assertThat(result.getGapFindings().getReasons())
                        .extracting(f -> f.getCode().name())
                        .containsExactlyElementsOf(Arrays.asList(expected[1].split(",")));
                assertThat(result.getGapFindings().getReasons())
                        .extracting(GapFinding::getExplanation)
                        .allSatisfy(text -> assertThat(text).isNotBlank().doesNotContain("GM0"));
                assertThat(result.getGapFindings().getRecorded())
                        .as("no case reference, nothing recorded")
                        .isFalse();
                assertThat(result.getGap()).isNull();
                assertThat(result.getSuggestions())
                        .noneMatch(s -> s.getSuitable() && s.getInTime() == MatchSuggestionInTime.YES);
            }
            case "NO" -> assertThat(result.getGapFindings()).isNull();
            case "TOP3" -> {
                assertThat(result.getSuggestions().stream().limit(3))
                        .extracting(s -> s.getOffer().getType().name())
                        .contains(expected[1]);
                assertThat(result.getGapFindings()).isNull();
            }
            default -> {
                assertThat(result.getSuggestions()).as("suggestions").isNotEmpty();
                MatchSuggestion top = result.getSuggestions().get(0);
                assertThat(top.getOffer().getType().name()).isEqualTo(expected[0]);
                assertThat(top.getSuitable()).isTrue();
                assertThat(top.getReasons()).isNotEmpty();
                assertThat(result.getGapFindings()).isNull();
            }
        }
        assertThat(result.getEscalation().getStage()).isEqualTo(c.stage());
        assertThat(result.getExcluded()).allSatisfy(summary -> {
            assertThat(summary.getCount()).isPositive();
            assertThat(summary.getExamples()).hasSizeLessThanOrEqualTo(3);
            assertThat(summary.getExplanation()).doesNotContain("GM0");
            if (summary.getCode() == ExclusionReasonCode.ONLY_PUPILS_OF_SCHOOL) {
                assertThat(summary.getExamples())
                        .as("offers of other schools are only counted")
                        .isEmpty();
            }
        });
        assertThat(result.getSuggestions().stream()
                        .filter(s -> s.getOffer().getType().name().equals("TRAJECTVOORZIENING")))
                .as("never the offers of 40 schools at once")
                .hasSizeLessThanOrEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("needs")
    void shouldExplainEveryNeedInDutchWithoutCodes(Need need) {
        signIn(accounts.coordinator());

        MatchResult result = matching.match(vo("GM0268", need.getValue(), 5, false));

        assertThat(result.getGapFindings().getReasons().get(0).getExplanation())
                .contains("Nijmegen")
                .contains("Stichting Samenwerkingsverband VO-ROC Nijmegen e.o.");
    }

    static List<Need> needs() {
        return List.of(Need.values());
    }
}
