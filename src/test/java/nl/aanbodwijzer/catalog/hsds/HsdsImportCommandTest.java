package nl.aanbodwijzer.catalog.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.aanbodwijzer.catalog.importer.CommandRun;
import nl.aanbodwijzer.catalog.importer.CommandRun.Output;
import nl.aanbodwijzer.catalog.providers.Provider;
import nl.aanbodwijzer.catalog.providers.ProviderDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import-hsds} as a person runs it, each time on a database of its own: it gets catalog-data
 * first, as the service's first start would, then the feed.
 */
class HsdsImportCommandTest {
    @TempDir
    Path temp;

    @Test
    void shouldChangeNothingWhenTheFeedIsThisCatalogueOwnExport() throws IOException {
        Path feed = write("own.json", exportOfTheSeedCatalogue());

        Output output = run("import-hsds", feed.toString());

        assertThat(output.exit()).as(output.err()).isZero();
        assertThat(output.out())
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

        Output output = run("import-hsds", write("other.json", feed).toString());

        assertThat(output.exit()).as(output.err()).isZero();
        assertThat(output.out()).contains("1 offers added, 1 changed, 45 unchanged");
    }

    @Test
    void shouldKeepTheStoredOrganizationsThatServicesOnlyName() throws IOException {
        List<Map<String, Object>> services = exportOfTheSeedCatalogue().stream()
                .filter(object -> object.containsKey("status"))
                .toList();

        Output output = run("import-hsds", write("services.json", services).toString());

        assertThat(output.exit()).as(output.err()).isZero();
        assertThat(providers("target")).isEqualTo(providers("source"));
    }

    @Test
    void shouldPrintEachProblemAndExitNonZero() throws IOException {
        List<Map<String, Object>> feed = exportOfTheSeedCatalogue();
        service(feed, "GRIP").put("name", "");

        Output output = run("import-hsds", write("broken.json", feed).toString());

        assertThat(output.exit()).isEqualTo(1);
        assertThat(output.err()).contains("name is missing").contains("the database was not changed");
    }

    @Test
    void shouldExplainItsUsage() {
        Output none = run("import-hsds");
        Output absent = run("import-hsds", temp.resolve("absent.json").toString());

        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("usage:");
        assertThat(absent.exit()).isEqualTo(2);
        assertThat(absent.err()).contains("absent.json is not a file");
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

    private Output run(String... args) {
        return CommandRun.run(temp.resolve("target"), HsdsImportCommand::run, args);
    }
}
