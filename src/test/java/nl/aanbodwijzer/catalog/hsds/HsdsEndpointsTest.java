package nl.aanbodwijzer.catalog.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.aanbodwijzer.system.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HsdsEndpointsTest extends ApiTest {
    @Inject
    HsdsImport hsdsImport;

    @TempDir
    Path temp;

    @Test
    void shouldPageInTheHsdsEnvelope() {
        assertThat(get("/hsds/services?per_page=20&page=3"))
                .contains("\"total_items\":46,\"total_pages\":3,\"page_number\":3,\"size\":6")
                .contains("\"first_page\":false,\"last_page\":true,\"empty\":false");
        assertThat(get("/hsds/services?page=99")).contains("\"size\":0", "\"empty\":true", "\"contents\":[]");
    }

    @Test
    void shouldFilterServicesByTermOrganizationTextAndTime() {
        String psychiatry = HsdsIds.derived("term:behoefte:PSYCHIATRIE");
        assertThat(get("/hsds/services?taxonomy_term_id=" + psychiatry))
                .contains("\"total_items\":1", "\"name\":\"GRIP\"");
        String atZorg = HsdsIds.of("organization", "at-zorg");
        assertThat(get("/hsds/services?organization_id=" + atZorg)).contains("\"name\":\"GRIP\"");
        assertThat(get("/hsds/services?search=hoogbegaafd")).contains("\"total_items\":1");
        assertThat(get("/hsds/services?modified_after=2999-01-01")).contains("\"total_items\":0");
        assertThat(get("/hsds/taxonomy_terms?top_only=true&per_page=100")).contains("\"total_items\":33");
    }

    @Test
    void shouldFilterByTaxonomyAndByTermWithinIt() {
        String psychiatry = HsdsIds.derived("term:behoefte:PSYCHIATRIE");
        String classification = HsdsVocabulary.CLASSIFICATION.id();
        String facts = HsdsVocabulary.FACTS.id();
        assertThat(get("/hsds/services?taxonomy_id=" + classification)).contains("\"total_items\":46");
        assertThat(get("/hsds/services?taxonomy_term_id=" + psychiatry + "&taxonomy_id=" + classification))
                .contains("\"total_items\":1");
        assertThat(get("/hsds/services?taxonomy_term_id=" + psychiatry + "&taxonomy_id=" + facts))
                .contains("\"total_items\":0");
        assertThat(get("/hsds/organizations?taxonomy_term_id=" + psychiatry))
                .contains("\"total_items\":2", "\"name\":\"at.zorg\"", "\"name\":\"VSO Mariëndael\"");
    }

    @Test
    void shouldBeLinkedFromEveryPage() {
        assertThat(get("/")).contains("href=\"/hsds/\"", "href=\"/hsds/datapackage.zip\"");
        HttpResponse<byte[]> download = raw().exchange(HttpRequest.GET("/hsds/datapackage.zip"), byte[].class);
        assertThat(download.code()).isEqualTo(200);
        assertThat(download.getContentType()).contains(MediaType.of("application/zip"));
    }

    @Test
    void shouldAnswerAClearProblemForBadInputAndUnknownIds() {
        for (String uri : List.of(
                "/hsds/services?page=0",
                "/hsds/services?per_page=abc",
                "/hsds/services?full=yes",
                "/hsds/services?format=ndjson",
                "/hsds/services?modified_after=gisteren",
                "/hsds/services?bsn=123")) {
            assertThat(status(uri)).as(uri).isEqualTo(400);
        }
        assertThat(status("/hsds/services/00000000-0000-5000-8000-000000000000"))
                .isEqualTo(404);
        assertThat(status("/hsds/organizations/x")).isEqualTo(404);
    }

    @Test
    void shouldWriteNothingWhenAFeedHasAProblem() throws IOException {
        String good = get("/hsds/services?full=true&per_page=1000");
        Path feed = temp.resolve("feed.json");
        Files.writeString(
                feed,
                good.replaceFirst("\"status\":\"active\"", "\"status\":\"open\"")
                        .replaceFirst("\"name\":\"GRIP\"", "\"name\":\"\""));
        Map<String, List<String>> before = database.take();

        HsdsImport.Outcome outcome = hsdsImport.run(List.of(feed));

        assertThat(outcome.problems())
                .anySatisfy(problem -> assertThat(problem).contains("name is missing"))
                .anySatisfy(problem -> assertThat(problem).contains("status 'open' is not active"));
        assertThat(outcome.summary()).isEmpty();
        assertThat(database.take()).isEqualTo(before);
    }

    private String get(String uri) {
        return raw().retrieve(uri);
    }

    private int status(String uri) {
        try {
            return raw().exchange(uri).code();
        } catch (HttpClientResponseException e) {
            return e.code();
        }
    }
}
