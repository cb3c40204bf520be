package nl.aanbodwijzer.web;

import io.micronaut.http.HttpRequest;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A submitted form (application/x-www-form-urlencoded) with every value of each field: Micronaut
 * binds only the first of several fields with the same name, and a group of checkboxes sends many.
 */
public final class Form {
    private final Map<String, List<String>> fields;

    private Form(Map<String, List<String>> fields) {
        this.fields = fields;
    }

    public static Form parse(String body) {
        return new Form(new QueryStringDecoder(body == null ? "" : body, StandardCharsets.UTF_8, false).parameters());
    }

    /** The query of a page's address, read like a form. */
    public static Form query(HttpRequest<?> request) {
        return new Form(request.getParameters().asMap());
    }

    /**
     * The first value of each of {@code fields} that was filled in, stripped, in a new map in the
     * order given; fields left blank are not in it. This is what a page shows again as typed.
     */
    public Map<String, String> filled(List<String> fields) {
        Map<String, String> filled = new LinkedHashMap<>();
        fields.forEach(field -> {
            String value = first(field);
            if (!Inputs.blank(value)) {
                filled.put(field, value.strip());
            }
        });
        return filled;
    }

    /** The first value of the field, or null when it was not sent. */
    public String first(String field) {
        List<String> values = fields.get(field);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public List<String> all(String field) {
        return fields.getOrDefault(field, List.of());
    }
}
