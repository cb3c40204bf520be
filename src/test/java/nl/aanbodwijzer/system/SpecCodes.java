package nl.aanbodwijzer.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/**
 * The contract as parsed YAML, and what tests read from it: the query parameters of an operation, and
 * the coded fields (every request-body property and query parameter whose schema is an enum, directly,
 * by reference, or as the items of a list).
 */
@SuppressWarnings("unchecked")
public final class SpecCodes {
    private SpecCodes() {}

    public static Map<String, Object> contract() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("openapi/aanbodwijzer.yaml"))) {
            return new Yaml().load(in);
        }
    }

    /** The names of an operation's query parameters, in the contract's order. */
    public static List<String> queryNames(Map<String, Object> spec, String operationId) {
        return queryParameters(spec, operationId).stream()
                .map(parameter -> (String) parameter.get("name"))
                .toList();
    }

    /** A coded field: its dotted path in the body (or the query name), its values, and whether it is a list. */
    record Field(String path, List<String> values, boolean list) {
        /** Sets the field in a body to one value, making the objects on its way when the sample has none. */
        void set(Map<String, Object> body, String value) {
            String[] steps = path.split("\\.");
            Map<String, Object> at = body;
            for (int i = 0; i < steps.length - 1; i++) {
                Object next = at.get(steps[i]);
                if (next instanceof List<?> items && !items.isEmpty() && items.get(0) instanceof Map<?, ?> first) {
                    at = (Map<String, Object>) first;
                } else if (next instanceof Map<?, ?> object) {
                    at = (Map<String, Object>) object;
                } else {
                    Map<String, Object> made = new LinkedHashMap<>();
                    at.put(steps[i], made);
                    at = made;
                }
            }
            at.put(steps[steps.length - 1], list ? List.of(value) : value);
        }
    }

    static List<Field> bodyFields(Map<String, Object> spec, String operationId) {
        Map<String, Object> operation = operation(spec, operationId);
        if (operation == null || !operation.containsKey("requestBody")) {
            return List.of();
        }
        Map<String, Object> content =
                (Map<String, Object>) ((Map<String, Object>) operation.get("requestBody")).get("content");
        Map<String, Object> schema =
                (Map<String, Object>) ((Map<String, Object>) content.get("application/json")).get("schema");
        List<Field> fields = new ArrayList<>();
        walk(spec, resolve(spec, schema), "", fields, 0);
        return fields;
    }

    static List<Field> queryFields(Map<String, Object> spec, String operationId) {
        List<Field> fields = new ArrayList<>();
        for (Map<String, Object> parameter : queryParameters(spec, operationId)) {
            Map<String, Object> schema = (Map<String, Object>) parameter.get("schema");
            List<String> values = schema == null ? null : enumValues(resolve(spec, schema));
            if (values != null) {
                fields.add(new Field((String) parameter.get("name"), values, false));
            }
        }
        return fields;
    }

    private static List<Map<String, Object>> queryParameters(Map<String, Object> spec, String operationId) {
        Map<String, Object> operation = operation(spec, operationId);
        if (operation == null || !operation.containsKey("parameters")) {
            return List.of();
        }
        return ((List<Map<String, Object>>) operation.get("parameters"))
                .stream()
                        .map(declared -> resolve(spec, declared))
                        .filter(parameter -> "query".equals(parameter.get("in")))
                        .toList();
    }

    private static void walk(
            Map<String, Object> spec, Map<String, Object> schema, String prefix, List<Field> out, int depth) {
        Map<String, Object> properties = (Map<String, Object>) schema.get("properties");
        if (properties == null || depth > 3) {
            return;
        }
        properties.forEach((name, raw) -> {
            Map<String, Object> property = resolve(spec, (Map<String, Object>) raw);
            boolean list = "array".equals(property.get("type"));
            Map<String, Object> element = list ? resolve(spec, (Map<String, Object>) property.get("items")) : property;
            List<String> values = enumValues(element);
            if (values != null) {
                out.add(new Field(prefix + name, values, list));
            } else if (element.containsKey("properties")) {
                walk(spec, element, prefix + name + ".", out, depth + 1);
            }
        });
    }

    private static List<String> enumValues(Map<String, Object> schema) {
        List<Object> values = (List<Object>) schema.get("enum");
        return values == null ? null : values.stream().map(String::valueOf).toList();
    }

    private static Map<String, Object> resolve(Map<String, Object> spec, Map<String, Object> schema) {
        Object ref = schema.get("$ref");
        if (ref == null) {
            return schema;
        }
        String[] parts = ref.toString().split("/"); // #/components/<section>/<name>
        Map<String, Object> section =
                (Map<String, Object>) ((Map<String, Object>) spec.get("components")).get(parts[2]);
        return resolve(spec, (Map<String, Object>) section.get(parts[3]));
    }

    private static Map<String, Object> operation(Map<String, Object> spec, String operationId) {
        for (Object methods : ((Map<String, Object>) spec.get("paths")).values()) {
            for (Object definition : ((Map<String, Object>) methods).values()) {
                if (definition instanceof Map<?, ?> operation && operationId.equals(operation.get("operationId"))) {
                    return (Map<String, Object>) operation;
                }
            }
        }
        return null;
    }
}
