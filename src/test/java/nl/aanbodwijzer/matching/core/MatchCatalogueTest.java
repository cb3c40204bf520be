package nl.aanbodwijzer.matching.core;

import static nl.aanbodwijzer.catalog.OfferFixture.anOffer;
import static nl.aanbodwijzer.catalog.taxonomy.TaxonomyFixture.aTaxonomy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.catalog.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;

/** The catalogue as matching reads it: positions, who serves where, distances, and changes offer by offer. */
class MatchCatalogueTest {
    private static final Taxonomy TAXONOMY = aTaxonomy()
            .municipality("GM0202", "Arnhem", 52.0, 5.9, "SWV De Verbinding", "arnhem-zuid")
            .municipality("GM0299", "Zevenaar", 51.93, 6.08, "SWV De Verbinding", "liemers")
            .municipality("GM0268", "Nijmegen", 51.83, 5.83, "VO-ROC Nijmegen")
            .build();

    private final Offer arnhem = anOffer("arnhem").serving("GM0202").build();
    private final Offer both = anOffer("beide").serving("GM0202", "GM0299").build();
    private final Offer zevenaar = anOffer("zevenaar").serving("GM0299").build();

    @Test
    void shouldKnowWhichOffersServeEachMunicipality() {
        MatchCatalogue catalogue = MatchCatalogue.of(List.of(arnhem, both, zevenaar), TAXONOMY);

        assertThat(ids(catalogue, "GM0202")).containsExactly("arnhem", "beide");
        assertThat(ids(catalogue, "GM0299")).containsExactly("beide", "zevenaar");
        assertThat(ids(catalogue, "GM0268")).isEmpty();
    }

    @Test
    void shouldFollowAnOfferThatMovesAndAddNewOnesWithoutChangingTheOldCatalogue() {
        MatchCatalogue before = MatchCatalogue.of(List.of(arnhem, both, zevenaar), TAXONOMY);
        Offer moved = anOffer("arnhem").serving("GM0268").build();
        Offer added = anOffer("nieuw").serving("GM0202").build();

        MatchCatalogue after = before.with(List.of(moved, added));

        assertThat(ids(after, "GM0202")).containsExactly("beide", "nieuw");
        assertThat(ids(after, "GM0268")).containsExactly("arnhem");
        assertThat(after.size()).isEqualTo(4);
        assertThat(after.offer(after.position("arnhem"))).isSameAs(moved);
        assertThat(ids(before, "GM0202")).containsExactly("arnhem", "beide");
        assertThat(before.size()).isEqualTo(3);
    }

    @Test
    void shouldKeepWhoServesWhereWhenOnlyTheNumbersChange() {
        MatchCatalogue before = MatchCatalogue.of(List.of(arnhem, both), TAXONOMY);
        Offer withPlaces = anOffer("beide")
                .serving("GM0202", "GM0299")
                .withPlaces(5, 1, null)
                .build();

        MatchCatalogue after = before.with(List.of(withPlaces));

        assertThat(after.serving("GM0202")).isSameAs(before.serving("GM0202"));
        assertThat(after.offer(after.position("beide"))).isSameAs(withPlaces);
    }

    @Test
    void shouldMeasureToTheNearestLocationToOneDecimal() {
        Offer twoPlaces = anOffer("twee")
                .locatedIn("Ver", "Nijmegen", "GM0268")
                .locatedIn("Dichtbij", "Zevenaar", "GM0299")
                .build();
        Offer nowhere =
                anOffer("nergens").locatedIn("Onbekend", "Atlantis", "GM9999").build();
        MatchCatalogue catalogue = MatchCatalogue.of(List.of(twoPlaces, nowhere), TAXONOMY);
        double[] fromArnhem = catalogue.kmFrom("GM0202");

        double km = catalogue.nearestKm(catalogue.position("twee"), fromArnhem);

        assertThat(km).isEqualTo(Math.round(centroidKm("GM0202", "GM0299") * 10) / 10.0);
        assertThat(catalogue.nearestKm(catalogue.position("nergens"), fromArnhem))
                .isNaN();
    }

    private static double centroidKm(String from, String to) {
        return TAXONOMY.municipality(from)
                .orElseThrow()
                .centroid()
                .kmTo(TAXONOMY.municipality(to).orElseThrow().centroid());
    }

    private static List<String> ids(MatchCatalogue catalogue, String municipality) {
        return Arrays.stream(catalogue.serving(municipality))
                .mapToObj(position -> catalogue.offer(position).id())
                .toList();
    }
}
