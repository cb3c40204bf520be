package nl.aanbodwijzer.search;

import static nl.aanbodwijzer.system.HttpProblems.fields;
import static nl.aanbodwijzer.system.HttpProblems.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.uri.UriBuilder;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import nl.aanbodwijzer.api.model.Offer;
import nl.aanbodwijzer.api.model.OfferPage;
import nl.aanbodwijzer.api.model.OfferStatus;
import nl.aanbodwijzer.api.model.Suggestion;
import nl.aanbodwijzer.system.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SearchControllerTest extends ApiTest {
    private static final int SEED_OFFERS = 46;

    @Inject
    SearchClient searchApi;

    @Test
    void shouldListTheSeedOffersByNameWithoutLogin() {
        OfferPage page = search("size=100");

        assertThat(page.getTotal()).isEqualTo(SEED_OFFERS);
        assertThat(ids(page))
                .hasSize(SEED_OFFERS)
                .contains(
                        "grip",
                        "leercentrum-playing-for-success",
                        "symbioseklassen",
                        "verzuimcoaches",
                        "onderwijs-hoogbegaafden",
                        "opdc",
                        "trajectvoorziening-20tz00");
        assertThat(page.getItems())
                .extracting(offer -> offer.getName().toLowerCase())
                .isSorted();
    }

    @ParameterizedTest(name = "page {0}")
    @ValueSource(strings = {"3", "1000000000", "2147483647"})
    void shouldAnswerAPageBeyondTheCatalogueEmptyWithTheTotal(String page) {
        OfferPage answer = search("size=100&page=" + page);

        assertThat(answer.getItems()).isEmpty();
        assertThat(answer.getTotal()).isEqualTo(SEED_OFFERS);
        assertThat(search("q=school&size=100&page=" + page).getItems()).isEmpty();
    }

    @Test
    void shouldIncludeGripForAVoPupilInArnhemAndShowTheOpdcAsPlanned() {
        assertThat(ids(search("municipality=GM0202&sector=VO&size=100")))
                .contains("grip")
                .hasSize(SEED_OFFERS);
        OfferPage planned = search("status=PLANNED");
        assertThat(ids(planned)).containsExactly("opdc");
        assertThat(planned.getItems().get(0).getStatus()).isEqualTo(OfferStatus.PLANNED);
    }

    @Test
    void shouldCombineFilters() {
        assertThat(search("sector=PO").getTotal()).isZero();
        assertThat(search("municipality=GM0363").getTotal()).isZero();
        assertThat(search("type=TRAJECTVOORZIENING&size=100").getTotal()).isEqualTo(40);
        assertThat(ids(search("need=HOOGBEGAAFDHEID"))).containsExactly("onderwijs-hoogbegaafden");
        assertThat(ids(search("age=14&type=ONDERWIJSZORGARRANGEMENT&need=PSYCHIATRIE&status=ACTIVE")))
                .containsExactly("grip");
        assertThat(ids(search("q=trajectvoorziening&municipality=GM0299&subregion=liemers&size=100")))
                .allMatch(id -> id.startsWith("trajectvoorziening-"));
    }

    @Test
    void shouldPageThroughTheCatalogueWithoutGapsOrRepeats() {
        List<String> all = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            OfferPage found = search("size=20&page=" + page);
            assertThat(found.getPage()).isEqualTo(page);
            all.addAll(ids(found));
        }
        assertThat(all).doesNotHaveDuplicates().hasSize(SEED_OFFERS);
    }

    @ParameterizedTest(name = "q={0} finds {1} first")
    @MethodSource("firstHits")
    void shouldUnderstandDutchCareLanguage(String q, String expectedFirst) {
        OfferPage page = search(uri("q", q));

        assertThat(ids(page)).as("q=%s", q).first().isEqualTo(expectedFirst);
    }

    static List<org.junit.jupiter.params.provider.Arguments> firstHits() {
        return List.of(
                org.junit.jupiter.params.provider.Arguments.of("hoogbegaafd", "onderwijs-hoogbegaafden"),
                org.junit.jupiter.params.provider.Arguments.of("mariendael", "grip"),
                org.junit.jupiter.params.provider.Arguments.of("Mariëndael", "grip"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "hoogbegaafdheid thuiszitter", "onderwijs-hoogbegaafden"),
                org.junit.jupiter.params.provider.Arguments.of("HB", "onderwijs-hoogbegaafden"),
                org.junit.jupiter.params.provider.Arguments.of("ggz behandeling en school", "grip"),
                org.junit.jupiter.params.provider.Arguments.of("geestelijke gezondheidszorg", "grip"),
                org.junit.jupiter.params.provider.Arguments.of("hoogbegafd", "onderwijs-hoogbegaafden"));
    }

    @Test
    void shouldHighlightWhatMatchedWithEscapedText() {
        Offer first = search("q=hoogbegaafd").getItems().get(0);

        assertThat(first.getSnippet()).contains("<mark>hoogbegaafde</mark>");
        assertThat(search("size=1").getItems().get(0).getSnippet()).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "((((",
                "*:*",
                "\"",
                "\\",
                "name:grip OR 1=1",
                "🙂 autisme 🙂",
                "tab\there",
                "a\u0000b",
                "AND OR NOT",
                "~~~",
                "grip^100",
                "hoogb*",
                "?",
                "[a TO z]"
            })
    void shouldAnswerAnyTextWithoutAServerError(String q) {
        OfferPage page = search(uri("q", q));

        assertThat(page.getTotal()).isBetween(0L, (long) SEED_OFFERS);
    }

    @Test
    void shouldRefuseTextThatIsTooLongAsAProblem() {
        String longText = "autisme ".repeat(1250);

        assertThat(fields(problem(raw(), HttpRequest.GET(uri("q", longText)), HttpStatus.BAD_REQUEST)))
                .contains("q");
    }

    @Test
    void shouldCountFacetsOverEveryFilterButTheirOwn() {
        OfferPage page = search("type=TRAJECTVOORZIENING&sector=VO");

        assertThat(count(page.getFacets().getType(), "TRAJECTVOORZIENING")).isEqualTo(40);
        assertThat(count(page.getFacets().getType(), "ONDERWIJSZORGARRANGEMENT"))
                .as("the type facet ignores the type filter")
                .isEqualTo(1);
        assertThat(count(page.getFacets().getSector(), "VO")).isEqualTo(40);
        assertThat(count(page.getFacets().getAvailability(), "UNKNOWN")).isEqualTo(40);
    }

    @Test
    void shouldSuggestCompletionsForASearchBox() {
        assertThat(suggest("hoogb")).first().isEqualTo("onderwijs-hoogbegaafden");
        assertThat(suggest("playing fo")).contains("leercentrum-playing-for-success");
        assertThat(suggest("((((")).isEmpty();
    }

    @Test
    void shouldRefuseUnknownSubregionsAndBadSortsNamingTheField() {
        assertThat(fields(problem(raw(), HttpRequest.GET("/api/v1/offers?subregion=utrecht"), HttpStatus.BAD_REQUEST)))
                .contains("subregion");
        assertThat(problem(raw(), HttpRequest.GET("/api/v1/offers?sort=random"), HttpStatus.BAD_REQUEST)
                        .getErrors()
                        .get(0)
                        .getAllowed())
                .contains("relevance");
    }

    OfferPage search(String query) {
        try {
            return raw().retrieve(
                            HttpRequest.GET(query.startsWith("/") ? query : "/api/v1/offers?" + query),
                            OfferPage.class);
        } catch (HttpClientResponseException e) {
            throw new AssertionError(
                    query + " answered " + e.getStatus() + ": "
                            + e.getResponse().getBody(String.class),
                    e);
        }
    }

    private List<String> suggest(String prefix) {
        return searchApi.suggestOffers(prefix, 8).stream()
                .map(Suggestion::getOfferId)
                .toList();
    }

    static String uri(String name, String value) {
        return UriBuilder.of("/api/v1/offers").queryParam(name, value).build().toString();
    }

    static long count(List<nl.aanbodwijzer.api.model.FacetValue> values, String value) {
        return values.stream()
                .filter(v -> v.getValue().equals(value))
                .findFirst()
                .orElseThrow()
                .getCount();
    }

    static List<String> ids(OfferPage page) {
        return page.getItems().stream().map(Offer::getId).toList();
    }
}
