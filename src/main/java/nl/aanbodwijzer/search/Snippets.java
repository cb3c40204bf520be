package nl.aanbodwijzer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.search.BestHits.Hit;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * The passage of each hit that shows why it matched: the sentence of the description with the most
 * of the query's words, those words in {@code <mark>}, or else the name, marked the same way. Where
 * each word stands comes from the offsets in the postings, so no text is analysed again; the text
 * itself comes from the offers in memory. Everything else is HTML-escaped.
 */
final class Snippets {
    private static final String MARK = "<mark>";
    private static final String END_MARK = "</mark>";

    private record Span(int start, int end, String word) {}

    private Snippets() {}

    /** Per offer id of the page, its snippet; {@code words} holds the query's terms on name and description. */
    static Map<String, String> of(IndexSearcher searcher, List<Hit> page, Query words, Function<String, Offer> offers)
            throws IOException {
        Set<Term> terms = new HashSet<>();
        words.visit(QueryVisitor.termCollector(terms));
        Map<Hit, List<Span>> descriptionSpans = spans(searcher, page, terms, OfferDocuments.DESCRIPTION);
        Map<Hit, List<Span>> nameSpans = spans(searcher, page, terms, OfferDocuments.NAME);
        Map<String, String> snippets = new LinkedHashMap<>();
        for (Hit hit : page) {
            Offer offer = offers.apply(hit.id());
            List<Span> inDescription = descriptionSpans.getOrDefault(hit, List.of());
            snippets.put(
                    hit.id(),
                    inDescription.isEmpty()
                            ? marked(offer.name(), 0, offer.name().length(), nameSpans.getOrDefault(hit, List.of()))
                            : bestSentence(
                                    OfferDocuments.highlightedText(offer, OfferDocuments.DESCRIPTION), inDescription));
        }
        return snippets;
    }

    /**
     * Where the terms of one field stand in each hit, in order of their start. Each term is looked up
     * once per segment, and its postings are read forward through that segment's hits.
     */
    private static Map<Hit, List<Span>> spans(IndexSearcher searcher, List<Hit> page, Set<Term> terms, String field)
            throws IOException {
        Map<Integer, List<Hit>> bySegment = new TreeMap<>();
        page.forEach(hit ->
                bySegment.computeIfAbsent(hit.segment(), s -> new ArrayList<>()).add(hit));
        bySegment.values().forEach(hits -> hits.sort(Comparator.comparingInt(Hit::doc)));
        Map<Hit, List<Span>> spans = new HashMap<>();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (Map.Entry<Integer, List<Hit>> segment : bySegment.entrySet()) {
            Terms indexed = leaves.get(segment.getKey()).reader().terms(field);
            if (indexed == null) {
                continue;
            }
            TermsEnum words = indexed.iterator();
            PostingsEnum postings = null;
            for (Term term : terms) {
                if (!term.field().equals(field) || !words.seekExact(term.bytes())) {
                    continue;
                }
                String word = term.text();
                postings = words.postings(postings, PostingsEnum.OFFSETS);
                for (Hit hit : segment.getValue()) {
                    if (postings.docID() < hit.doc() && postings.advance(hit.doc()) == PostingsEnum.NO_MORE_DOCS) {
                        break;
                    }
                    if (postings.docID() == hit.doc()) {
                        for (int i = 0; i < postings.freq(); i++) {
                            postings.nextPosition();
                            spans.computeIfAbsent(hit, h -> new ArrayList<>())
                                    .add(new Span(postings.startOffset(), postings.endOffset(), word));
                        }
                    }
                }
            }
        }
        spans.values().forEach(list -> list.sort(Comparator.comparingInt(Span::start)));
        return spans;
    }

    /** The sentence with the most different words found, then the most found, then the first. */
    private static String bestSentence(String text, List<Span> spans) {
        int bestStart = 0;
        int bestEnd = text.length();
        long bestScore = -1;
        int next = 0; // the spans are in order of their start
        for (int start = 0, end; start < text.length(); start = end) {
            end = sentenceEnd(text, start);
            Set<String> words = new HashSet<>();
            int found = 0;
            for (; next < spans.size() && spans.get(next).start() < end; next++) {
                if (spans.get(next).end() <= end) {
                    words.add(spans.get(next).word());
                    found++;
                }
            }
            long score = (long) words.size() << 32 | found;
            if (score > bestScore) {
                bestScore = score;
                bestStart = start;
                bestEnd = end;
            }
        }
        return marked(text, bestStart, bestEnd, spans).strip();
    }

    /** Where the sentence that starts at {@code start} ends: after a full stop, ! or ? and the spaces after it. */
    private static int sentenceEnd(String text, int start) {
        for (int i = start; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1))) {
                int end = i + 1;
                while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                return end;
            }
        }
        return text.length();
    }

    /** The text from {@code start} to {@code end}, escaped, with the spans inside it marked. */
    private static String marked(String text, int start, int end, List<Span> spans) {
        StringBuilder out = new StringBuilder(end - start + 32);
        int at = start;
        for (Span span : spans) {
            if (span.start() < at || span.end() > end) {
                continue;
            }
            escape(text, at, span.start(), out);
            out.append(MARK);
            escape(text, span.start(), span.end(), out);
            out.append(END_MARK);
            at = span.end();
        }
        escape(text, at, end, out);
        return out.toString();
    }

    private static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                case '/' -> out.append("&#x2F;");
                default -> out.append(c);
            }
        }
    }
}
