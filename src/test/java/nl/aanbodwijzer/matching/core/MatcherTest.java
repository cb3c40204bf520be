package nl.aanbodwijzer.matching.core;

import static nl.aanbodwijzer.catalog.OfferFixture.anOffer;
import static nl.aanbodwijzer.catalog.taxonomy.TaxonomyFixture.aTaxonomy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.OfferStatus;
import nl.aanbodwijzer.catalog.taxonomy.Sector;
import org.junit.jupiter.api.Test;

/** The matching core as plain Java, on a small fixed catalogue. */
class MatcherTest {
    private static final Matcher MATCHER = new Matcher(aTaxonomy()
            .need(Need.PSYCHIATRIE, "Psychiatrie")
            .municipality("GM0202", "arnhem-zuid")
            .municipality("GM0299", "liemers")
            .municipality("GM0363")
            .build());

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
                        "Ligt in de eigen subregio van de leerling.");
        assertThat(outcome.excluded())
                .extracting(MatchOutcome.Excluded::offerId)
                .containsExactly("gepland");
        assertThat(outcome.unrelated())
                .as("the offer for another need is only counted")
                .isEqualTo(1);
        assertThat(outcome.gap()).isNull();
    }

    @Test
    void shouldRecordNoCapacityInTimeNamingTheOffersThatWereFull() {
        MatchOutcome outcome = match(pupil(8, Sector.VO, "GM0202"), fullGgz, other);

        assertThat(outcome.gap().reasons()).containsExactly(GapReason.NO_CAPACITY_IN_TIME);
        assertThat(outcome.gap().candidates()).singleElement().satisfies(c -> {
            assertThat(c.offerId()).isEqualTo("ggz-vol");
            assertThat(c.why()).containsExactly("Verwachte wachttijd 20 weken; binnen de norm zijn nog 5 weken over.");
        });
    }

    @Test
    void shouldNotCallUnknownCapacityAGapButAskForTheNumbers() {
        MatchOutcome outcome = match(pupil(8, Sector.VO, "GM0202"), unknownGgz, fullGgz);

        assertThat(outcome.gap()).isNull();
        assertThat(outcome.notes()).singleElement().asString().contains("vraag de cijfers na");
    }

    @Test
    void shouldSayWhyEveryOfferForTheNeedWasRuledOut() {
        MatchOutcome primary = match(pupil(8, Sector.PO, "GM0202"), freeGgz);
        MatchOutcome elsewhere = match(pupil(8, Sector.VO, "GM0363"), freeGgz);
        MatchOutcome nothing = match(pupil(8, Sector.VO, "GM0202"), other);

        assertThat(primary.gap().reasons()).containsExactly(GapReason.NOT_COVERED_FOR_SECTOR_OR_AGE);
        assertThat(primary.excluded().get(0).reasons())
                .extracting(MatchOutcome.Reason::code)
                .containsExactly(Exclusion.SECTOR_NOT_COVERED);
        assertThat(elsewhere.gap().reasons()).containsExactly(GapReason.NOT_SERVED_IN_MUNICIPALITY);
        assertThat(nothing.gap().reasons()).containsExactly(GapReason.NO_OFFER_FOR_NEED);
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

    private static MatchOutcome match(PupilProfile pupil, Offer... offers) {
        return MATCHER.match(pupil, List.of(offers), ids -> Map.of(), 10);
    }

    private static PupilProfile pupil(int weeksAbsent, Sector sector, String municipality) {
        return new PupilProfile(
                14,
                sector,
                null,
                municipality,
                List.of(Need.PSYCHIATRIE),
                AbsenceStatus.RELATIEF_VERZUIM,
                weeksAbsent,
                false,
                true,
                null,
                null);
    }
}
