package nl.aanbodwijzer.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.OfferType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCatalogTest {
    @TempDir
    Path temp;

    @Test
    void shouldWriteValidOffersThatAreAllMarkedSynthetic() throws Exception {
        SyntheticCatalog.write(CatalogFixture.CATALOG_DATA, temp, 300, 7);

        CatalogReader.Result result = CatalogReader.read(temp);

        assertThat(result.problems().lines()).isEmpty();
        assertThat(result.data().offers())
                .hasSize(300)
                .allSatisfy(offer -> assertThat(offer.offer().synthetic()).isTrue());
    }

    @Test
    void shouldWriteTheSameOffersForTheSameSeed() throws Exception {
        SyntheticCatalog.write(CatalogFixture.CATALOG_DATA, temp.resolve("a"), 20, 7);
        SyntheticCatalog.write(CatalogFixture.CATALOG_DATA, temp.resolve("b"), 20, 7);

        assertThat(Files.readString(temp.resolve("a/offers/synthetic-000013.yaml")))
                .isEqualTo(Files.readString(temp.resolve("b/offers/synthetic-000013.yaml")));
    }

    @Test
    void shouldWriteOtherOffersForAnotherSeed() throws Exception {
        SyntheticCatalog.write(CatalogFixture.CATALOG_DATA, temp.resolve("a"), 5, 7);
        SyntheticCatalog.write(CatalogFixture.CATALOG_DATA, temp.resolve("b"), 5, 8);

        assertThat(Files.readString(temp.resolve("a/offers/synthetic-000003.yaml")))
                .isNotEqualTo(Files.readString(temp.resolve("b/offers/synthetic-000003.yaml")));
    }

    @Test
    void shouldSpreadOffersOverTheCountryWithMostPlacesTakenAndMixedFunding() throws Exception {
        SyntheticCatalog.write(CatalogFixture.CATALOG_DATA, temp, 3_000, 7);

        List<Offer> offers = CatalogReader.read(temp).data().offers().stream()
                .map(CatalogData.OfferData::offer)
                .toList();

        Set<String> homes = offers.stream()
                .map(offer -> offer.locations().get(0).municipalityCode())
                .collect(Collectors.toSet());
        assertThat(homes).hasSizeGreaterThan(300);
        assertThat(offers.stream().map(Offer::type).distinct()).hasSize(OfferType.values().length);
        assertThat(offers.stream().flatMap(offer -> offer.needs().stream()).distinct())
                .hasSize(Need.values().length);
        List<Offer> published = offers.stream()
                .filter(offer -> offer.capacity().total() != null)
                .toList();
        assertThat(published.size()).isBetween(2_400, 2_700);
        long full = published.stream()
                .filter(offer ->
                        offer.capacity().occupied().equals(offer.capacity().total()))
                .count();
        assertThat(full).isBetween(published.size() / 2L, published.size() * 3L / 4);
        assertThat(offers.stream().filter(offer -> offer.funding().size() > 1))
                .isNotEmpty()
                .allSatisfy(offer -> assertThat(offer.funding().stream()
                                .mapToInt(Offer.Funding::sharePercent)
                                .sum())
                        .isEqualTo(100));
        assertThat(offers.stream().map(Offer::description).distinct()).hasSizeGreaterThan(2_000);
    }
}
