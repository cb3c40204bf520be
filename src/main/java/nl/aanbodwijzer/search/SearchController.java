package nl.aanbodwijzer.search;

import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;
import java.util.Map;
import nl.aanbodwijzer.api.SearchApi;
import nl.aanbodwijzer.api.model.FacetValue;
import nl.aanbodwijzer.api.model.Facets;
import nl.aanbodwijzer.api.model.FundingSource;
import nl.aanbodwijzer.api.model.Level;
import nl.aanbodwijzer.api.model.ListOffersSortParameter;
import nl.aanbodwijzer.api.model.Need;
import nl.aanbodwijzer.api.model.OfferPage;
import nl.aanbodwijzer.api.model.OfferStatus;
import nl.aanbodwijzer.api.model.OfferType;
import nl.aanbodwijzer.api.model.Sector;
import nl.aanbodwijzer.api.model.Suggestion;
import nl.aanbodwijzer.catalog.Catalog;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.catalog.OfferApiMapper;
import nl.aanbodwijzer.system.Codes;
import nl.aanbodwijzer.system.DomainException.InvalidInput;

/** The public search over the catalogue: filters, free text, facets and completions. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class SearchController implements SearchApi {
    private final OfferIndex index;
    private final Catalog catalog;
    private final OfferApiMapper mapper;

    SearchController(OfferIndex index, Catalog catalog, OfferApiMapper mapper) {
        this.index = index;
        this.catalog = catalog;
        this.mapper = mapper;
    }

    @Override
    public OfferPage listOffers(
            String q,
            ListOffersSortParameter sort,
            String municipality,
            String subregion,
            Sector sector,
            Level level,
            Integer age,
            OfferType type,
            Need need,
            FundingSource funding,
            OfferStatus status,
            Boolean available,
            Integer maxWaitWeeks,
            Boolean stale,
            Integer page,
            Integer size) {
        Vocabulary vocabulary = index.vocabulary();
        if (municipality != null && !vocabulary.municipalityNames().containsKey(municipality)) {
            throw new InvalidInput(
                    "municipality",
                    "unknown CBS municipality code '" + municipality + "'; /api/v1/taxonomy lists them all");
        }
        if (subregion != null && !vocabulary.subregionNames().containsKey(subregion)) {
            throw new InvalidInput(
                    "subregion",
                    "unknown sub-region '" + subregion + "'; allowed: "
                            + vocabulary.subregionNames().keySet());
        }
        SearchRequest request = new SearchRequest(
                q,
                Codes.to(nl.aanbodwijzer.catalog.taxonomy.OfferType.class, type),
                Codes.to(nl.aanbodwijzer.catalog.taxonomy.OfferStatus.class, status),
                Codes.to(nl.aanbodwijzer.catalog.taxonomy.Need.class, need),
                Codes.to(nl.aanbodwijzer.catalog.taxonomy.Sector.class, sector),
                Codes.to(nl.aanbodwijzer.catalog.taxonomy.Level.class, level),
                age,
                municipality,
                subregion,
                Codes.to(nl.aanbodwijzer.catalog.taxonomy.FundingSource.class, funding),
                Boolean.TRUE.equals(available),
                maxWaitWeeks,
                stale,
                sort == null ? SearchRequest.Sort.RELEVANCE : Codes.to(SearchRequest.Sort.class, sort),
                page,
                size);
        SearchResult result = index.search(request);
        List<nl.aanbodwijzer.api.model.Offer> items = catalog.snapshot().offers(result.ids()).stream()
                .map(offer -> withSnippet(offer, result.snippets()))
                .toList();
        return new OfferPage(items, result.total(), page, size, facets(FacetCounts.of(result, vocabulary)));
    }

    @Override
    public List<Suggestion> suggestOffers(String prefix, Integer limit) {
        return index.suggest(prefix, limit).stream()
                .map(s -> new Suggestion(s.text(), s.offerId()))
                .toList();
    }

    private nl.aanbodwijzer.api.model.Offer withSnippet(Offer offer, Map<String, String> snippets) {
        return mapper.toApi(offer).snippet(snippets.get(offer.id()));
    }

    private static Facets facets(FacetCounts counts) {
        return new Facets(
                api(counts.types()),
                api(counts.needs()),
                api(counts.subregions()),
                api(counts.sectors()),
                api(counts.funding()),
                api(counts.availability()));
    }

    private static List<FacetValue> api(List<FacetCounts.Count> counts) {
        return counts.stream()
                .map(c -> new FacetValue(c.code(), c.label(), c.count()))
                .toList();
    }
}
