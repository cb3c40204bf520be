package nl.aanbodwijzer.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The analysis of single words (compounds split, stop words dropped, stems), remembered: a catalogue
 * repeats a small vocabulary, and stemming and splitting every occurrence again was most of the cost
 * of building the index. What one word becomes does not depend on its neighbours, so a word's
 * result can stand in for running the filters on it.
 */
final class AnalysedWords {
    /** Beyond this many distinct words the rest is analysed each time, so that memory stays bounded. */
    private static final int MAX_REMEMBERED = 500_000;

    private final Analyzer perWord;
    private final Map<String, String[]> remembered = new ConcurrentHashMap<>();

    /** {@code perWord} analyses one word given whole, as a single token. */
    AnalysedWords(Analyzer perWord) {
        this.perWord = perWord;
    }

    /** Replaces each word of {@code words} by what it becomes, as the filters would. */
    TokenStream filter(TokenStream words) {
        return new Filter(words);
    }

    /** The terms a word becomes: the first at the word's position, the others at the same position. */
    private String[] of(String word) {
        String[] terms = remembered.get(word);
        if (terms == null) {
            terms = DutchAnalysis.terms(perWord, word).toArray(String[]::new);
            if (remembered.size() < MAX_REMEMBERED) {
                remembered.put(word, terms);
            }
        }
        return terms;
    }

    /**
     * Emits the remembered terms of each word with the word's offsets. A word that becomes nothing (a
     * stop word) leaves its position to the next word, as a stop filter does.
     */
    private final class Filter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
        private String[] current = new String[0];
        private int next;
        private int skippedPositions;

        private Filter(TokenStream words) {
            super(words);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (next < current.length) {
                term.setEmpty().append(current[next++]);
                position.setPositionIncrement(0);
                return true;
            }
            while (input.incrementToken()) {
                String[] terms = of(term.toString());
                if (terms.length == 0) {
                    skippedPositions += position.getPositionIncrement();
                    continue;
                }
                position.setPositionIncrement(position.getPositionIncrement() + skippedPositions);
                skippedPositions = 0;
                current = terms;
                next = 1;
                term.setEmpty().append(terms[0]);
                return true;
            }
            return false;
        }

        @Override
        public void end() throws IOException {
            super.end();
            position.setPositionIncrement(position.getPositionIncrement() + skippedPositions);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            current = new String[0];
            next = 0;
            skippedPositions = 0;
        }
    }
}
