package nl.aanbodwijzer.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.uri.UriBuilder;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import nl.aanbodwijzer.api.model.OfferPage;
import nl.aanbodwijzer.catalog.importer.CatalogFixture;
import nl.aanbodwijzer.catalog.importer.CatalogImport;
import nl.aanbodwijzer.system.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The judged query set in src/test/resources/search/relevance.tsv: every judged offer must be in the
 * top 3 of its query, and precision@3 and mean reciprocal rank may not fall below the recorded
 * baseline (raise the baseline when relevance improves).
 */
class RelevanceTest extends ApiTest {
    /** One judged query. */
    record Judgement(String query, List<String> relevant) {}

    @Inject
    CatalogImport catalogImport;

    @TempDir
    Path corpus;

    @Test
    void shouldRankTheJudgedOffersInTheTopThree() throws IOException {
        importCorpus();
        List<Judgement> judgements = judgements();
        double precisionSum = 0;
        double reciprocalRankSum = 0;
        List<String> misses = new ArrayList<>();
        for (Judgement judgement : judgements) {
            List<String> top = top(judgement.query(), 10);
            List<String> top3 = top.subList(0, Math.min(3, top.size()));
            long hits = judgement.relevant().stream().filter(top3::contains).count();
            precisionSum += (double) hits / Math.min(3, judgement.relevant().size());
            int firstRank = top.stream()
                    .filter(judgement.relevant()::contains)
                    .findFirst()
                    .map(id -> top.indexOf(id) + 1)
                    .orElse(0);
            reciprocalRankSum += firstRank == 0 ? 0 : 1.0 / firstRank;
            if (firstRank != 1) {
                System.out.printf("Relevance: '%s' first judged offer at rank %d%n", judgement.query(), firstRank);
            }
            if (hits < Math.min(3, judgement.relevant().size())) {
                misses.add(judgement.query() + " -> " + top3);
            }
        }
        double precisionAt3 = precisionSum / judgements.size();
        double mrr = reciprocalRankSum / judgements.size();
        System.out.printf(
                "Relevance over %d queries: precision@3 %.3f, MRR %.3f%n", judgements.size(), precisionAt3, mrr);

        Properties baseline = baseline();
        assertThat(judgements).hasSizeGreaterThanOrEqualTo(60);
        assertThat(misses).as("judged offers missing from the top 3").isEmpty();
        assertThat(precisionAt3).isGreaterThanOrEqualTo(Double.parseDouble(baseline.getProperty("precisionAt3")));
        assertThat(mrr).isGreaterThanOrEqualTo(Double.parseDouble(baseline.getProperty("mrr")));
    }

    private List<String> top(String query, int size) {
        String uri = UriBuilder.of("/api/v1/offers")
                .queryParam("q", query)
                .queryParam("size", size)
                .build()
                .toString();
        OfferPage page = http.toBlocking().retrieve(HttpRequest.GET(uri), OfferPage.class);
        return SearchControllerTest.ids(page);
    }

    private void importCorpus() throws IOException {
        CatalogFixture.copy(corpus);
        Path extra = Path.of("src/test/resources/search/extra-offers");
        try (Stream<Path> files = Files.list(extra)) {
            for (Path file : files.toList()) {
                Files.copy(file, corpus.resolve("offers").resolve(file.getFileName()));
            }
        }
        assertThat(catalogImport.run(corpus).problems()).isEmpty();
    }

    private static List<Judgement> judgements() throws IOException {
        List<Judgement> judgements = new ArrayList<>();
        for (String line :
                Files.readAllLines(Path.of("src/test/resources/search/relevance.tsv"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.split("\t");
                judgements.add(new Judgement(parts[0], Arrays.asList(parts[1].split(","))));
            }
        }
        return judgements;
    }

    private static Properties baseline() throws IOException {
        Properties baseline = new Properties();
        try (InputStream in = RelevanceTest.class.getResourceAsStream("/search/relevance-baseline.properties")) {
            baseline.load(in);
        }
        return baseline;
    }
}
