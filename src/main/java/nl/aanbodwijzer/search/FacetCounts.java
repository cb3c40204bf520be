package nl.aanbodwijzer.search;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.aanbodwijzer.capacity.Availability;
import nl.aanbodwijzer.catalog.taxonomy.FundingSource;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.OfferType;
import nl.aanbodwijzer.catalog.taxonomy.Sector;
import nl.aanbodwijzer.system.Labelled;

/**
 * The facet counts of a search with their Dutch labels, every value of each dimension in its
 * taxonomy order (zero counts too, so that a filter can show what the catalogue lacks).
 */
public record FacetCounts(
        List<Count> types,
        List<Count> needs,
        List<Count> subregions,
        List<Count> sectors,
        List<Count> funding,
        List<Count> availability) {

    /** One value of a dimension and how many matching offers have it. */
    public record Count(String code, String label, long count) {}

    static FacetCounts of(SearchResult result, Vocabulary vocabulary) {
        Map<String, Map<String, Long>> counts = result.facets();
        return new FacetCounts(
                labelled(counts.get(OfferDocuments.TYPE), OfferType.values()),
                values(
                        counts.get(OfferDocuments.NEED),
                        Arrays.stream(Need.values()).map(Enum::name).toList(),
                        code -> vocabulary.needLabels().getOrDefault(Need.valueOf(code), code)),
                values(
                        counts.get(OfferDocuments.SUBREGION),
                        List.copyOf(vocabulary.subregionNames().keySet()),
                        vocabulary.subregionNames()::get),
                labelled(counts.get(OfferDocuments.SECTOR), Sector.values()),
                labelled(counts.get(OfferDocuments.FUNDING), FundingSource.values()),
                labelled(counts.get(OfferDocuments.AVAILABILITY), Availability.values()));
    }

    private static List<Count> labelled(Map<String, Long> counts, Labelled[] values) {
        return Arrays.stream(values)
                .map(v -> new Count(v.name(), v.label(), counts.getOrDefault(v.name(), 0L)))
                .toList();
    }

    private static List<Count> values(Map<String, Long> counts, List<String> codes, Function<String, String> label) {
        return codes.stream()
                .map(code -> new Count(code, label.apply(code), counts.getOrDefault(code, 0L)))
                .toList();
    }
}
