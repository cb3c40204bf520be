package nl.aanbodwijzer.system;

import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Reads only a JSON string as text, and refuses control characters and lone surrogates, which no
 * field needs and a utf8mb4 column cannot store.
 */
@Singleton
final class StrictStringDeserializer implements Deserializer<String> {
    @Override
    public String deserialize(Decoder decoder, DecoderContext context, Argument<? super String> type)
            throws IOException {
        JsonNode node = decoder.decodeNode();
        if (!node.isString()) {
            throw StrictJson.refuse(decoder, type, "must be a string, not " + StrictJson.kind(node));
        }
        String text = node.getStringValue();
        int at = StrictJson.forbiddenCharacter(text);
        if (at >= 0) {
            throw StrictJson.refuse(
                    decoder,
                    type,
                    "holds a character that is not allowed (U+%04X) at position %d"
                            .formatted((int) text.charAt(at), at + 1));
        }
        return text;
    }
}
