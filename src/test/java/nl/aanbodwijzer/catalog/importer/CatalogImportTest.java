package nl.aanbodwijzer.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.catalog.OfferLoader;
import nl.aanbodwijzer.system.ApiTest;
import nl.aanbodwijzer.system.AuditEntry;
import nl.aanbodwijzer.system.AuditLog;
import nl.aanbodwijzer.system.ChangeLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogImportTest extends ApiTest {
    @Inject
    CatalogImport catalogImport;

    @Inject
    OfferLoader offers;

    @Inject
    ChangeLog changeLog;

    @Inject
    AuditLog auditLog;

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{3}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "offers/grip.yaml | needs: [PSYCHIATRIE | needs: [SLAAP | unknown need code",
                "offers/grip.yaml | GM0202, GM0226 | GM0202, GM9999 | unknown municipality",
                "offers/grip.yaml | sectors: [VO] | sectors: [VO]\\nminAge: 16\\nmaxAge: 12 | age range reversed",
                "offers/grip.yaml | maxDurationWeeks: 13 | capacity: {total: -2}\\nmaxDurationWeeks: 13 | negative places",
                "offers/opdc.yaml | id: opdc | id: grip | duplicate id",
                "offers/grip.yaml | name: GRIP\\n | | missing required field",
            })
    void shouldLeaveTheDatabaseAsItWasWhenTheDataHasAProblem(
            String file, String text, String replacement, String description) {
        Path dir = CatalogFixture.copy(temp);
        CatalogFixture.replace(dir, "offers/verzuimcoaches.yaml", "name: Verzuimcoaches", "name: Andere coaches");
        CatalogFixture.replace(
                dir, file, text.replace("\\n", "\n"), replacement == null ? "" : replacement.replace("\\n", "\n"));
        Map<String, List<String>> before = database.take();

        CatalogImport.Outcome outcome = catalogImport.run(dir);

        assertThat(outcome.problems()).isNotEmpty().allSatisfy(line -> assertThat(line)
                .matches("[a-z/.-]+\\.yaml:\\d+: .+"));
        assertThat(outcome.summary()).isEmpty();
        assertThat(database.take()).isEqualTo(before);
    }

    @Test
    void shouldChangeNothingWhenTheDataIsTheSame() {
        long logged = changeLog.count();

        CatalogImport.Outcome outcome = catalogImport.run(CatalogFixture.CATALOG_DATA);

        assertThat(outcome.summary()).hasValue(new CatalogImporter.Summary(0, 0, 46));
        assertThat(changeLog.count()).isEqualTo(logged);
    }

    @Test
    void shouldAddNewOffersAndVersionChangedOnesInTheChangeLog() {
        Path dir = CatalogFixture.copy(temp);
        CatalogFixture.replace(dir, "offers/grip.yaml", "name: GRIP", "name: GRIP Arnhem");
        CatalogFixture.write(dir, "offers/nieuw-aanbod.yaml", """
        id: nieuw-aanbod
        name: Nieuw aanbod
        type: OVERIG
        status: PLANNED
        municipalities: [GM0202]
        sectors: [VO]
        """);
        long lastLogged = lastChangeId();
        long gripVersion = offers.find("grip").orElseThrow().version();

        CatalogImport.Outcome outcome = catalogImport.run(dir);

        assertThat(outcome.summary()).hasValue(new CatalogImporter.Summary(1, 1, 45));
        Offer grip = offers.find("grip").orElseThrow();
        assertThat(grip.name()).isEqualTo("GRIP Arnhem");
        assertThat(grip.version()).isEqualTo(gripVersion + 1);
        assertThat(offers.find("nieuw-aanbod"))
                .hasValueSatisfying(o -> assertThat(o.version()).isEqualTo(1));
        assertThat(changeLog.after(lastLogged, 100))
                .extracting(e -> e.entity() + "/" + e.entityId())
                .containsExactlyInAnyOrder("offer/grip", "offer/nieuw-aanbod");
    }

    @Test
    void shouldKeepPublishedCapacityWhenTheFileSetsNone() {
        Path dir = CatalogFixture.copy(temp);
        CatalogFixture.replace(
                dir,
                "offers/verzuimcoaches.yaml",
                "sectors: [VO]",
                "sectors: [VO]\ncapacity: {total: 12, occupied: 10, waitingList: 4, expectedWaitWeeks: 6}");
        catalogImport.run(dir);
        Offer published = offers.find("verzuimcoaches").orElseThrow();

        CatalogImport.Outcome outcome = catalogImport.run(CatalogFixture.CATALOG_DATA);

        Offer after = offers.find("verzuimcoaches").orElseThrow();
        assertThat(published.capacity().free()).isEqualTo(2);
        assertThat(published.capacity().updatedAt()).isNotNull();
        assertThat(after.capacity()).isEqualTo(published.capacity());
        assertThat(after.version()).isEqualTo(published.version());
        assertThat(outcome.summary().orElseThrow().offersChanged()).isZero();
        assertThat(auditLog.find("offer", "verzuimcoaches", 1, 10).getContent())
                .extracting(AuditEntry::action)
                .startsWith("OFFER_UPDATED_BY_IMPORT");
    }

    private long lastChangeId() {
        return changeLog.lastId();
    }
}
