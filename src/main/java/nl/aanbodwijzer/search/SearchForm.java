package nl.aanbodwijzer.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The search as the catalogue page's URL holds it, field by field as typed, so that the form shows
 * it again and a link can share it. {@code filters} are the select boxes with their counts.
 */
public record SearchForm(Map<String, String> values, List<Filter> filters) {

    /** A select box of one facet: its field, label and options with their counts. */
    public record Filter(String field, String label, List<Option> options) {}

    public record Option(String code, String label, long count, boolean selected) {}

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** The URL of this search at another page of results. */
    public String pageLink(int page) {
        Map<String, String> query = new LinkedHashMap<>(values);
        query.remove("page");
        if (page > 1) {
            query.put("page", String.valueOf(page));
        }
        String encoded = query.entrySet().stream()
                .filter(e -> !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return encoded.isEmpty() ? "/" : "/?" + encoded;
    }
}
