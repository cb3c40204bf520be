package nl.aanbodwijzer.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.aanbodwijzer.capacity.CapacityHistory;
import nl.aanbodwijzer.capacity.Staleness;
import nl.aanbodwijzer.catalog.Catalog;
import nl.aanbodwijzer.catalog.CatalogSnapshot;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.catalog.taxonomy.FundingSource;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.OfferType;
import nl.aanbodwijzer.catalog.taxonomy.Sector;
import nl.aanbodwijzer.web.Form;
import nl.aanbodwijzer.web.Inputs;
import nl.aanbodwijzer.web.Pages;

/**
 * The public catalogue: a search with completion and filters that live in the URL, and a page per
 * offer with everything known about it. Parents may look too, so it needs no account.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class CataloguePages {
    private static final int PAGE_SIZE = 20;
    private static final int MAX_PAGE = 500;
    /** The parameters the search form shows again, the page number apart. */
    private static final List<String> FILTERS =
            List.of("q", "type", "need", "subregion", "sector", "funding", "age", "available", "sort");

    private final OfferIndex index;
    private final Catalog catalog;
    private final Staleness staleness;
    private final CapacityHistory history;
    private final Pages pages;

    CataloguePages(OfferIndex index, Catalog catalog, Staleness staleness, CapacityHistory history, Pages pages) {
        this.index = index;
        this.catalog = catalog;
        this.staleness = staleness;
        this.history = history;
        this.pages = pages;
    }

    @Get("/")
    @SuppressWarnings("java:S107") // one parameter per filter of the URL
    MutableHttpResponse<String> search(
            HttpRequest<?> request,
            @Nullable @QueryValue String q,
            @Nullable @QueryValue String type,
            @Nullable @QueryValue String need,
            @Nullable @QueryValue String subregion,
            @Nullable @QueryValue String sector,
            @Nullable @QueryValue String funding,
            @Nullable @QueryValue String age,
            @Nullable @QueryValue String available,
            @Nullable @QueryValue String sort,
            @Nullable @QueryValue String page) {
        Map<String, String> values = Form.query(request).filled(FILTERS);
        Vocabulary vocabulary = index.vocabulary();
        Inputs inputs = new Inputs();
        String region = subregion == null || vocabulary.subregionNames().containsKey(subregion) ? subregion : null;
        if (region == null && !Inputs.blank(subregion)) {
            inputs.error("Onbekende keuze bij ‘Deelregio’.");
        }
        Integer pageNumber =
                Optional.ofNullable(inputs.number(page, 1, MAX_PAGE, "Pagina")).orElse(1);
        SearchRequest searchRequest = new SearchRequest(
                Inputs.blank(q) ? null : q.strip(),
                inputs.choice(OfferType.class, type, "Soort aanbod"),
                null,
                inputs.choice(Need.class, need, "Ondersteuningsbehoefte"),
                inputs.choice(Sector.class, sector, "Sector"),
                null,
                inputs.number(age, 0, 30, "Leeftijd"),
                null,
                Inputs.blank(region) ? null : region,
                inputs.choice(FundingSource.class, funding, "Bekostiging"),
                "ja".equals(available),
                null,
                null,
                Optional.ofNullable(inputs.choice(SearchRequest.Sort.class, sort, "Sorteren"))
                        .orElse(SearchRequest.Sort.RELEVANCE),
                pageNumber,
                PAGE_SIZE);
        SearchResult result = index.search(searchRequest);
        CatalogSnapshot snapshot = catalog.snapshot();
        List<OfferCard> cards = snapshot.offers(result.ids()).stream()
                .map(offer -> OfferCard.of(
                        offer,
                        snapshot.taxonomy(),
                        staleness.isStale(offer.lastVerifiedAt()),
                        result.snippets().get(offer.id())))
                .toList();
        FacetCounts facets = FacetCounts.of(result, vocabulary);
        values.put("page", String.valueOf(pageNumber));
        SearchForm form = new SearchForm(values, filters(facets, values));
        long pagesInAll = Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        return pages.page(request, "catalogue/search", "Aanbod zoeken")
                .with("form", form)
                .with("cards", cards)
                .with("total", result.total())
                .with("page", pageNumber)
                .with("pages", pagesInAll)
                .with("freeNow", count(facets.availability(), "FREE_NOW"))
                .with("errors", inputs.errors())
                .with("signedOut", request.getParameters().contains("uitgelogd"))
                .status(inputs.valid() ? HttpStatus.OK : HttpStatus.BAD_REQUEST)
                .render();
    }

    @Get("/aanbod/{id}")
    MutableHttpResponse<String> offer(HttpRequest<?> request, @PathVariable String id) {
        Optional<Offer> found = catalog.snapshot().offer(id);
        if (found.isEmpty()) {
            return pages.page(request, "not-found", "Niet gevonden")
                    .with("what", "Dit aanbod staat niet in de catalogus.")
                    .status(HttpStatus.NOT_FOUND)
                    .render();
        }
        Offer offer = found.get();
        return pages.page(request, "catalogue/offer", offer.name())
                .with(
                        "offer",
                        OfferDetails.of(
                                offer,
                                catalog.snapshot().taxonomy(),
                                staleness.isStale(offer.lastVerifiedAt()),
                                history.of(id)))
                .render();
    }

    private static List<SearchForm.Filter> filters(FacetCounts facets, Map<String, String> values) {
        return List.of(
                filter("type", "Soort aanbod", facets.types(), values),
                filter("need", "Ondersteuningsbehoefte", facets.needs(), values),
                filter("subregion", "Deelregio", facets.subregions(), values),
                filter("sector", "Sector", facets.sectors(), values),
                filter("funding", "Bekostiging", facets.funding(), values));
    }

    private static SearchForm.Filter filter(
            String field, String label, List<FacetCounts.Count> counts, Map<String, String> values) {
        String chosen = values.getOrDefault(field, "");
        return new SearchForm.Filter(
                field,
                label,
                counts.stream()
                        .map(c -> new SearchForm.Option(
                                c.code(), c.label(), c.count(), c.code().equals(chosen)))
                        .toList());
    }

    private static long count(List<FacetCounts.Count> counts, String code) {
        return counts.stream()
                .filter(c -> c.code().equals(code))
                .mapToLong(FacetCounts.Count::count)
                .sum();
    }
}
