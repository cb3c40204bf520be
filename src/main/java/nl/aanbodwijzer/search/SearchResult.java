package nl.aanbodwijzer.search;

import java.util.List;
import java.util.Map;

/**
 * The answer of the index: the ids on the requested page (best first), how many offers match in all,
 * the facet counts per dimension and value, and a highlighted snippet per id when text was given.
 */
public record SearchResult(
        List<String> ids, long total, Map<String, Map<String, Long>> facets, Map<String, String> snippets) {}
