package nl.aanbodwijzer.search;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.catalog.taxonomy.OfferType;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Dutch writes compounds as one word ("symbioseklassen", "schoolangst"), so a search for one part must
 * find the whole. The parts come from the catalogue's own vocabulary (offer names, descriptions,
 * types, needs and their synonyms): every word, plus what is left of a long word when another
 * vocabulary word is cut from its start or end ("symbiose" from "symbioseklas" and "klas"). Lucene's
 * dictionary compound filter then adds the parts it finds in a word beside the word itself: in
 * documents always, in queries only for words the vocabulary does not hold whole, so that a search for
 * "schoolangst" is not also a search for "school".
 */
final class CompoundWords {
    /** The parts words are split into, and the vocabulary's whole words. */
    record Dictionary(CharArraySet parts, CharArraySet words) {}

    /** Words of this length or more are split; parts are at least {@link #MIN_PART} letters. */
    static final int MIN_WORD = 7;

    static final int MIN_PART = 4;
    /** A part cut free from a longer word must be this long, so that "leer" from "leerproblemen" is not one. */
    static final int MIN_DERIVED_PART = 5;

    static final int MAX_PART = 20;

    private CompoundWords() {}

    static Dictionary dictionary(Collection<Offer> offers, Vocabulary vocabulary) {
        Analyzer plain = DutchAnalysis.plain();
        Set<String> words = ConcurrentHashMap.newKeySet();
        offers.parallelStream().forEach(offer -> {
            add(words, plain, offer.name());
            add(words, plain, offer.description());
        });
        for (OfferType type : OfferType.values()) {
            add(words, plain, type.label());
        }
        vocabulary.needLabels().values().forEach(label -> add(words, plain, label));
        vocabulary.needSynonyms().values().forEach(synonyms -> synonyms.forEach(s -> add(words, plain, s)));
        vocabulary.synonymGroups().forEach(group -> group.forEach(term -> add(words, plain, term)));
        Set<String> parts = new TreeSet<>(words);
        for (String word : words) {
            // each cut of a long word once, looked up: linear in the vocabulary, not quadratic
            for (int cut = MIN_PART; word.length() >= MIN_WORD && cut <= word.length() - MIN_DERIVED_PART; cut++) {
                if (words.contains(word.substring(0, cut))) {
                    parts.add(word.substring(cut));
                }
            }
            for (int cut = MIN_DERIVED_PART; word.length() >= MIN_WORD && cut <= word.length() - MIN_PART; cut++) {
                if (words.contains(word.substring(cut))) {
                    parts.add(word.substring(0, cut));
                }
            }
        }
        List<String> usable = parts.stream()
                .filter(part -> part.length() >= MIN_PART && part.length() <= MAX_PART)
                .filter(part -> !DutchAnalysis.isStopWord(part))
                .collect(Collectors.toList());
        return new Dictionary(new CharArraySet(usable, false), new CharArraySet(words, false));
    }

    /** Adds the parts found in each long word beside the word. */
    static TokenStream split(TokenStream stream, Dictionary dictionary) {
        return decompose(stream, dictionary);
    }

    /** Adds the parts found in each long word the vocabulary does not hold whole. */
    static TokenStream splitUnknown(TokenStream stream, Dictionary dictionary) {
        return new ConditionalTokenFilter(stream, in -> decompose(in, dictionary)) {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

            @Override
            protected boolean shouldFilter() {
                return !dictionary.words().contains(term.buffer(), 0, term.length());
            }
        };
    }

    private static TokenStream decompose(TokenStream stream, Dictionary dictionary) {
        return new DictionaryCompoundWordTokenFilter(stream, dictionary.parts(), MIN_WORD, MIN_PART, MAX_PART, false);
    }

    private static void add(Set<String> words, Analyzer plain, String text) {
        if (text != null) {
            DutchAnalysis.tokens(plain, text).stream()
                    .filter(word -> word.chars().allMatch(Character::isLetter))
                    .forEach(words::add);
        }
    }
}
