package nl.aanbodwijzer.catalog.importer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One YAML mapping of a catalog-data file, read field by field. Every problem is reported with the
 * file and line of the offending value, and the accessor then answers null so reading can go on.
 */
final class YamlMap {
    /** A scalar with the line it stands on. */
    record Scalar(String value, int line) {}

    /** One step of a field path: a name, and an index when it is a list. */
    private static final Pattern PATH_STEP = Pattern.compile("(\\w+)(?:\\[(\\d+)])?");

    private final String file;
    private final ImportProblems problems;
    private final int line;
    private final Map<String, Node> fields = new LinkedHashMap<>();

    private YamlMap(String file, ImportProblems problems, MappingNode node) {
        this.file = file;
        this.problems = problems;
        this.line = lineOf(node);
        for (NodeTuple tuple : node.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                fields.put(key.getValue(), tuple.getValueNode());
            } else {
                problem(lineOf(tuple.getKeyNode()), "a field name must be plain text");
            }
        }
    }

    /** Reads a node that must be a mapping; reports and answers null otherwise. */
    static YamlMap of(String file, ImportProblems problems, Node node, String what) {
        if (node instanceof MappingNode mapping) {
            return new YamlMap(file, problems, mapping);
        }
        problems.add(file, lineOf(node), what + " must be a mapping of fields");
        return null;
    }

    /** Reads a node that must be a list of mappings. */
    static List<YamlMap> listOf(String file, ImportProblems problems, Node node, String what) {
        if (!(node instanceof SequenceNode sequence)) {
            problems.add(file, lineOf(node), what + " must be a list");
            return List.of();
        }
        List<YamlMap> maps = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            YamlMap map = of(file, problems, item, "each entry of " + what);
            if (map != null) {
                maps.add(map);
            }
        }
        return maps;
    }

    int line() {
        return line;
    }

    String file() {
        return file;
    }

    void problem(int atLine, String message) {
        problems.add(file, atLine, message);
    }

    /**
     * The line of a field's value, or of this mapping when the field is missing. The field may be a
     * path into nested fields and lists, such as {@code locations[0].municipality}: then the line of
     * the deepest part of it that the file has.
     */
    int lineOf(String path) {
        Node node = null;
        Map<String, Node> within = fields;
        for (String part : path.split("\\.")) {
            Matcher step = PATH_STEP.matcher(part);
            if (within == null || !step.matches() || !within.containsKey(step.group(1))) {
                break;
            }
            node = within.get(step.group(1));
            if (step.group(2) != null && node instanceof SequenceNode list) {
                int index = Integer.parseInt(step.group(2));
                node = index < list.getValue().size() ? list.getValue().get(index) : node;
            }
            within = node instanceof MappingNode mapping ? fieldsOf(mapping) : null;
        }
        return node == null ? line : lineOf(node);
    }

    private static Map<String, Node> fieldsOf(MappingNode mapping) {
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                fields.put(key.getValue(), tuple.getValueNode());
            }
        }
        return fields;
    }

    /** Reports every field that is not one of {@code allowed}: typos must not pass silently. */
    void onlyFields(String... allowed) {
        Set<String> known = Set.of(allowed);
        fields.keySet().stream()
                .filter(key -> !known.contains(key))
                .forEach(key -> problem(lineOf(fields.get(key)), "unknown field '" + key + "'"));
    }

    String string(String key, boolean required) {
        Scalar scalar = scalar(key, required);
        if (scalar != null && scalar.value().isEmpty()) {
            if (required) {
                problem(scalar.line(), "'" + key + "' may not be empty");
            }
            return null;
        }
        return scalar == null ? null : scalar.value();
    }

    Integer integer(String key, boolean required) {
        Scalar scalar = scalar(key, required);
        if (scalar == null) {
            return null;
        }
        try {
            return Integer.valueOf(scalar.value());
        } catch (NumberFormatException e) {
            problem(scalar.line(), "'" + key + "' must be a whole number, not '" + scalar.value() + "'");
            return null;
        }
    }

    /** A whole number that may not be negative. */
    Integer count(String key) {
        Integer value = integer(key, false);
        if (value != null && value < 0) {
            problem(lineOf(key), "'" + key + "' may not be negative (" + value + ")");
            return null;
        }
        return value;
    }

    BigDecimal decimal(String key, boolean required) {
        Scalar scalar = scalar(key, required);
        if (scalar == null) {
            return null;
        }
        try {
            return new BigDecimal(scalar.value());
        } catch (NumberFormatException e) {
            problem(scalar.line(), "'" + key + "' must be a number, not '" + scalar.value() + "'");
            return null;
        }
    }

    Boolean bool(String key) {
        Scalar scalar = scalar(key, false);
        if (scalar == null) {
            return null;
        }
        return switch (scalar.value()) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                problem(scalar.line(), "'" + key + "' must be true or false, not '" + scalar.value() + "'");
                yield null;
            }
        };
    }

    LocalDate date(String key) {
        Scalar scalar = scalar(key, false);
        if (scalar == null) {
            return null;
        }
        try {
            return LocalDate.parse(scalar.value());
        } catch (DateTimeParseException e) {
            problem(scalar.line(), "'" + key + "' must be a date like 2025-02-11, not '" + scalar.value() + "'");
            return null;
        }
    }

    <E extends Enum<E>> E enumValue(String key, Class<E> type, boolean required) {
        Scalar scalar = scalar(key, required);
        return scalar == null ? null : toEnum(scalar, key, type);
    }

    <E extends Enum<E>> E toEnum(Scalar scalar, String key, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(scalar.value())) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        problem(scalar.line(), "unknown " + key + " '" + scalar.value() + "' (allowed: " + allowed + ")");
        return null;
    }

    /** A list of scalars; each keeps its own line for later checks. */
    List<Scalar> scalars(String key, boolean required) {
        Node node = present(key, required);
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            problem(lineOf(node), "'" + key + "' must be a list");
            return List.of();
        }
        List<Scalar> scalars = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof ScalarNode scalar && !isNull(scalar)) {
                scalars.add(new Scalar(scalar.getValue(), lineOf(scalar)));
            } else {
                problem(lineOf(item), "each entry of '" + key + "' must be a single value");
            }
        }
        if (required && scalars.isEmpty() && sequence.getValue().isEmpty()) {
            problem(lineOf(node), "'" + key + "' may not be empty");
        }
        return scalars;
    }

    <E extends Enum<E>> List<E> enums(String key, Class<E> type, boolean required) {
        List<E> values = new ArrayList<>();
        for (Scalar scalar : scalars(key, required)) {
            E value = toEnum(scalar, key, type);
            if (value != null && !values.contains(value)) {
                values.add(value);
            }
        }
        return values;
    }

    List<YamlMap> maps(String key) {
        Node node = present(key, false);
        return node == null ? List.of() : listOf(file, problems, node, "'" + key + "'");
    }

    YamlMap map(String key) {
        Node node = present(key, false);
        return node == null ? null : of(file, problems, node, "'" + key + "'");
    }

    private Scalar scalar(String key, boolean required) {
        Node node = present(key, required);
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode scalar) {
            return new Scalar(scalar.getValue().strip(), lineOf(scalar));
        }
        problem(lineOf(node), "'" + key + "' must be a single value");
        return null;
    }

    private Node present(String key, boolean required) {
        Node node = fields.get(key);
        if (node == null || isNull(node)) {
            if (required) {
                problem(node == null ? line : lineOf(node), "missing required field '" + key + "'");
            }
            return null;
        }
        return node;
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    static int lineOf(Node node) {
        return node.getStartMark().getLine() + 1;
    }
}
