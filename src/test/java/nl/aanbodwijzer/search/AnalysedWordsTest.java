package nl.aanbodwijzer.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.catalog.importer.CatalogData;
import nl.aanbodwijzer.catalog.importer.CatalogReader;
import nl.aanbodwijzer.catalog.importer.SyntheticCatalog;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Remembering what each word becomes changes nothing in what the index holds. */
class AnalysedWordsTest {
    private static final Path CATALOG_DATA = Path.of("catalog-data");

    @TempDir
    Path temp;

    @Test
    void shouldIndexExactlyWhatTheFiltersMakeOfEveryWord() throws IOException {
        SyntheticCatalog.write(CATALOG_DATA, temp, 500, 11);
        CatalogData real = CatalogReader.read(CATALOG_DATA).data();
        List<Offer> offers = Stream.concat(
                        offers(real), offers(CatalogReader.read(temp).data()))
                .toList();
        CompoundWords.Dictionary compounds = CompoundWords.dictionary(offers, vocabulary(real));
        Analyzer remembering = DutchAnalysis.forIndex(compounds);
        Analyzer wordByWord = DutchAnalysis.stemmed(null, stream -> CompoundWords.split(stream, compounds));
        List<String> texts = new ArrayList<>(List.of(
                "De symbioseklassen van het Liemers College: voor de leerling en de ouders.",
                "Æther, Mariëndael en café — één voor allen!",
                "de het een",
                "schoolangst schoolangst schoolangst",
                "",
                "Jeugd-GGZ, 1-op-1 begeleiding (12 uur) & meer"));
        offers.forEach(offer -> {
            texts.add(offer.name());
            texts.add(offer.description());
        });

        for (int pass = 0; pass < 2; pass++) {
            for (String text : texts) {
                assertThat(tokens(remembering, text)).as(text).isEqualTo(tokens(wordByWord, text));
            }
        }
    }

    private static Stream<Offer> offers(CatalogData data) {
        return data.offers().stream().map(CatalogData.OfferData::offer);
    }

    private static Vocabulary vocabulary(CatalogData data) {
        Map<Need, String> labels = new LinkedHashMap<>();
        Map<Need, List<String>> synonyms = new LinkedHashMap<>();
        data.needs().forEach(need -> {
            labels.put(need.code(), need.label());
            synonyms.put(need.code(), need.synonyms());
        });
        return new Vocabulary(labels, synonyms, Map.of(), Map.of(), Map.of(), data.synonyms());
    }

    /** Every token as term, position increment and offsets, then the position and offset at the end. */
    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(OfferDocuments.DESCRIPTION, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term + " +" + position.getPositionIncrement() + " " + offset.startOffset() + "-"
                        + offset.endOffset());
            }
            stream.end();
            tokens.add("end +" + position.getPositionIncrement() + " " + offset.endOffset());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return tokens;
    }
}
