package nl.aanbodwijzer.search;

import java.util.List;
import java.util.Map;
import nl.aanbodwijzer.catalog.taxonomy.Need;

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
        List<List<String>> synonymGroups) {}
