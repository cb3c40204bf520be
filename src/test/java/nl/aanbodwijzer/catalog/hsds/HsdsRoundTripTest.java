package nl.aanbodwijzer.catalog.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.aanbodwijzer.catalog.importer.CatalogFixture;
import nl.aanbodwijzer.security.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export this catalogue as HSDS, import it into an instance that holds only the reference data, and
 * export again: the same documents, through the JSON answers and through the tabular package. The
 * instances run one after the other, each on a database of its own (a new H2 file, or MySQL cleaned).
 */
class HsdsRoundTripTest {
    /** Every answer a consumer would read, by path. */
    private static final List<String> LISTS = List.of(
            "/hsds/services?per_page=1000&full=true",
            "/hsds/organizations?per_page=1000&full=true&full_service=true",
            "/hsds/taxonomies",
            "/hsds/taxonomy_terms?per_page=1000");

    @TempDir
    Path temp;

    @Test
    void shouldGiveTheSameDocumentsAfterAnExportIsImportedIntoAnEmptyInstance() throws IOException {
        Map<String, String> exported;
        Path services = temp.resolve("services.json");
        Path organizations = temp.resolve("organizations.json");
        try (Instance source = Instance.withTheSeedCatalogue()) {
            source.publish("grip", "{\"total\":8,\"occupied\":6,\"waitingList\":3,\"expectedWaitWeeks\":10}");
            source.publish("verzuimcoaches", "{\"waitingList\":12,\"expectedWaitWeeks\":20}");
            exported = source.documents();
            Files.writeString(services, exported.get(LISTS.get(0)));
            Files.writeString(organizations, exported.get(LISTS.get(1)));
        }
        assertThat(exported.get(LISTS.get(0))).contains("\"total_items\":46", "\"capacities\":[{");

        try (Instance empty = Instance.withReferenceDataOnly(referenceData())) {
            assertThat(empty.get("/hsds/services")).contains("\"total_items\":0");
            HsdsImport.Outcome outcome = empty.importFeed(organizations, services);

            assertThat(outcome.problems()).isEmpty();
            assertThat(outcome.summary().orElseThrow().offersAdded()).isEqualTo(46);
            assertThat(empty.documents()).isEqualTo(exported);
        }
    }

    @Test
    void shouldGiveTheSameDocumentsThroughTheTabularPackage() throws IOException {
        Map<String, String> exported;
        Path zip = temp.resolve("aanbodwijzer-hsds.zip");
        try (Instance source = Instance.withTheSeedCatalogue()) {
            source.publish("grip", "{\"total\":8,\"occupied\":6,\"nextIntake\":\"2027-02-01\"}");
            exported = source.documents();
            Files.write(zip, source.bytes("/hsds/datapackage.zip"));
        }

        try (Instance empty = Instance.withReferenceDataOnly(referenceData())) {
            HsdsImport.Outcome outcome = empty.importFeed(zip);

            assertThat(outcome.problems()).isEmpty();
            assertThat(empty.documents()).isEqualTo(exported);
        }
    }

    /** catalog-data without offers and providers: what a region starts from before it has any offer. */
    private Path referenceData() throws IOException {
        Path dir = CatalogFixture.copy(temp.resolve("reference"));
        try (Stream<Path> offers = Files.list(dir.resolve("offers"))) {
            for (Path offer : offers.toList()) {
                Files.delete(offer);
            }
        }
        Files.writeString(dir.resolve("providers.yaml"), "[]\n");
        return dir;
    }

    /** One instance of the service, on a database of its own. */
    private record Instance(EmbeddedServer server, HttpClient client) implements AutoCloseable {
        static Instance withTheSeedCatalogue() {
            return start(Map.of());
        }

        static Instance withReferenceDataOnly(Path catalogDir) {
            return start(Map.of("aanbodwijzer.catalog-dir", catalogDir.toString()));
        }

        private static Instance start(Map<String, Object> properties) {
            Map<String, Object> all = new LinkedHashMap<>(properties);
            all.put("micronaut.server.port", -1);
            EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, all, "test");
            return new Instance(server, HttpClient.create(server.getURL()));
        }

        BlockingHttpClient http() {
            return client.toBlocking();
        }

        String get(String uri) {
            return http().retrieve(uri);
        }

        byte[] bytes(String uri) {
            return http().retrieve(HttpRequest.GET(uri), byte[].class);
        }

        Map<String, String> documents() {
            Map<String, String> documents = new LinkedHashMap<>();
            LISTS.forEach(uri -> documents.put(uri, get(uri)));
            return documents;
        }

        /** Publishes numbers as a provider would, as an administrator. */
        void publish(String offerId, String numbers) {
            String admin =
                    server.getApplicationContext().getBean(TestAccounts.class).admin();
            HttpResponse<?> offer = http().exchange(HttpRequest.GET("/api/v1/offers/" + offerId), Argument.STRING);
            http().exchange(HttpRequest.PUT("/api/v1/offers/" + offerId + "/capacity", numbers)
                    .contentType(MediaType.APPLICATION_JSON_TYPE)
                    .basicAuth(admin, TestAccounts.PASSWORD)
                    .header("If-Match", offer.header("ETag")));
        }

        HsdsImport.Outcome importFeed(Path... files) throws IOException {
            return server.getApplicationContext().getBean(HsdsImport.class).run(List.of(files));
        }

        @Override
        public void close() {
            client.close();
            server.close();
        }
    }
}
