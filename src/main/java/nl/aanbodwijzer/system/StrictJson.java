package nl.aanbodwijzer.system;

import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import java.io.IOException;

/** What the strict readers of request bodies say about a value of the wrong kind. */
final class StrictJson {
    private StrictJson() {}

    /** The error for a value of a field that breaks a rule, naming the field as the contract does. */
    static IOException refuse(Decoder decoder, Argument<?> field, String rule) {
        return decoder.createDeserializationException("'" + field.getName() + "' " + rule, null);
    }

    /** The kind of JSON value, in the words of the JSON specification. */
    static String kind(JsonNode node) {
        if (node.isString()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "true or false";
        }
        if (node.isArray()) {
            return "an array";
        }
        return node.isObject() ? "an object" : "null";
    }

    /** The first character a text field may not hold (NUL, other control characters, a lone surrogate), or -1. */
    static int forbiddenCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
                return i;
            }
        }
        return -1;
    }
}
