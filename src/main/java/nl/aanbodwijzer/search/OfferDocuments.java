package nl.aanbodwijzer.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.aanbodwijzer.capacity.Availability;
import nl.aanbodwijzer.catalog.Offer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** The one place that knows the index's field names and how an offer becomes a document. */
final class OfferDocuments {
    static final String ID = "id";
    static final String STATUS = "status";
    static final String MUNICIPALITY = "municipality";
    /** The levels an offer admits; {@link #EVERY_LEVEL} when it names none. */
    static final String LEVEL = "level";

    static final String EVERY_LEVEL = "*";
    static final String MIN_AGE = "min_age";
    static final String MAX_AGE = "max_age";
    static final String WAIT = "wait";
    static final String VERIFIED_DAY = "verified_day";
    static final String NAME_SORT = "name_sort";
    static final String WAIT_SORT = "wait_sort";

    /** The facet dimensions; each is a keyword field with doc values under the same name. */
    static final String TYPE = "type";

    static final String NEED = "need";
    static final String SUBREGION = "subregion";
    static final String SECTOR = "sector";
    static final String FUNDING = "funding";
    static final String AVAILABILITY = "availability";
    static final List<String> FACETS = List.of(TYPE, NEED, SUBREGION, SECTOR, FUNDING, AVAILABILITY);

    /** Text fields and their weight: names and types weigh more than descriptions. */
    static final Map<String, Float> TEXT_FIELDS = textFields();

    static final String NAME = "name";
    static final String DESCRIPTION = "description";

    private static final Analyzer PLAIN = DutchAnalysis.plain();

    /**
     * The text fields that snippets come from; their offsets are indexed, so that the highlighter
     * reads them from the postings instead of analysing each hit's text again. Their text is not
     * stored: the highlighter takes it from the offers in memory ({@link #highlightedText}).
     */
    private static final FieldType HIGHLIGHTED = highlighted();

    /** Stands for "no bound" in the age and wait points, so that unknown facts keep an offer in. */
    static final int NO_UPPER_BOUND = Integer.MAX_VALUE;

    private OfferDocuments() {}

    private static Map<String, Float> textFields() {
        Map<String, Float> fields = new LinkedHashMap<>();
        fields.put(NAME, 4f);
        fields.put("type_text", 3f);
        fields.put("needs_text", 2.5f);
        fields.put("provider_text", 2f);
        fields.put("place_text", 1.5f);
        fields.put(DESCRIPTION, 1f);
        return Map.copyOf(fields);
    }

    /**
     * The other text fields: no query reads positions (there are no phrase queries; words are scored
     * by their frequency alone), so they are not indexed, which makes the index smaller and its build
     * faster.
     */
    private static final FieldType WORDS = words();

    private static FieldType words() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    private static FieldType highlighted() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /** The text of a highlighted field as it was indexed. */
    static String highlightedText(Offer offer, String field) {
        return field.equals(NAME) ? offer.name() : Objects.toString(offer.description(), "");
    }

    static String plain(String field) {
        return field + "_plain";
    }

    static Document toDocument(Offer offer, Vocabulary vocabulary) {
        Document doc = new Document();
        doc.add(new StringField(ID, offer.id(), Field.Store.NO));
        doc.add(new SortedDocValuesField(ID, new BytesRef(offer.id())));
        doc.add(new StringField(STATUS, offer.status().name(), Field.Store.NO));
        text(doc, NAME, offer.name(), true);
        text(doc, DESCRIPTION, highlightedText(offer, DESCRIPTION), true);
        text(doc, "type_text", offer.type().label() + " " + offer.type().name().toLowerCase(), false);
        text(doc, "needs_text", needWords(offer, vocabulary), false);
        text(doc, "provider_text", withWordsApart(offer.providers().stream().map(p -> p.name())), false);
        text(doc, "place_text", withWordsApart(places(offer, vocabulary).stream()), false);
        doc.add(new SortedDocValuesField(
                NAME_SORT, new BytesRef(String.join(" ", DutchAnalysis.tokens(PLAIN, offer.name())))));

        keyword(doc, TYPE, List.of(offer.type().name()));
        keyword(doc, NEED, offer.needs().stream().map(Enum::name).toList());
        keyword(doc, SECTOR, offer.sectors().stream().map(Enum::name).toList());
        keyword(
                doc,
                FUNDING,
                offer.funding().stream().map(f -> f.source().name()).distinct().toList());
        keyword(doc, AVAILABILITY, List.of(Availability.of(offer.capacity()).name()));
        keyword(doc, SUBREGION, subregions(offer, vocabulary));
        offer.municipalities().forEach(code -> doc.add(new StringField(MUNICIPALITY, code, Field.Store.NO)));
        (offer.levels().isEmpty()
                        ? List.of(EVERY_LEVEL)
                        : offer.levels().stream().map(Enum::name).toList())
                .forEach(level -> doc.add(new StringField(LEVEL, level, Field.Store.NO)));

        doc.add(new IntPoint(MIN_AGE, offer.minAge() == null ? 0 : offer.minAge()));
        doc.add(new IntPoint(MAX_AGE, offer.maxAge() == null ? NO_UPPER_BOUND : offer.maxAge()));
        Integer wait = Availability.waitWeeks(offer.capacity());
        doc.add(new IntPoint(WAIT, wait == null ? NO_UPPER_BOUND : wait));
        doc.add(new NumericDocValuesField(WAIT_SORT, wait == null ? NO_UPPER_BOUND : wait));
        doc.add(new LongPoint(
                VERIFIED_DAY,
                offer.lastVerifiedAt() == null
                        ? Long.MIN_VALUE
                        : offer.lastVerifiedAt().toEpochDay()));
        return doc;
    }

    private static void text(Document doc, String field, String value, boolean highlighted) {
        doc.add(new Field(field, value, highlighted ? HIGHLIGHTED : WORDS));
        doc.add(new Field(plain(field), value, WORDS));
    }

    private static void keyword(Document doc, String field, List<String> values) {
        for (String value : values) {
            doc.add(new StringField(field, value, Field.Store.NO));
            doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
        }
    }

    private static String needWords(Offer offer, Vocabulary vocabulary) {
        List<String> words = new ArrayList<>();
        for (var need : offer.needs()) {
            words.add(vocabulary.needLabels().getOrDefault(need, need.name()));
            words.addAll(vocabulary.needSynonyms().getOrDefault(need, List.of()));
        }
        return String.join(" ", words);
    }

    private static List<String> places(Offer offer, Vocabulary vocabulary) {
        List<String> names = new ArrayList<>();
        for (Offer.Location location : offer.locations()) {
            names.add(Objects.toString(location.name(), ""));
            names.add(Objects.toString(location.street(), ""));
            names.add(Objects.toString(location.city(), ""));
            names.add(vocabulary.municipalityNames().getOrDefault(location.municipalityCode(), ""));
        }
        return names;
    }

    /** Names as written and with their punctuation as spaces, so that "at zorg" finds "at.zorg". */
    private static String withWordsApart(Stream<String> names) {
        return names.map(name -> name + " " + name.replaceAll("[^\\p{L}\\p{N}]+", " "))
                .collect(Collectors.joining(" "));
    }

    private static List<String> subregions(Offer offer, Vocabulary vocabulary) {
        Set<String> subregions = new LinkedHashSet<>();
        offer.municipalities()
                .forEach(code -> subregions.addAll(vocabulary.subregionsOf().getOrDefault(code, List.of())));
        return List.copyOf(subregions);
    }
}
