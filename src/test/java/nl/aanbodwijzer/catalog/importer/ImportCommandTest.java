package nl.aanbodwijzer.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path temp;

    @Test
    void shouldPrintEachProblemAndExitNonZero() {
        Path dir = CatalogFixture.copy(temp.resolve("catalog"));
        CatalogFixture.replace(dir, "offers/grip.yaml", "needs: [PSYCHIATRIE", "needs: [SLAAP");

        int exit = run("import", dir.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(text(err))
                .contains("offers/grip.yaml:18: unknown needs 'SLAAP'")
                .contains("the database was not changed");
    }

    @Test
    void shouldImportIntoTheConfiguredDatabase() {
        int exit = run("import", CatalogFixture.CATALOG_DATA.toString());

        assertThat(exit).as(text(err)).isZero();
        assertThat(text(out)).contains("46 offers added");
    }

    @Test
    void shouldExplainItsUsage() {
        assertThat(run("import", "a", "b")).isEqualTo(2);
        assertThat(text(err)).contains("usage:");
    }

    private int run(String... args) {
        String previous = System.getProperty("aanbodwijzer.data-dir");
        System.setProperty("aanbodwijzer.data-dir", temp.resolve("data").toString());
        try {
            return ImportCommand.run(
                    args,
                    new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
        } finally {
            if (previous == null) {
                System.clearProperty("aanbodwijzer.data-dir");
            } else {
                System.setProperty("aanbodwijzer.data-dir", previous);
            }
        }
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
