package nl.aanbodwijzer.web;

import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
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

    /** The first value of the field, or null when it was not sent. */
    public String first(String field) {
        List<String> values = fields.get(field);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public List<String> all(String field) {
        return fields.getOrDefault(field, List.of());
    }
}
