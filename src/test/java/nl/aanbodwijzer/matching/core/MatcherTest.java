package nl.aanbodwijzer.matching.core;

import static nl.aanbodwijzer.catalog.OfferFixture.anOffer;
import static nl.aanbodwijzer.catalog.taxonomy.TaxonomyFixture.aTaxonomy;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.catalog.OfferFixture;
import nl.aanbodwijzer.catalog.taxonomy.Level;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.OfferStatus;
import nl.aanbodwijzer.catalog.taxonomy.Sector;
import nl.aanbodwijzer.catalog.taxonomy.TargetGroup;
import nl.aanbodwijzer.catalog.taxonomy.Taxonomy;
import nl.aanbodwijzer.matching.core.MatchOutcome.ExclusionSummary;
import nl.aanbodwijzer.matching.core.MatchOutcome.Finding;
import nl.aanbodwijzer.matching.core.MatchOutcome.Suggestion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The matching core as plain Java, on a small fixed catalogue. */
class MatcherTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Taxonomy TAXONOMY = aTaxonomy()
            .need(Need.PSYCHIATRIE, "Psychiatrie")
            .need(Need.ASS, "Autisme")
            .municipality("GM0202", "Arnhem", 52.0, 5.9, "SWV De Verbinding", "arnhem-zuid")
            .municipality("GM0299", "Zevenaar", 51.93, 6.08, "SWV De Verbinding", "liemers")
            .municipality("GM0268", "Nijmegen", 51.83, 5.83, "VO-ROC Nijmegen")
            .build();
    private static final Matcher MATCHER = new Matcher(new TimeNorm(TimeNorm.DEFAULT_WEEKS), TODAY);

    private final Offer freeGgz = anOffer("ggz-vrij")
            .forNeeds(Need.PSYCHIATRIE)
            .withPlaces(5, 2, null)
            .locatedIn("Ggz", "Arnhem", "GM0202")
            .build();
    private final Offer fullGgz =
            anOffer("ggz-vol").forNeeds(Need.PSYCHIATRIE).withPlaces(5, 5, 20).build();
    private final Offer unknownGgz =
            anOffer("ggz-onbekend").forNeeds(Need.PSYCHIATRIE).build();
    private final Offer other =
            anOffer("hb").forNeeds(Need.HOOGBEGAAFDHEID).withPlaces(3, 0, null).build();
    private final Offer planned = anOffer("gepland")
            .forNeeds(Need.PSYCHIATRIE)
            .withStatus(OfferStatus.PLANNED)
            .build();

    @Test
    void shouldSuggestTheSuitableOfferWithAPlaceFirstAndExplainWhy() {
        MatchOutcome outcome = match(pupil(8, Sector.VO, "GM0202"), freeGgz, fullGgz, unknownGgz, other, planned);

        assertThat(outcome.suggestions())
                .extracting(s -> s.offer().id())
                .containsExactly("ggz-vrij", "ggz-onbekend", "ggz-vol");
        assertThat(outcome.suggestions().get(0).inTime()).isEqualTo(InTime.YES);
        assertThat(outcome.suggestions().get(0).reasons())
                .contains(
                        "Richt zich op de hoofdhulpvraag: psychiatrie.",
                        "Er zijn nu 3 vrije plaatsen.",
                        "Ligt in de eigen subregio van de leerling.",
                        "Ligt in de woongemeente van de leerling (Arnhem).");
        assertThat(outcome.excluded()).singleElement().satisfies(summary -> {
            assertThat(summary.code()).isEqualTo(Exclusion.STATUS_NOT_AVAILABLE);
            assertThat(summary.count()).isEqualTo(1);
            assertThat(summary.examples())
                    .extracting(MatchOutcome.Excluded::offerId)
                    .containsExactly("gepland");
        });
        assertThat(outcome.unrelated())
                .as("the offer for another need is only counted")
                .isEqualTo(1);
        assertThat(outcome.gap()).isNull();
    }

    @Test
    void shouldRecordNoCapacityInTimeNamingTheOffersThatWereFull() {
        MatchOutcome outcome = match(pupil(8, Sector.VO, "GM0202"), fullGgz, other);

        assertThat(outcome.gap().codes()).containsExactly(GapReason.NO_CAPACITY_IN_TIME);
        assertThat(outcome.gap().reasons().get(0).explanation())
                .isEqualTo("Het passende aanbod (ggz-vol) heeft geen plaats binnen de 5 weken die de norm nog laat.");
        assertThat(outcome.gap().candidates()).singleElement().satisfies(c -> {
            assertThat(c.offerId()).isEqualTo("ggz-vol");
            assertThat(c.why())
                    .containsExactly(
                            "Eerste plaats over 20 weken: te laat, want binnen de norm zijn nog 5 weken over.");
        });
        assertThat(outcome.escalation()).isEqualTo(new Escalation(EscalationStage.DOORBRAAKTEAM, 6));
    }

    @Test
    void shouldNotCallUnknownCapacityAGapButAskForTheNumbers() {
        MatchOutcome outcome = match(pupil(8, Sector.VO, "GM0202"), unknownGgz, fullGgz);

        assertThat(outcome.gap()).isNull();
        assertThat(outcome.notes()).singleElement().asString().contains("vraag de cijfers na");
    }

    @Test
    void shouldNameEveryStructuralReasonMostFundamentalFirst() {
        MatchOutcome elsewhereInPo = match(pupil(8, Sector.PO, "GM0268"), freeGgz, other);
        MatchOutcome inPo = match(pupil(8, Sector.PO, "GM0202"), freeGgz);
        MatchOutcome nothingForTheNeed = match(pupil(8, Sector.VO, "GM0202"), other);

        assertThat(elsewhereInPo.gap().codes())
                .containsExactly(GapReason.NOT_SERVED_IN_MUNICIPALITY, GapReason.NOT_COVERED_FOR_SECTOR_OR_AGE);
        assertThat(elsewhereInPo.gap().reasons().get(0).explanation())
                .contains("bedient Nijmegen")
                .contains("Nijmegen valt voor het voortgezet onderwijs onder VO-ROC Nijmegen");
        assertThat(inPo.gap().codes()).containsExactly(GapReason.NOT_COVERED_FOR_SECTOR_OR_AGE);
        assertThat(inPo.excluded()).extracting(ExclusionSummary::code).containsExactly(Exclusion.SECTOR_NOT_COVERED);
        assertThat(nothingForTheNeed.gap().codes()).containsExactly(GapReason.NO_OFFER_FOR_NEED);
    }

    @Test
    void shouldOpenAnOfferWithoutNeedsToEveryNeedBelowASpecificFit() {
        Offer open = anOffer("open").withPlaces(5, 0, null).build();
        Offer specific = anOffer("specifiek")
                .forNeeds(Need.PSYCHIATRIE)
                .withPlaces(5, 0, null)
                .build();

        MatchOutcome outcome = match(pupil(3, Sector.VO, "GM0202"), open, specific);

        assertThat(outcome.suggestions()).extracting(s -> s.offer().id()).containsExactly("specifiek", "open");
        assertThat(outcome.suggestions().get(1).suitable()).isTrue();
        assertThat(outcome.suggestions().get(1).reasons())
                .contains("Noemt geen specifieke hulpvragen en staat open voor elke hulpvraag, ook psychiatrie.");
    }

    @Test
    void shouldAdmitOnlyTheTargetGroupAnOfferNames() {
        Offer symbiose = anOffer("symbiose")
                .forTargetGroup(TargetGroup.VERWIJZING_SPECIAAL_ONDERWIJS)
                .build();

        MatchOutcome stated = match(pupil(3, Sector.VO, "GM0202", TargetGroup.VERWIJZING_SPECIAAL_ONDERWIJS), symbiose);
        MatchOutcome notStated = match(pupil(3, Sector.VO, "GM0202"), symbiose);

        assertThat(stated.suggestions()).singleElement().satisfies(s -> {
            assertThat(s.suitable()).isTrue();
            assertThat(s.score()).isGreaterThan(Ranking.PRIMARY_NEED);
            assertThat(s.reasons()).anySatisfy(r -> assertThat(r).startsWith("Bedoeld voor leerlingen die anders"));
        });
        assertThat(notStated.suggestions()).isEmpty();
        assertThat(notStated.excluded())
                .extracting(ExclusionSummary::code)
                .containsExactly(Exclusion.TARGET_GROUP_NOT_MET);
        assertThat(notStated.gap().codes()).containsExactly(GapReason.NO_OFFER_FOR_NEED);
    }

    @Test
    void shouldCountTheNextIntakeAsTheWaitWhenItIsSooner() {
        Offer intakeSoon = anOffer("instroom")
                .forNeeds(Need.PSYCHIATRIE)
                .fullWithIntakeOn(TODAY.plusWeeks(3))
                .build();

        MatchOutcome outcome = match(pupil(8, Sector.VO, "GM0202"), intakeSoon);

        assertThat(outcome.gap()).isNull();
        Suggestion suggestion = outcome.suggestions().get(0);
        assertThat(suggestion.inTime()).isEqualTo(InTime.YES);
        assertThat(suggestion.expectedWaitWeeks()).isEqualTo(3);
        assertThat(suggestion.reasons())
                .contains("Volgende instroom over 3 weken (2026-12-23); binnen de norm zijn nog 5" + " weken over.");
        assertThat(outcome.escalation()).isEqualTo(new Escalation(EscalationStage.CASUSREGISSEUR, 6));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"GEOORLOOFD", "VRIJSTELLING_5A"})
    void shouldNotHoldExcusedAbsenceToTheNorm(AbsenceStatus status) {
        MatchOutcome outcome = match(pupil(20, Sector.VO, "GM0202", status), fullGgz);

        assertThat(outcome.norm().applies()).isFalse();
        assertThat(outcome.norm().weeksLeft()).isNull();
        assertThat(outcome.norm().explanation()).contains("valt niet onder de thuiszittersnorm");
        assertThat(outcome.gap()).isNull();
        assertThat(outcome.suggestions()).extracting(s -> s.offer().id()).containsExactly("ggz-vol");
        assertThat(outcome.escalation().stage()).isEqualTo(EscalationStage.NIET_VAN_TOEPASSING);
    }

    @Test
    void shouldSayThatEnrolmentComesFirstForAPupilWhoIsNotEnrolled() {
        MatchOutcome outcome = match(pupil(3, Sector.VO, "GM0202", AbsenceStatus.ABSOLUUT_VERZUIM), freeGgz);

        assertThat(outcome.notes())
                .anySatisfy(note -> assertThat(note).contains("inschrijving op een school gaat voor"));
    }

    @Test
    void shouldRankByTheHoursThePupilCanManageAllowingPartTime() {
        Offer twelveHours = anOffer("twaalf-uur")
                .forNeeds(Need.PSYCHIATRIE)
                .withPlaces(5, 0, null)
                .withHours(12, 20)
                .build();
        Offer sixHours = anOffer("zes-uur")
                .forNeeds(Need.PSYCHIATRIE)
                .withPlaces(5, 0, null)
                .withHours(4, 8)
                .build();
        PupilProfile sixFeasible = withHours(pupil(3, Sector.VO, "GM0202"), 6);

        MatchOutcome outcome = match(sixFeasible, twelveHours, sixHours);

        assertThat(outcome.suggestions()).extracting(s -> s.offer().id()).containsExactly("zes-uur", "twaalf-uur");
        assertThat(outcome.suggestions().get(0).reasons()).contains("Past bij de 6 uur per week die haalbaar zijn.");
        assertThat(outcome.suggestions().get(1).reasons())
                .contains("Vraagt 12 uur per week; haalbaar is 6 uur: deeltijd van 50 % (toegestaan van 1 tot 100 %).");
    }

    @Test
    void shouldShowTheDistanceToTheNearestLocation() {
        Offer inZevenaar = anOffer("zevenaar")
                .forNeeds(Need.PSYCHIATRIE)
                .withPlaces(5, 0, null)
                .locatedIn("Locatie", "Zevenaar", "GM0299")
                .build();

        Suggestion suggestion =
                match(pupil(3, Sector.VO, "GM0202"), inZevenaar).suggestions().get(0);

        assertThat(suggestion.distanceKm())
                .as("Arnhem to Zevenaar, centroid to centroid")
                .isBetween(14.5, 15.0);
        assertThat(suggestion.reasons()).contains("Ligt op ca. 15 km van de woongemeente van de leerling.");
    }

    @Test
    void shouldCountOffersOfOtherSchoolsWithoutNamingThemAndNameOnlyAFewPerRule() {
        List<Offer> offers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            offers.add(anOffer("school-" + i)
                    .forNeeds(Need.PSYCHIATRIE)
                    .onlyForPupilsOf("00AA0" + (i % 10))
                    .build());
            offers.add(anOffer("elders-" + i)
                    .forNeeds(Need.PSYCHIATRIE)
                    .serving("GM0299")
                    .build());
        }

        MatchOutcome outcome = MATCHER.match(pupil(3, Sector.VO, "GM0202"), catalogue(offers), ids -> Map.of(), 10);

        assertThat(outcome.excluded())
                .extracting(ExclusionSummary::code, ExclusionSummary::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Exclusion.MUNICIPALITY_NOT_SERVED, 40),
                        org.assertj.core.groups.Tuple.tuple(Exclusion.ONLY_PUPILS_OF_SCHOOL, 40));
        assertThat(outcome.excluded().get(0).examples()).hasSize(Matcher.EXAMPLES_PER_RULE);
        assertThat(outcome.excluded().get(0).explanation()).isEqualTo("Bedient Arnhem niet.");
        assertThat(outcome.excluded().get(1).examples()).isEmpty();
        assertThat(outcome.gap().candidates()).noneMatch(c -> c.offerId().startsWith("school-"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("offersBreakingOneRule")
    void shouldRuleOutAnOfferForEachHardRuleWithItsReason(Exclusion rule, Offer offer, String reason) {
        PupilProfile pupil = new PupilProfile(
                14,
                Sector.VO,
                Level.VMBO,
                "GM0202",
                List.of(Need.PSYCHIATRIE),
                List.of(),
                AbsenceStatus.RELATIEF_VERZUIM,
                3,
                false,
                false,
                null,
                null);

        MatchOutcome outcome = match(pupil, offer);

        assertThat(outcome.suggestions()).isEmpty();
        assertThat(outcome.excluded()).singleElement().satisfies(summary -> {
            assertThat(summary.code()).isEqualTo(rule);
            assertThat(summary.count()).isEqualTo(1);
            assertThat(summary.examples())
                    .flatExtracting(MatchOutcome.Excluded::reasons)
                    .extracting(MatchOutcome.Reason::detail)
                    .containsExactly(reason);
        });
    }

    static List<Arguments> offersBreakingOneRule() {
        return List.of(
                Arguments.of(
                        Exclusion.STATUS_NOT_AVAILABLE,
                        ggz().withStatus(OfferStatus.CLOSED).build(),
                        "Status gesloten: neemt (nog) geen leerlingen aan."),
                Arguments.of(
                        Exclusion.SECTOR_NOT_COVERED,
                        ggz().forSectors(Sector.PO, Sector.SBO).build(),
                        "Alleen voor primair onderwijs, speciaal basisonderwijs; de leerling zit in het voortgezet"
                                + " onderwijs."),
                Arguments.of(
                        Exclusion.LEVEL_NOT_COVERED,
                        ggz().forLevels(Level.HAVO, Level.VWO).build(),
                        "Alleen voor HAVO, VWO; de leerling volgt VMBO."),
                Arguments.of(
                        Exclusion.AGE_NOT_COVERED,
                        ggz().forAges(15, null).build(),
                        "Voor leeftijd 15–; de leerling is 14."),
                Arguments.of(
                        Exclusion.MUNICIPALITY_NOT_SERVED,
                        ggz().serving("GM0299").build(),
                        "Bedient Arnhem niet."),
                Arguments.of(
                        Exclusion.TARGET_GROUP_NOT_MET,
                        ggz().forTargetGroup(TargetGroup.VERWIJZING_SPECIAAL_ONDERWIJS)
                                .build(),
                        "Alleen voor leerlingen die anders naar het speciaal onderwijs (SO/VSO) verwezen zouden"
                                + " worden; dat is voor de leerling niet opgegeven."),
                Arguments.of(
                        Exclusion.TLV_REQUIRED,
                        ggz().requiring(true, null).build(),
                        "Vraagt een toelaatbaarheidsverklaring (TLV); die heeft de leerling niet."),
                Arguments.of(
                        Exclusion.CARE_INDICATION_REQUIRED,
                        ggz().requiring(false, true).build(),
                        "Vraagt een indicatie of verwijzing voor jeugdhulp of ggz; die heeft de leerling niet."));
    }

    private static OfferFixture ggz() {
        return anOffer("ggz").forNeeds(Need.PSYCHIATRIE);
    }

    @ParameterizedTest(name = "{0} weeks absent, place in sight {1}: {2}")
    @CsvSource({
        "0, true, SCHOOL, 5",
        "4, false, SCHOOL, 1",
        "5, false, CASUSREGISSEUR, 3",
        "8, true, CASUSREGISSEUR, 6",
        "8, false, DOORBRAAKTEAM, 6",
        "13, false, DOORBRAAKTEAM, 1",
        "14, true, ARBITRAGE, ",
    })
    void shouldClimbTheEscalationLadder(int weeks, boolean inSight, EscalationStage stage, Integer toNext) {
        assertThat(Escalation.of(weeks, TimeNorm.DEFAULT_WEEKS, inSight)).isEqualTo(new Escalation(stage, toNext));
    }

    @Test
    void shouldAnswerTheSameWayEveryTime() {
        Offer twin = anOffer("ggz-tweeling")
                .forNeeds(Need.PSYCHIATRIE)
                .withPlaces(5, 2, null)
                .locatedIn("Ggz", "Arnhem", "GM0202")
                .build();

        MatchOutcome first = match(pupil(8, Sector.VO, "GM0202"), twin, freeGgz);
        MatchOutcome second = match(pupil(8, Sector.VO, "GM0202"), freeGgz, twin);

        assertThat(first).isEqualTo(second);
        assertThat(first.suggestions()).extracting(s -> s.offer().id()).containsExactly("ggz-tweeling", "ggz-vrij");
    }

    @Test
    void shouldExplainEveryFindingInDutch() {
        MatchOutcome outcome = match(pupil(8, Sector.PO, "GM0268"), freeGgz);

        assertThat(outcome.gap().reasons()).extracting(Finding::explanation).allSatisfy(text -> assertThat(text)
                .doesNotContain("GM0"));
    }

    private static MatchOutcome match(PupilProfile pupil, Offer... offers) {
        return MATCHER.match(pupil, catalogue(List.of(offers)), ids -> Map.of(), 10);
    }

    private static MatchCatalogue catalogue(List<Offer> offers) {
        return MatchCatalogue.of(offers, TAXONOMY);
    }

    private static PupilProfile pupil(int weeksAbsent, Sector sector, String municipality, TargetGroup... groups) {
        return pupil(weeksAbsent, sector, municipality, AbsenceStatus.RELATIEF_VERZUIM, groups);
    }

    private static PupilProfile pupil(
            int weeksAbsent, Sector sector, String municipality, AbsenceStatus status, TargetGroup... groups) {
        return new PupilProfile(
                14,
                sector,
                null,
                municipality,
                List.of(Need.PSYCHIATRIE),
                List.of(groups),
                status,
                weeksAbsent,
                false,
                true,
                null,
                null);
    }

    private static PupilProfile withHours(PupilProfile p, int hours) {
        return new PupilProfile(
                p.age(),
                p.sector(),
                p.level(),
                p.municipality(),
                p.needs(),
                p.targetGroups(),
                p.absenceStatus(),
                p.weeksAbsent(),
                p.hasTlv(),
                p.hasCareIndication(),
                hours,
                p.school());
    }
}
