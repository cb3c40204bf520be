package nl.aanbodwijzer.matching;

import static nl.aanbodwijzer.capacity.CapacityFixture.places;
import static nl.aanbodwijzer.matching.ProfileFixture.vo;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.List;
import nl.aanbodwijzer.api.model.AbsenceStatus;
import nl.aanbodwijzer.api.model.MatchRequest;
import nl.aanbodwijzer.api.model.MatchResult;
import nl.aanbodwijzer.api.model.MatchSuggestion;
import nl.aanbodwijzer.api.model.MatchSuggestionInTime;
import nl.aanbodwijzer.api.model.Sector;
import nl.aanbodwijzer.capacity.CapacityFixture;
import nl.aanbodwijzer.system.ApiTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Profiles drawn from the reasons for staying home in the Arnhem plan (anxiety, autism, giftedness,
 * a complex home situation, chronic illness, psychiatric need), for PO, VO and MBO ages, inside and
 * outside the 13 weeks, matched against the real catalogue: each must give the expected top
 * suggestion or gap reason.
 */
class MatchExplainabilityTest extends ApiTest {
    /** GRIP's published numbers for a case; null fields are unknown. */
    record Grip(Integer total, Integer occupied, Integer waitWeeks) {
        static final Grip UNKNOWN = new Grip(null, null, null);
    }

    /** One judged profile: what the coordinator sends, GRIP's numbers at the time, and what must come out. */
    record Case(String description, MatchRequest profile, Grip grip, String expected) {
        @Override
        public String toString() {
            return description;
        }
    }

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
                        "ONDERWIJSZORGARRANGEMENT"),
                new Case(
                        "VO Arnhem, psychiatrie met indicatie, 8 weken, GRIP vol met 10 weken wachttijd",
                        vo("GM0202", "PSYCHIATRIE", 8, true),
                        new Grip(8, 8, 10),
                        "GAP NO_CAPACITY_IN_TIME"),
                new Case(
                        "VO Rheden, psychiatrie met indicatie, 10 weken, GRIP over 3 weken",
                        vo("GM0275", "PSYCHIATRIE", 10, true),
                        new Grip(8, 8, 3),
                        "ONDERWIJSZORGARRANGEMENT"),
                new Case(
                        "VO Arnhem, psychiatrie met indicatie, 14 weken: alleen een plaats nu telt",
                        vo("GM0202", "PSYCHIATRIE", 14, true),
                        new Grip(8, 8, 2),
                        "GAP NO_CAPACITY_IN_TIME"),
                new Case(
                        "VO Arnhem, psychiatrie zonder indicatie",
                        vo("GM0202", "PSYCHIATRIE", 6, false),
                        new Grip(8, 2, null),
                        "GAP ENTRY_REQUIREMENT_NOT_MET"),
                new Case(
                        "PO Arnhem, 9 jaar, psychiatrie",
                        vo("GM0202", "PSYCHIATRIE", 6, true).sector(Sector.PO).age(9),
                        new Grip(8, 2, null),
                        "GAP NOT_COVERED_FOR_SECTOR_OR_AGE"),
                new Case(
                        "PO Duiven, 10 jaar, langdurig verzuim",
                        vo("GM0226", "LANGDURIG_VERZUIM", 10, false)
                                .sector(Sector.PO)
                                .age(10),
                        Grip.UNKNOWN,
                        "GAP NOT_COVERED_FOR_SECTOR_OR_AGE"),
                new Case(
                        "MBO 17 jaar, langdurig verzuim",
                        vo("GM0202", "LANGDURIG_VERZUIM", 20, false)
                                .sector(Sector.MBO)
                                .age(17),
                        Grip.UNKNOWN,
                        "GAP NOT_COVERED_FOR_SECTOR_OR_AGE"),
                new Case(
                        "VO uit Amsterdam, langdurig verzuim",
                        vo("GM0363", "LANGDURIG_VERZUIM", 5, false),
                        Grip.UNKNOWN,
                        "GAP NOT_SERVED_IN_MUNICIPALITY"),
                new Case(
                        "VO Arnhem, angst en schoolweigering",
                        vo("GM0202", "ANGST_SCHOOLWEIGERING", 6, false),
                        Grip.UNKNOWN,
                        "GAP NO_OFFER_FOR_NEED"),
                new Case(
                        "VO Westervoort, autisme",
                        vo("GM0293", "ASS", 9, false),
                        Grip.UNKNOWN,
                        "GAP NO_OFFER_FOR_NEED"),
                new Case(
                        "VO Renkum, chronisch ziek, geoorloofd afwezig",
                        vo("GM0274", "CHRONISCH_ZIEK", 16, false).absenceStatus(AbsenceStatus.GEOORLOOFD),
                        Grip.UNKNOWN,
                        "GAP NO_OFFER_FOR_NEED"),
                new Case(
                        "VO Arnhem, depressie",
                        vo("GM0202", "DEPRESSIE", 3, true),
                        Grip.UNKNOWN,
                        "GAP NO_OFFER_FOR_NEED"),
                new Case(
                        "VO Zevenaar, hoogbegaafd",
                        vo("GM0299", "HOOGBEGAAFDHEID", 7, false),
                        Grip.UNKNOWN,
                        "HOOGBEGAAFDENVOORZIENING"),
                new Case(
                        "VO Lingewaard, complexe thuissituatie",
                        vo("GM1705", "THUISSITUATIE", 11, false),
                        Grip.UNKNOWN,
                        "VERZUIMCOACH"),
                new Case(
                        "VO Overbetuwe, langdurig verzuim zonder indicatie",
                        vo("GM1734", "LANGDURIG_VERZUIM", 12, false),
                        Grip.UNKNOWN,
                        "LEERCENTRUM"),
                new Case(
                        "VO Arnhem, gedrag, ingeschreven bij Lorentz 20TZ00",
                        vo("GM0202", "GEDRAG", 5, false).school("20TZ00"),
                        Grip.UNKNOWN,
                        "TRAJECTVOORZIENING"),
                new Case(
                        "VO Arnhem, gedrag, nergens ingeschreven",
                        vo("GM0202", "GEDRAG", 5, false)
                                .absenceStatus(AbsenceStatus.ABSOLUUT_VERZUIM)
                                .school("20TZ00"),
                        Grip.UNKNOWN,
                        "GAP ENTRY_REQUIREMENT_NOT_MET"),
                new Case(
                        "VO Arnhem, gedrag, school niet opgegeven",
                        vo("GM0202", "GEDRAG", 5, false),
                        Grip.UNKNOWN,
                        "GAP ENTRY_REQUIREMENT_NOT_MET"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldGiveTheExpectedTopSuggestionOrGap(Case c) {
        signIn(accounts.projectleider());
        capacity.publish(
                "grip", places(c.grip().total(), c.grip().occupied(), c.grip().waitWeeks()));
        signIn(accounts.coordinator());

        MatchResult result = matching.match(c.profile());

        if (c.expected().startsWith("GAP ")) {
            assertThat(result.getGap()).as("a gap").isNotNull();
            assertThat(result.getGap().getReasons())
                    .extracting(Enum::name)
                    .contains(c.expected().substring(4));
            assertThat(result.getSuggestions())
                    .noneMatch(s -> s.getSuitable() && s.getInTime() == MatchSuggestionInTime.YES);
        } else {
            assertThat(result.getSuggestions()).as("suggestions").isNotEmpty();
            MatchSuggestion top = result.getSuggestions().get(0);
            assertThat(top.getOffer().getType().name()).isEqualTo(c.expected());
            assertThat(top.getSuitable()).isTrue();
            assertThat(top.getReasons()).isNotEmpty();
            assertThat(result.getGap()).isNull();
        }
        assertThat(result.getSuggestions().size() + result.getExcluded().size())
                .as("every offer is either suggested (up to 10) or excluded with reasons")
                .isLessThanOrEqualTo(46);
        assertThat(result.getExcluded())
                .allSatisfy(e -> assertThat(e.getReasons()).isNotEmpty());
        assertThat(result.getSuggestions().stream()
                        .filter(s -> s.getOffer().getType().name().equals("TRAJECTVOORZIENING")))
                .as("never the offers of 40 schools at once")
                .hasSizeLessThanOrEqualTo(1);
    }
}
