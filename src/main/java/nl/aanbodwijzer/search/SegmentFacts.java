package nl.aanbodwijzer.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * What a search reads of one index segment, held in memory once per segment: per facet value the
 * documents that have it (so that counting is intersecting bit sets), and per document its offer id,
 * its name as sorted, its place in the segment's name order and its expected wait.
 */
final class SegmentFacts {
    private final String[] ids;
    private final String[] names;
    /** Per document its place in the order by name, then id, within this segment. */
    private final int[] nameRank;
    /** The documents in that order. */
    private final int[] byName;

    private final int[] waits;
    private final Map<String, Map<String, FixedBitSet>> facets;

    private SegmentFacts(
            String[] ids, String[] names, int[] byName, int[] waits, Map<String, Map<String, FixedBitSet>> facets) {
        this.ids = ids;
        this.names = names;
        this.byName = byName;
        this.waits = waits;
        this.facets = facets;
        this.nameRank = new int[byName.length];
        for (int rank = 0; rank < byName.length; rank++) {
            nameRank[byName[rank]] = rank;
        }
    }

    static SegmentFacts of(LeafReader reader) throws IOException {
        int maxDoc = reader.maxDoc();
        int[] idOrds = new int[maxDoc];
        int[] nameOrds = new int[maxDoc];
        String[] ids = perDocument(DocValues.getSorted(reader, OfferDocuments.ID), idOrds);
        String[] names = perDocument(DocValues.getSorted(reader, OfferDocuments.NAME_SORT), nameOrds);
        // ordinals follow the byte order of the values, so sorting by them sorts by name, then id
        int[] byName = IntStream.range(0, maxDoc)
                .boxed()
                .sorted(Comparator.comparingInt((Integer doc) -> nameOrds[doc]).thenComparingInt(doc -> idOrds[doc]))
                .mapToInt(Integer::intValue)
                .toArray();
        int[] waits = new int[maxDoc];
        NumericDocValues wait = DocValues.getNumeric(reader, OfferDocuments.WAIT_SORT);
        for (int doc = wait.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = wait.nextDoc()) {
            waits[doc] = (int) wait.longValue();
        }
        Map<String, Map<String, FixedBitSet>> facets = new LinkedHashMap<>();
        for (String dimension : OfferDocuments.FACETS) {
            facets.put(dimension, valueDocs(reader, dimension));
        }
        return new SegmentFacts(ids, names, byName, waits, facets);
    }

    String id(int doc) {
        return ids[doc];
    }

    int waitWeeks(int doc) {
        return waits[doc];
    }

    /** The documents in order of name, then id. */
    int[] byName() {
        return byName;
    }

    /** Per value of the dimension, the documents that have it (deleted ones too). */
    Map<String, FixedBitSet> facet(String dimension) {
        return facets.get(dimension);
    }

    /** Orders two documents of this segment by name, then id. */
    int compareByName(int doc, int other) {
        return Integer.compare(nameRank[doc], nameRank[other]);
    }

    /** Orders a document of this segment and one of another by name, then id. */
    int compareByName(int doc, SegmentFacts segment, int other) {
        int byName = compareNames(names[doc], segment.names[other]);
        return byName != 0 ? byName : compareNames(ids[doc], segment.ids[other]);
    }

    /**
     * The order of the index's sorted values, the unsigned bytes of UTF-8, which is the order of code
     * points (not quite that of {@link String#compareTo}, which compares UTF-16 units).
     */
    private static int compareNames(String name, String other) {
        int i = 0;
        int j = 0;
        while (i < name.length() && j < other.length()) {
            int a = name.codePointAt(i);
            int b = other.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Boolean.compare(i < name.length(), j < other.length());
    }

    /** Each document's value and ordinal, every distinct value read once. */
    private static String[] perDocument(SortedDocValues values, int[] ords) throws IOException {
        String[] byOrd = new String[values.getValueCount()];
        TermsEnum terms = values.termsEnum();
        for (int ord = 0; terms.next() != null; ord++) {
            byOrd[ord] = terms.term().utf8ToString();
        }
        String[] byDoc = new String[ords.length];
        Arrays.fill(byDoc, "");
        Arrays.fill(ords, -1);
        for (int doc = values.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
            ords[doc] = values.ordValue();
            byDoc[doc] = byOrd[ords[doc]];
        }
        return byDoc;
    }

    private static Map<String, FixedBitSet> valueDocs(LeafReader reader, String field) throws IOException {
        Map<String, FixedBitSet> docs = new LinkedHashMap<>();
        Terms terms = reader.terms(field);
        if (terms == null) {
            return docs;
        }
        TermsEnum values = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef value = values.next(); value != null; value = values.next()) {
            FixedBitSet bits = new FixedBitSet(reader.maxDoc());
            postings = values.postings(postings, PostingsEnum.NONE);
            bits.or(postings);
            docs.put(value.utf8ToString(), bits);
        }
        return docs;
    }
}
