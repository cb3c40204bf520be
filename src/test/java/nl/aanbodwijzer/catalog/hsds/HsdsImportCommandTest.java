package nl.aanbodwijzer.catalog.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.aanbodwijzer.catalog.providers.Provider;
import nl.aanbodwijzer.catalog.providers.ProviderDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import-hsds} as a person runs it, each time on a database of its own: it gets catalog-data
 * first, as the service's first start would, then the feed.
 */
class HsdsImportCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path temp;

    @Test
    void shouldChangeNothingWhenTheFeedIsThisCatalogueOwnExport() throws IOException {
        Path feed = write("own.json", exportOfTheSeedCatalogue());

        int exit = run("import-hsds", feed.toString());

        assertThat(exit).as(text(err)).isZero();
        assertThat(text(out))
                .contains("0 offers added, 0 changed, 46 unchanged")
                .doesNotContain("without soort-aanbieder");
    }

    @Test
    void shouldAddAnotherDirectorysServiceAndChangeARenamedOne() throws IOException {
        List<Map<String, Object>> feed = exportOfTheSeedCatalogue();
        Map<String, Object> grip = service(feed, "GRIP");
        grip.put("name", "GRIP Arnhem");
        Map<String, Object> foreign = new LinkedHashMap<>(service(feed, "Leercentrum Playing for Success"));
        foreign.put("id", "0b6c3c8e-5f7a-4d2e-9c1b-7a8d9e0f1a2b");
        foreign.put("name", "Playing for Success Nijmegen");
        feed.add(foreign);

        int exit = run("import-hsds", write("other.json", feed).toString());

        assertThat(exit).as(text(err)).isZero();
        assertThat(text(out)).contains("1 offers added, 1 changed, 45 unchanged");
    }

    @Test
    void shouldKeepTheStoredOrganizationsThatServicesOnlyName() throws IOException {
        List<Map<String, Object>> services = exportOfTheSeedCatalogue().stream()
                .filter(object -> object.containsKey("status"))
                .toList();

        int exit = run("import-hsds", write("services.json", services).toString());

        assertThat(exit).as(text(err)).isZero();
        assertThat(providers("target")).isEqualTo(providers("source"));
    }

    @Test
    void shouldPrintEachProblemAndExitNonZero() throws IOException {
        List<Map<String, Object>> feed = exportOfTheSeedCatalogue();
        service(feed, "GRIP").put("name", "");

        int exit = run("import-hsds", write("broken.json", feed).toString());

        assertThat(exit).isEqualTo(1);
        assertThat(text(err)).contains("name is missing").contains("the database was not changed");
    }

    @Test
    void shouldExplainItsUsage() {
        assertThat(run("import-hsds")).isEqualTo(2);
        assertThat(text(err)).contains("usage:");
        assertThat(run("import-hsds", temp.resolve("absent.json").toString())).isEqualTo(2);
        assertThat(text(err)).contains("absent.json is not a file");
    }

    /** The seed catalogue's organizations and full services, as one JSON list. */
    private List<Map<String, Object>> exportOfTheSeedCatalogue() {
        try (ApplicationContext source = ApplicationContext.run(Map.of(
                "aanbodwijzer.data-dir", temp.resolve("source").toString(), "micronaut.server.enabled", false))) {
            Map<String, List<Map<String, Object>>> everything =
                    source.getBean(HsdsCatalogue.class).current().everything();
            List<Map<String, Object>> feed = new ArrayList<>(everything.get("organization"));
            feed.addAll(everything.get("service"));
            return feed;
        }
    }

    /** The providers stored in a data folder that a test used before. */
    private List<Provider> providers(String dataDir) {
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "aanbodwijzer.data-dir", temp.resolve(dataDir).toString(),
                "micronaut.server.enabled", false,
                "flyway.datasources.default.clean-schema", false))) {
            return context.getBean(ProviderDirectory.class).all();
        }
    }

    private static Map<String, Object> service(List<Map<String, Object>> feed, String name) {
        return feed.stream()
                .filter(object -> name.equals(object.get("name")) && object.containsKey("status"))
                .findFirst()
                .orElseThrow();
    }

    private Path write(String name, List<Map<String, Object>> feed) throws IOException {
        Path file = temp.resolve(name);
        Files.write(file, JsonMapper.createDefault().writeValueAsBytes(feed));
        return file;
    }

    private int run(String... args) {
        String previous = System.getProperty("aanbodwijzer.data-dir");
        System.setProperty("aanbodwijzer.data-dir", temp.resolve("target").toString());
        try {
            return HsdsImportCommand.run(
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
