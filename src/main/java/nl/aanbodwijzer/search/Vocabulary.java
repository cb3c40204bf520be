package nl.aanbodwijzer.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.Taxonomy;

/**
 * The words and regions an index generation is built with: need labels and synonyms, municipality
 * names, the sub-regions of each municipality and their names, and the curated synonym groups.
 */
record Vocabulary(
        Map<Need, String> needLabels,
        Map<Need, List<String>> needSynonyms,
        Map<String, String> municipalityNames,
        Map<String, List<String>> subregionsOf,
        Map<String, String> subregionNames,
        List<List<String>> synonymGroups) {

    static Vocabulary of(Taxonomy taxonomy) {
        Map<Need, String> needLabels = new LinkedHashMap<>();
        Map<Need, List<String>> needSynonyms = new LinkedHashMap<>();
        taxonomy.needs().forEach(need -> {
            needLabels.put(need.code(), need.label());
            needSynonyms.put(need.code(), need.synonyms());
        });
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<String>> subregionsOf = new LinkedHashMap<>();
        taxonomy.municipalities().forEach(m -> {
            names.put(m.code(), m.name());
            subregionsOf.put(m.code(), m.subregions());
        });
        return new Vocabulary(
                needLabels, needSynonyms, names, subregionsOf, taxonomy.subregionNames(), taxonomy.synonymGroups());
    }
}
