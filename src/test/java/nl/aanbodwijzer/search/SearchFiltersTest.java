package nl.aanbodwijzer.search;

import static nl.aanbodwijzer.capacity.CapacityFixture.places;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.aanbodwijzer.api.model.Availability;
import nl.aanbodwijzer.api.model.Funding;
import nl.aanbodwijzer.api.model.FundingSource;
import nl.aanbodwijzer.api.model.Level;
import nl.aanbodwijzer.api.model.Need;
import nl.aanbodwijzer.api.model.Offer;
import nl.aanbodwijzer.api.model.OfferPage;
import nl.aanbodwijzer.api.model.OfferStatus;
import nl.aanbodwijzer.api.model.OfferType;
import nl.aanbodwijzer.api.model.Sector;
import nl.aanbodwijzer.capacity.CapacityFixture;
import nl.aanbodwijzer.catalog.OfferInputFixture;
import nl.aanbodwijzer.catalog.OffersClient;
import nl.aanbodwijzer.system.ApiTest;
import nl.aanbodwijzer.system.SpecCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every filter of the search contract, each on data where it must make a difference: it leaves out
 * offers, and every offer it keeps has what the filter asks. A filter that changes nothing fails.
 */
class SearchFiltersTest extends ApiTest {
    /** One filter: its query, and what each offer it keeps must have. */
    record Filter(String name, String value, Predicate<Offer> keeps) {
        @Override
        public String toString() {
            return name + "=" + value;
        }
    }

    @Inject
    OffersClient offers;

    @Inject
    CapacityFixture capacity;

    /** An offer unlike the seed catalogue: MBO, HAVO, 16 to 20, only Zevenaar, for trauma, VSV-funded. */
    private static boolean added;

    @BeforeEach
    void addAnOfferThatTheFiltersTellApart() {
        if (added) {
            return;
        }
        added = true;
        signIn(accounts.projectleider());
        offers.createOffer(OfferInputFixture.anOfferInput("filter-" + UUID.randomUUID(), "Filterproef")
                .type(OfferType.OVERIG)
                .status(OfferStatus.ACTIVE)
                .municipalities(List.of("GM0299"))
                .sectors(List.of(Sector.MBO))
                .levels(List.of(Level.HAVO))
                .minAge(16)
                .maxAge(20)
                .needs(List.of(Need.TRAUMA))
                .funding(List.of(new Funding(FundingSource.VSV_PROGRAMMA))));
        capacity.publish("grip", places(8, 6, null));
        capacity.publish("leercentrum-playing-for-success", places(10, 10, 3));
        capacity.publish("verzuimcoaches", places(10, 10, 9));
        signOut();
    }

    static List<Filter> filters() {
        return List.of(
                new Filter("municipality", "GM0202", o -> o.getMunicipalities().contains("GM0202")),
                new Filter(
                        "subregion", "arnhem-zuid", o -> o.getMunicipalities().contains("GM0202")),
                new Filter("sector", "MBO", o -> o.getSectors().contains(Sector.MBO)),
                new Filter(
                        "level",
                        "PRO",
                        o -> o.getLevels().isEmpty() || o.getLevels().contains(Level.PRO)),
                new Filter(
                        "age",
                        "12",
                        o -> (o.getMinAge() == null || o.getMinAge() <= 12)
                                && (o.getMaxAge() == null || o.getMaxAge() >= 12)),
                new Filter("type", "SYMBIOSEKLAS", o -> o.getType() == OfferType.SYMBIOSEKLAS),
                new Filter("need", "TRAUMA", o -> o.getNeeds().contains(Need.TRAUMA)),
                new Filter("funding", "VSV_PROGRAMMA", o -> o.getFunding().stream()
                        .anyMatch(f -> f.getSource() == FundingSource.VSV_PROGRAMMA)),
                new Filter("status", "PILOT", o -> o.getStatus() == OfferStatus.PILOT),
                new Filter("available", "true", o -> o.getAvailability() == Availability.FREE_NOW),
                new Filter(
                        "maxWaitWeeks",
                        "4",
                        o -> o.getAvailability() == Availability.FREE_NOW
                                || (o.getCapacity().getExpectedWaitWeeks() != null
                                        && o.getCapacity().getExpectedWaitWeeks() <= 4)),
                new Filter("stale", "false", o -> !o.getStale()),
                new Filter("stale", "true", Offer::getStale));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void shouldLeaveOutOffersAndKeepOnlyWhatTheFilterAsks(Filter filter) {
        List<Offer> all = search("");
        List<Offer> kept = search(filter.name() + "=" + filter.value());

        assertThat(kept).as("%s keeps something", filter).isNotEmpty();
        assertThat(kept.size()).as("%s leaves something out", filter).isLessThan(all.size());
        assertThat(kept).allMatch(filter.keeps(), "has what " + filter + " asks");
        assertThat(all.stream().filter(filter.keeps()).map(Offer::getId).collect(Collectors.toSet()))
                .as("every offer with what %s asks is kept", filter)
                .isEqualTo(kept.stream().map(Offer::getId).collect(Collectors.toSet()));
    }

    @Test
    void shouldHaveACaseForEveryFilterInTheContract() throws IOException {
        Set<String> tested = filters().stream().map(Filter::name).collect(Collectors.toSet());
        Set<String> notFilters = Set.of("q", "sort", "page", "size");

        assertThat(SpecCodes.queryNames(SpecCodes.contract(), "listOffers"))
                .filteredOn(name -> !notFilters.contains(name))
                .containsExactlyInAnyOrderElementsOf(tested);
    }

    @Test
    void shouldFindTheSymbioseClassesFirstForThePartOfTheirName() {
        assertThat(search("q=symbiose").get(0).getId()).isEqualTo("symbioseklassen");
        assertThat(search("q=at%20zorg").get(0).getId()).isEqualTo("grip");
    }

    private List<Offer> search(String query) {
        OfferPage page = raw().retrieve(HttpRequest.GET("/api/v1/offers?size=100&" + query), OfferPage.class);
        assertThat(page.getTotal()).as("one page holds them all").isLessThanOrEqualTo(100);
        return page.getItems();
    }
}
