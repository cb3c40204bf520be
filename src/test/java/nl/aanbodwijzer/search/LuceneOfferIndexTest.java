package nl.aanbodwijzer.search;

import static nl.aanbodwijzer.catalog.OfferFixture.anOffer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.aanbodwijzer.capacity.Staleness;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.OfferStatus;
import nl.aanbodwijzer.catalog.taxonomy.OfferType;
import nl.aanbodwijzer.catalog.taxonomy.ProviderRole;
import nl.aanbodwijzer.catalog.taxonomy.Sector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The index on a fixed corpus in memory: exact hits and order, no database. */
class LuceneOfferIndexTest {
    private static final Clock TODAY =
            Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));
    private static final Vocabulary VOCABULARY = new Vocabulary(
            Map.of(
                    Need.ASS, "Autismespectrumstoornis",
                    Need.ANGST_SCHOOLWEIGERING, "Angst en schoolweigering",
                    Need.HOOGBEGAAFDHEID, "Hoogbegaafdheid",
                    Need.PSYCHIATRIE, "Psychiatrische problematiek",
                    Need.LANGDURIG_VERZUIM, "Langdurig verzuim"),
            Map.of(
                    Need.ASS, List.of("ass", "autisme", "autistisch"),
                    Need.ANGST_SCHOOLWEIGERING, List.of("angst", "schoolangst"),
                    Need.HOOGBEGAAFDHEID, List.of("hoogbegaafd", "hb"),
                    Need.PSYCHIATRIE, List.of("psychiatrie", "jeugd-ggz"),
                    Need.LANGDURIG_VERZUIM, List.of("verzuim", "thuiszitter")),
            Map.of("GM0202", "Arnhem", "GM0299", "Zevenaar"),
            Map.of("GM0202", List.of("arnhem-zuid"), "GM0299", List.of("liemers")),
            Map.of("arnhem-zuid", "Arnhem-Zuid", "liemers", "Liemers"),
            List.of(List.of("ggz", "geestelijke gezondheidszorg"), List.of("thuiszitter", "verzuim")));

    private LuceneOfferIndex index;

    @BeforeEach
    void buildIndex() {
        index = new LuceneOfferIndex(new Staleness(Duration.ofDays(30), TODAY), 0);
        index.replaceAll(
                List.of(
                        anOffer("autismeklas")
                                .named("Autismeklas De Brug")
                                .forNeeds(Need.ASS)
                                .describedAs("Kleine klas met vaste begeleiders.")
                                .serving("GM0299")
                                .build(),
                        anOffer("angstgroep")
                                .named("Groep Moed")
                                .forNeeds(Need.ANGST_SCHOOLWEIGERING)
                                .describedAs("Voor leerlingen die niet naar school durven.")
                                .build(),
                        anOffer("hb-klas")
                                .named("Plusklas")
                                .forNeeds(Need.HOOGBEGAAFDHEID)
                                .withPlaces(10, 4, null)
                                .build(),
                        anOffer("grip")
                                .named("GRIP")
                                .ofType(OfferType.ONDERWIJSZORGARRANGEMENT)
                                .providedBy("mariendael", "VSO Mariëndael", ProviderRole.EDUCATION)
                                .forNeeds(Need.PSYCHIATRIE, Need.LANGDURIG_VERZUIM)
                                .withPlaces(8, 8, 6)
                                .describedAs("Onderwijs en behandeling door de specialistische jeugd-ggz.")
                                .build(),
                        anOffer("autisme-in-tekst")
                                .named("Rustige werkplek")
                                .describedAs("Ook geschikt bij autisme en angst.")
                                .build(),
                        anOffer("opdc")
                                .named("OPDC")
                                .withStatus(OfferStatus.PLANNED)
                                .build(),
                        anOffer("oud")
                                .named("Oude autismeklas")
                                .forNeeds(Need.ASS)
                                .withStatus(OfferStatus.CLOSED)
                                .build(),
                        anOffer("po-klas")
                                .named("Basisschoolklas")
                                .forSectors(Sector.PO)
                                .forAges(6, 12)
                                .verifiedOn(LocalDate.of(2026, 11, 20))
                                .build()),
                VOCABULARY);
    }

    @AfterEach
    void close() {
        index.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "angstig | angstgroep, autisme-in-tekst",
                "autistische | autismeklas, autisme-in-tekst",
                "ASS | autismeklas",
                "Mariëndael | grip",
                "mariendael | grip",
                "GGZ | grip",
                "geestelijke gezondheidszorg | grip",
                "thuiszitter | grip",
                "HB | hb-klas",
                "hoogbegafd | hb-klas",
                "autismeklas | autismeklas",
            })
    void shouldFindTheRightOffersInTheRightOrder(String text, String expected) {
        assertThat(search(text)).containsExactly(expected.split(",\\s*"));
    }

    @Test
    void shouldWeighNamesAboveDescriptions() {
        assertThat(search("autisme"))
                .startsWith("autismeklas")
                .contains("autisme-in-tekst")
                .doesNotContain("oud");
    }

    @Test
    void shouldLeaveClosedOffersOutUnlessAskedFor() {
        assertThat(index.search(request(null, OfferStatus.CLOSED)).ids()).containsExactly("oud");
        assertThat(index.search(request(null, null)).total()).isEqualTo(7);
    }

    @Test
    void shouldCountEachFacetWithoutItsOwnFilter() {
        SearchRequest needAss = request(null, null, Need.ASS, null, false, null, null, SearchRequest.Sort.NAME);

        SearchResult result = index.search(needAss);

        assertThat(result.ids()).containsExactly("autismeklas");
        assertThat(result.facets().get("need")).containsEntry("ASS", 1L).containsEntry("PSYCHIATRIE", 1L);
        assertThat(result.facets().get("subregion")).containsExactly(Map.entry("liemers", 1L));
        assertThat(result.facets().get("availability")).containsExactly(Map.entry("UNKNOWN", 1L));
    }

    @Test
    void shouldFilterOnPlacesWaitsAgesAndStaleness() {
        assertThat(index.search(with(true, null, null, null)).ids()).containsExactly("hb-klas");
        assertThat(index.search(with(false, 6, null, null)).ids()).containsExactly("grip", "hb-klas");
        assertThat(index.search(with(false, null, 14, null)).ids())
                .doesNotContain("po-klas")
                .contains("grip");
        assertThat(index.search(with(false, null, null, false)).ids()).containsExactly("po-klas");
    }

    @Test
    void shouldCompleteAPrefixWithOfferNames() {
        assertThat(index.suggest("autis", 5))
                .extracting(OfferIndex.Suggestion::offerId)
                .containsExactly("autismeklas");
        assertThat(index.suggest("plus", 5))
                .extracting(OfferIndex.Suggestion::text)
                .containsExactly("Plusklas");
    }

    @Test
    void shouldTurnAnyTextIntoWordsWithoutFailing() {
        for (String text : List.of("((((", "*:*", "\"", "\\", "🙂", "\u0000", "a".repeat(10_000), "x ".repeat(5_000))) {
            assertThat(index.search(request(text, null)).total())
                    .as(text.substring(0, Math.min(10, text.length())))
                    .isBetween(0L, 7L);
        }
    }

    @Test
    void shouldOrderEqualScoresByNameThenIdOnEveryPageAndAcrossSegments() {
        List<Offer> twins = List.of(twin("klas-c", "Klas"), twin("klas-a", "Klas"), twin("klas-b", "Klas"));
        index.replaceAll(twins, VOCABULARY);
        index.update(List.of(twin("klas-a", "Klas")));

        assertThat(index.search(page("rustige klas", 1, 2)).ids()).containsExactly("klas-a", "klas-b");
        assertThat(index.search(page("rustige klas", 2, 2)).ids()).containsExactly("klas-c");
        assertThat(index.search(page("rustige klas", 1, 2)).total()).isEqualTo(3);
        assertThat(index.search(request(null, null)).ids()).containsExactly("klas-a", "klas-b", "klas-c");
    }

    @Test
    void shouldMarkTheBestSentenceOfTheDescriptionEscapedOrElseTheName() {
        index.replaceAll(
                List.of(
                        anOffer("escaped")
                                .named("Rustige plek")
                                .describedAs("Eerste zin zonder treffer. Tweede zin over <autisme> & rust.")
                                .build(),
                        anOffer("by-name")
                                .named("Autismeklas")
                                .describedAs("Kleine klas.")
                                .build()),
                VOCABULARY);

        assertThat(index.search(request("autisme", null)).snippets())
                .containsEntry("escaped", "Tweede zin over &lt;<mark>autisme</mark>&gt; &amp; rust.");
        assertThat(index.search(request("autismeklas", null)).snippets())
                .containsEntry("by-name", "<mark>Autismeklas</mark>");
    }

    private static SearchRequest page(String text, int page, int size) {
        return new SearchRequest(
                text,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                SearchRequest.Sort.RELEVANCE,
                page,
                size);
    }

    private static Offer twin(String id, String name) {
        return anOffer(id)
                .named(name)
                .describedAs("Rustige klas met vaste mentor.")
                .build();
    }

    private List<String> search(String text) {
        return index.search(request(text, null)).ids();
    }

    private static SearchRequest request(String text, OfferStatus status) {
        return request(text, status, null, null, false, null, null, SearchRequest.Sort.RELEVANCE);
    }

    private static SearchRequest with(boolean available, Integer maxWait, Integer age, Boolean stale) {
        return request(null, null, null, age, available, maxWait, stale, SearchRequest.Sort.NAME);
    }

    /** A request with these set, the first page of ten; what is null is "any". */
    private static SearchRequest request(
            String text,
            OfferStatus status,
            Need need,
            Integer age,
            boolean available,
            Integer maxWait,
            Boolean stale,
            SearchRequest.Sort sort) {
        return new SearchRequest(
                text, null, status, need, null, null, age, null, null, null, available, maxWait, stale, sort, 1, 10);
    }
}
