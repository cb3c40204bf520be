package nl.aanbodwijzer.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.aanbodwijzer.catalog.importer.CommandRun.Output;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    @TempDir
    Path temp;

    @Test
    void shouldPrintEachProblemAndExitNonZero() {
        Path dir = CatalogFixture.copy(temp.resolve("catalog"));
        CatalogFixture.replace(dir, "offers/grip.yaml", "needs: [PSYCHIATRIE", "needs: [SLAAP");

        Output output = run("import", dir.toString());

        assertThat(output.exit()).isEqualTo(1);
        assertThat(output.err())
                .contains("offers/grip.yaml:18: unknown needs 'SLAAP'")
                .contains("the database was not changed");
    }

    @Test
    void shouldImportIntoTheConfiguredDatabase() {
        Output output = run("import", CatalogFixture.CATALOG_DATA.toString());

        assertThat(output.exit()).as(output.err()).isZero();
        assertThat(output.out()).contains("46 offers added");
    }

    @Test
    void shouldExplainItsUsage() {
        Output output = run("import", "a", "b");

        assertThat(output.exit()).isEqualTo(2);
        assertThat(output.err()).contains("usage:");
    }

    private Output run(String... args) {
        return CommandRun.run(temp.resolve("data"), ImportCommand::run, args);
    }
}
