package nl.aanbodwijzer.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.catalog.importer.CatalogData.PartnershipData;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.OfferStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogReaderTest {
    @TempDir
    Path temp;

    @Test
    void shouldReadTheRealCatalogueWithoutProblems() {
        CatalogReader.Result result = CatalogReader.read(CatalogFixture.CATALOG_DATA);

        assertThat(result.problems().lines()).isEmpty();
        CatalogData data = result.data();
        assertThat(data.municipalities()).hasSize(342);
        assertThat(data.schools()).hasSize(40);
        assertThat(data.needs()).hasSize(Need.values().length);
        assertThat(data.partnerships().get(0)).satisfies(p -> {
            assertThat(p.name()).isEqualTo("SWV De Verbinding");
            assertThat(p.subregions()).hasSize(4);
            assertThat(p.area()).hasSize(10);
        });
        assertThat(data.partnerships())
                .as("De Verbinding and the 72 other VO partnerships")
                .hasSize(73);
        assertThat(data.partnerships())
                .filteredOn(p -> p.area().contains("GM0268"))
                .extracting(PartnershipData::name)
                .containsExactly("Stichting Samenwerkingsverband VO-ROC Nijmegen e.o.");
        assertThat(data.offers()).hasSize(46);
        Offer opdc = offer(data, "opdc");
        assertThat(opdc.status()).isEqualTo(OfferStatus.PLANNED);
        assertThat(offer(data, "symbioseklassen").status()).isEqualTo(OfferStatus.PILOT);
    }

    @ParameterizedTest(name = "{4}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                // file | text | replacement | expected problem | case
                "offers/grip.yaml | needs: [PSYCHIATRIE, LANGDURIG_VERZUIM] | needs: [PSYCHIATRIE, SLAAP] "
                        + "| offers/grip.yaml:18: unknown needs 'SLAAP' | unknown need code",
                "offers/grip.yaml | GM0202, GM0226 | GM0202, GM9999 "
                        + "| offers/grip.yaml:16: unknown municipality 'GM9999' | unknown municipality",
                "offers/grip.yaml | sectors: [VO] | sectors: [VO]\\nminAge: 16\\nmaxAge: 12 "
                        + "| offers/grip.yaml:18: age range reversed: minAge 16 is above maxAge 12 | age range reversed",
                "offers/grip.yaml | maxDurationWeeks: 13 | capacity: {total: -2, occupied: 0}\\nmaxDurationWeeks: 13 "
                        + "| offers/grip.yaml:21: 'total' may not be negative (-2) | negative places",
                "offers/opdc.yaml | id: opdc | id: grip "
                        + "| offers/opdc.yaml:1: duplicate offer id 'grip' (first at offers/grip.yaml:1) | duplicate id",
                "offers/grip.yaml | type: ONDERWIJSZORGARRANGEMENT\\n | "
                        + "| offers/grip.yaml:1: missing required field 'type' | missing required field",
                "offers/grip.yaml | housedAtSchool: false | housedAtSchol: false "
                        + "| offers/grip.yaml:27: unknown field 'housedAtSchol' | misspelt field",
                "offers/grip.yaml | {id: at-zorg, role: CARE} | {id: ggz-unknown, role: CARE} "
                        + "| offers/grip.yaml:13: unknown provider 'ggz-unknown' | unknown provider",
                "municipalities.yaml | GM0202 | GM0014 "
                        + "| municipalities.yaml:47: duplicate municipality id 'GM0014' (first at municipalities.yaml:3) "
                        + "| duplicate municipality",
                "needs.yaml | code: TRAUMA | code: TRAUMAS "
                        + "| needs.yaml:21: unknown code 'TRAUMAS' | unknown need in the taxonomy",
                "offers/verzuimcoaches.yaml | status: ACTIVE | status: OPEN "
                        + "| offers/verzuimcoaches.yaml:4: unknown status 'OPEN' | unknown status",
                "offers/grip.yaml | name: GRIP | name: [GRIP " + "| offers/grip.yaml: | broken YAML",
            })
    void shouldReportEachProblemWithFileAndLine(
            String file, String text, String replacement, String expected, String description) {
        Path dir = CatalogFixture.copy(temp);
        String with = replacement == null ? "" : replacement.replace("\\n", "\n");
        CatalogFixture.replace(dir, file, text.replace("\\n", "\n"), with);

        CatalogReader.Result result = CatalogReader.read(dir);

        assertThat(result.data()).isNull();
        assertThat(result.problems().lines())
                .anySatisfy(line -> assertThat(line).startsWith(expected));
    }

    @Test
    void shouldReportEveryProblemAtOnce() {
        Path dir = CatalogFixture.copy(temp);
        CatalogFixture.replace(dir, "offers/grip.yaml", "needs: [PSYCHIATRIE", "needs: [ONBEKEND");
        CatalogFixture.replace(dir, "offers/opdc.yaml", "sectors: [VO]", "sectors: [XO]");

        assertThat(CatalogReader.read(dir).problems().lines())
                .containsExactly(
                        "offers/grip.yaml:18: unknown needs 'ONBEKEND' (allowed: " + allNeeds() + ")",
                        "offers/opdc.yaml:13: unknown sectors 'XO' (allowed: PO, SBO, SO, VO, VSO, MBO)");
    }

    @Test
    void shouldReportAMissingDirectory() {
        assertThat(CatalogReader.read(temp.resolve("nowhere")).problems().lines())
                .singleElement()
                .satisfies(line -> assertThat(line).endsWith("not a directory"));
    }

    private static String allNeeds() {
        return String.join(
                ", ", java.util.Arrays.stream(Need.values()).map(Need::name).toList());
    }

    private static Offer offer(CatalogData data, String id) {
        return data.offers().stream()
                .map(CatalogData.OfferData::offer)
                .filter(o -> o.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
