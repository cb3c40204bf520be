package nl.aanbodwijzer.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
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
     * plain analysis for the *_plain fields. Each distinct word is stemmed and split once.
     */
    static Analyzer forIndex(CompoundWords.Dictionary compounds) {
        Map<String, Analyzer> plainFields = new java.util.HashMap<>();
        Analyzer plain = plain();
        for (String field : OfferDocuments.TEXT_FIELDS.keySet()) {
            plainFields.put(OfferDocuments.plain(field), plain);
        }
        AnalysedWords words = new AnalysedWords(new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer word = new KeywordTokenizer();
                return new TokenStreamComponents(
                        word, wordFilters(word, stream -> CompoundWords.split(stream, compounds)));
            }
        });
        Analyzer stemmed = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, words.filter(folded(tokenizer)));
            }
        };
        return new PerFieldAnalyzerWrapper(stemmed, plainFields);
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
                return new TokenStreamComponents(tokenizer, folded(tokenizer));
            }
        };
    }

    private static TokenStream folded(Tokenizer tokenizer) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
    }

    /** What happens to each folded word: compounds split, stop words dropped, stems. */
    private static TokenStream wordFilters(TokenStream stream, UnaryOperator<TokenStream> compounds) {
        TokenStream words = compounds.apply(stream);
        words = new StopFilter(words, STOP_WORDS);
        words = new StemmerOverrideFilter(words, STEM_OVERRIDES);
        return new SnowballFilter(words, new DutchStemmer());
    }

    /** Folding, then the synonyms (if any), then compounds split by {@code compounds}, stop words dropped, stems. */
    static Analyzer stemmed(SynonymMap synonyms, UnaryOperator<TokenStream> compounds) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = folded(tokenizer);
                if (synonyms != null) {
                    stream = new SynonymGraphFilter(stream, synonyms, true);
                }
                return new TokenStreamComponents(tokenizer, wordFilters(stream, compounds));
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
        return List.copyOf(new LinkedHashSet<>(terms(analyzer, text)));
    }

    /** Every token of a text, in order, repeats included. */
    static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
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
