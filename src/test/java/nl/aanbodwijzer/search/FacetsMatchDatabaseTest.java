package nl.aanbodwijzer.search;

import static nl.aanbodwijzer.capacity.CapacityFixture.places;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.aanbodwijzer.api.model.FacetValue;
import nl.aanbodwijzer.api.model.OfferPage;
import nl.aanbodwijzer.capacity.Availability;
import nl.aanbodwijzer.capacity.CapacityFixture;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.catalog.OfferLoader;
import nl.aanbodwijzer.catalog.taxonomy.OfferStatus;
import nl.aanbodwijzer.catalog.taxonomy.Taxonomy;
import nl.aanbodwijzer.catalog.taxonomy.TaxonomyReader;
import nl.aanbodwijzer.system.ApiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Facet counts compared with what the database holds: for each dimension, the offers in the database
 * that pass every filter but that dimension's, counted per value.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FacetsMatchDatabaseTest extends ApiTest {
    @Inject
    OfferLoader offers;

    @Inject
    TaxonomyReader taxonomy;

    @Inject
    CapacityFixture capacity;

    /** Gives a few offers numbers, so that availability has more than one value. */
    @BeforeAll
    void publishSomeCapacity() {
        signIn(accounts.projectleider());
        capacity.publish("grip", places(8, 8, 20));
        capacity.publish("verzuimcoaches", places(10, 6, null));
        capacity.publish("trajectvoorziening-20tz00", places(5, 5, null));
        signOut();
    }

    @ParameterizedTest(name = "filters [{0}]")
    @ValueSource(
            strings = {
                "",
                "type=TRAJECTVOORZIENING",
                "sector=VO&subregion=liemers",
                "need=LANGDURIG_VERZUIM&funding=SWV",
                "available=true",
                "maxWaitWeeks=25",
                "status=PLANNED",
                "municipality=GM0202&type=VERZUIMCOACH&need=THUISSITUATIE",
                "stale=true&sector=VO",
                "age=15&subregion=overbetuwe-lingewaard&funding=VSV_PROGRAMMA"
            })
    void shouldCountWhatTheDatabaseHolds(String query) {
        Map<String, String> filters = parse(query);
        OfferPage page = raw().retrieve(HttpRequest.GET("/api/v1/offers?" + query), OfferPage.class);
        List<Offer> all = offers.all();
        Taxonomy regions = taxonomy.read();

        assertThat(page.getTotal())
                .isEqualTo(all.stream().filter(passes(filters, null, regions)).count());
        assertFacet(
                page.getFacets().getType(),
                all,
                filters,
                "type",
                regions,
                o -> Set.of(o.type().name()));
        assertFacet(page.getFacets().getNeed(), all, filters, "need", regions, o -> names(o.needs()));
        assertFacet(page.getFacets().getSector(), all, filters, "sector", regions, o -> names(o.sectors()));
        assertFacet(page.getFacets().getFunding(), all, filters, "funding", regions, o -> o.funding().stream()
                .map(f -> f.source().name())
                .collect(Collectors.toSet()));
        assertFacet(page.getFacets().getSubregion(), all, filters, "subregion", regions, o -> subregions(o, regions));
        assertFacet(
                page.getFacets().getAvailability(),
                all,
                filters,
                "availability",
                regions,
                o -> Set.of(Availability.of(o.capacity()).name()));
    }

    private static void assertFacet(
            List<FacetValue> facet,
            List<Offer> all,
            Map<String, String> filters,
            String dimension,
            Taxonomy regions,
            Function<Offer, Set<String>> values) {
        Map<String, Long> expected = new HashMap<>();
        all.stream().filter(passes(filters, dimension, regions)).forEach(offer -> values.apply(offer)
                .forEach(value -> expected.merge(value, 1L, Long::sum)));
        Map<String, Long> actual = facet.stream()
                .filter(value -> value.getCount() > 0)
                .collect(Collectors.toMap(FacetValue::getValue, FacetValue::getCount));
        assertThat(actual).as("facet %s", dimension).isEqualTo(expected);
    }

    /** The database's answer to "does this offer pass the filters, except those of {@code except}?" */
    private static Predicate<Offer> passes(Map<String, String> f, String except, Taxonomy regions) {
        return offer -> {
            String status = f.get("status");
            boolean ok = status == null
                    ? offer.status() != OfferStatus.CLOSED
                    : offer.status().name().equals(status);
            ok &= !f.containsKey("municipality") || offer.municipalities().contains(f.get("municipality"));
            ok &= !f.containsKey("age") || ageFits(offer, Integer.parseInt(f.get("age")));
            ok &= !f.containsKey("stale") || staleness(offer) == Boolean.parseBoolean(f.get("stale"));
            ok &= "type".equals(except)
                    || !f.containsKey("type")
                    || offer.type().name().equals(f.get("type"));
            ok &= "need".equals(except)
                    || !f.containsKey("need")
                    || names(offer.needs()).contains(f.get("need"));
            ok &= "sector".equals(except)
                    || !f.containsKey("sector")
                    || names(offer.sectors()).contains(f.get("sector"));
            ok &= "funding".equals(except)
                    || !f.containsKey("funding")
                    || offer.funding().stream().anyMatch(x -> x.source().name().equals(f.get("funding")));
            ok &= "subregion".equals(except)
                    || !f.containsKey("subregion")
                    || subregions(offer, regions).contains(f.get("subregion"));
            if (!"availability".equals(except)) {
                Integer wait = Availability.waitWeeks(offer.capacity());
                ok &= !f.containsKey("available") || Availability.of(offer.capacity()) == Availability.FREE_NOW;
                ok &= !f.containsKey("maxWaitWeeks")
                        || (wait != null && wait <= Integer.parseInt(f.get("maxWaitWeeks")));
            }
            return ok;
        };
    }

    private static boolean ageFits(Offer offer, int age) {
        return (offer.minAge() == null || offer.minAge() <= age) && (offer.maxAge() == null || offer.maxAge() >= age);
    }

    private static boolean staleness(Offer offer) {
        return offer.lastVerifiedAt() == null
                || offer.lastVerifiedAt()
                        .isBefore(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"))
                                .minusDays(30));
    }

    private static Set<String> subregions(Offer offer, Taxonomy regions) {
        return regions.subregions().stream()
                .filter(s -> s.municipalities().stream().anyMatch(offer.municipalities()::contains))
                .map(Taxonomy.SubregionEntry::id)
                .collect(Collectors.toSet());
    }

    private static Set<String> names(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.toSet());
    }

    private static Map<String, String> parse(String query) {
        Map<String, String> filters = new HashMap<>();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) {
                String[] parts = pair.split("=");
                filters.put(parts[0], parts[1]);
            }
        }
        return filters;
    }
}
