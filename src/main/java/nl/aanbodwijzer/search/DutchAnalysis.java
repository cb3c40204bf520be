package nl.aanbodwijzer.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * How Dutch care language is analysed. Text fields are indexed twice: stemmed (angstig and angst meet,
 * accents folded) and plain (lower case, accents folded) for typo tolerance and completion. Queries
 * add the curated synonyms before stemming.
 */
final class DutchAnalysis {
    private static final CharArraySet STOP_WORDS = DutchAnalyzer.getDefaultStopSet();
    private static final StemmerOverrideMap STEM_OVERRIDES = loadStemOverrides();

    private DutchAnalysis() {}

    /**
     * Analyzer for documents: stemmed fields (with compounds split by {@code compounds}) by default,
     * plain analysis for the *_plain fields.
     */
    static Analyzer forIndex(CompoundWords.Dictionary compounds) {
        Map<String, Analyzer> plainFields = new java.util.HashMap<>();
        Analyzer plain = plain();
        for (String field : OfferDocuments.TEXT_FIELDS.keySet()) {
            plainFields.put(OfferDocuments.plain(field), plain);
        }
        return new PerFieldAnalyzerWrapper(
                stemmed(null, stream -> CompoundWords.split(stream, compounds)), plainFields);
    }

    /** Analyzer for query text on the stemmed fields, with the synonyms and compounds split. */
    static Analyzer forQuery(SynonymMap synonyms, CompoundWords.Dictionary compounds) {
        return stemmed(synonyms, stream -> CompoundWords.splitUnknown(stream, compounds));
    }

    static boolean isStopWord(String word) {
        return STOP_WORDS.contains(word);
    }

    /** Lower case, accents folded, nothing else. */
    static Analyzer plain() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer)));
            }
        };
    }

    private static Analyzer stemmed(SynonymMap synonyms, UnaryOperator<TokenStream> compounds) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
                if (synonyms != null) {
                    stream = new SynonymGraphFilter(stream, synonyms, true);
                }
                stream = compounds.apply(stream);
                stream = new StopFilter(stream, STOP_WORDS);
                stream = new StemmerOverrideFilter(stream, STEM_OVERRIDES);
                return new TokenStreamComponents(tokenizer, new SnowballFilter(stream, new DutchStemmer()));
            }
        };
    }

    /** Equivalence groups (each term may be several words) as a synonym map over folded words. */
    static SynonymMap synonyms(List<List<String>> groups) {
        try {
            SynonymMap.Builder builder = new SynonymMap.Builder(true);
            Analyzer plain = plain();
            for (List<String> group : groups) {
                List<CharsRef> terms = new ArrayList<>();
                for (String term : group) {
                    List<String> words = tokens(plain, term);
                    if (!words.isEmpty()) {
                        terms.add(SynonymMap.Builder.join(words.toArray(String[]::new), new CharsRefBuilder()));
                    }
                }
                for (CharsRef from : terms) {
                    for (CharsRef to : terms) {
                        if (!from.equals(to)) {
                            builder.add(from, to, true);
                        }
                    }
                }
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The distinct tokens of a text, in order. */
    static List<String> tokens(Analyzer analyzer, String text) {
        Set<String> tokens = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(tokens);
    }

    private static StemmerOverrideMap loadStemOverrides() {
        try (InputStream in = DutchAnalysis.class.getResourceAsStream("/search/stem-overrides.txt")) {
            StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.strip().split("\t");
                    builder.add(parts[0], parts[1]);
                }
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
