package nl.aanbodwijzer.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
}
