package nl.aanbodwijzer.search;

import static nl.aanbodwijzer.catalog.OfferFixture.anOffer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A text is analysed once and the result copied to every field: the query must be the one that
 * analysing it for each field apart gives, synonyms of several words and split compounds included,
 * made flat; and a flat query scores as the nested one.
 */
class OfferQueriesTest {
    private static final Vocabulary VOCABULARY = new Vocabulary(
            Map.of(Need.PSYCHIATRIE, "Psychiatrische problematiek", Need.OVERGANG, "Overgang po-vo"),
            Map.of(Need.PSYCHIATRIE, List.of("jeugd-ggz"), Need.OVERGANG, List.of("overstap")),
            Map.of(),
            Map.of(),
            Map.of(),
            List.of(
                    List.of("ggz", "geestelijke gezondheidszorg", "jeugdpsychiatrie", "jeugd ggz"),
                    List.of("po", "primair onderwijs", "basisonderwijs")));
    private static final CompoundWords.Dictionary COMPOUNDS = CompoundWords.dictionary(
            List.of(anOffer("symbiose")
                    .named("Symbioseklas")
                    .describedAs("Een klas voor symbiose en schoolangst.")
                    .build()),
            VOCABULARY);
    private static final Analyzer ANALYZER =
            DutchAnalysis.forQuery(DutchAnalysis.synonyms(VOCABULARY.synonymGroups()), COMPOUNDS);
    private static final Map<String, Float> ALL_WORDS =
            Map.of("name", 6f, "provider_text", 6f, "place_text", 6f, "description", 2f);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "autisme",
                "jeugd-ggz behandeling",
                "geestelijke gezondheidszorg",
                "overgang van po naar vo",
                "symbiose klas",
                "schoolangst",
                "de het een",
            })
    void shouldBeTheQueryOfEachFieldAnalysedApart(String text) {
        OfferQueries.Text query = new OfferQueries(ANALYZER).text(text, OfferQueriesTest::typo);

        assertThat(query.query()).isEqualTo(analysedPerField(text));
    }

    /** What the query was before analysis was shared: one analysis per field and operator. */
    private static Query analysedPerField(String text) {
        List<String> words = new OfferQueries(ANALYZER).words(text);
        String cleaned = String.join(" ", words);
        QueryBuilder builder = new QueryBuilder(ANALYZER);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        OfferDocuments.TEXT_FIELDS.forEach((field, weight) -> {
            Query exact = builder.createBooleanQuery(field, cleaned, Occur.SHOULD);
            if (exact != null) {
                OfferQueries.addFlat(query, exact, weight);
            }
            for (String word : words) {
                OfferQueries.addFlat(query, typo(OfferDocuments.plain(field), word), weight * 0.4f);
            }
        });
        if (words.size() > 1) {
            ALL_WORDS.forEach((field, weight) -> {
                Query all = builder.createBooleanQuery(field, cleaned, Occur.MUST);
                if (all != null) {
                    query.add(new BoostQuery(all, weight), Occur.SHOULD);
                }
            });
        }
        return query.build();
    }

    @Test
    void shouldScoreAFlatDisjunctionAsTheNestedOne() throws IOException {
        try (Directory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ANALYZER))) {
            for (String text : List.of(
                    "jeugd ggz en behandeling",
                    "geestelijke gezondheidszorg",
                    "behandeling behandeling",
                    "jeugd",
                    "niets")) {
                Document document = new Document();
                document.add(new TextField("name", text, Field.Store.NO));
                writer.addDocument(document);
            }
            writer.commit();
            Query nested = new BooleanQuery.Builder()
                    .add(
                            new BoostQuery(
                                    new QueryBuilder(ANALYZER)
                                            .createBooleanQuery("name", "jeugd-ggz behandeling", Occur.SHOULD),
                                    4f),
                            Occur.SHOULD)
                    .add(new BoostQuery(new TermQuery(new Term("name", "jeugd")), 0.5f), Occur.SHOULD)
                    .build();
            BooleanQuery.Builder flat = new BooleanQuery.Builder();
            ((BooleanQuery) nested).clauses().forEach(clause -> OfferQueries.addFlat(flat, clause.query(), 1f));

            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
            for (int doc = 0; doc < 5; doc++) {
                assertThat(searcher.explain(flat.build(), doc).getValue().floatValue())
                        .as("document %d", doc)
                        .isCloseTo(searcher.explain(nested, doc).getValue().floatValue(), within(1e-5f));
            }
        }
    }

    private static Query typo(String field, String word) {
        return new TermQuery(new Term(field, word + "~"));
    }
}
