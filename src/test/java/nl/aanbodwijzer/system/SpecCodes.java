package nl.aanbodwijzer.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The coded fields of the contract: every request-body property and query parameter whose schema is
 * an enum (directly, by reference, or as the items of a list), found by walking the YAML.
 */
@SuppressWarnings("unchecked")
final class SpecCodes {
    private SpecCodes() {}

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
        Map<String, Object> operation = operation(spec, operationId);
        List<Field> fields = new ArrayList<>();
        if (operation == null || !operation.containsKey("parameters")) {
            return fields;
        }
        for (Map<String, Object> declared : (List<Map<String, Object>>) operation.get("parameters")) {
            Map<String, Object> parameter = resolve(spec, declared);
            Map<String, Object> schema = (Map<String, Object>) parameter.get("schema");
            List<String> values = schema == null ? null : enumValues(resolve(spec, schema));
            if ("query".equals(parameter.get("in")) && values != null) {
                fields.add(new Field((String) parameter.get("name"), values, false));
            }
        }
        return fields;
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
