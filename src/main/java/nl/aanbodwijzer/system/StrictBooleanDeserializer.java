package nl.aanbodwijzer.system;

import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;

/** Reads only {@code true} and {@code false} as a boolean: the default reader takes "ja" and "yes" as false. */
@Singleton
final class StrictBooleanDeserializer implements Deserializer<Boolean> {
    @Override
    public Boolean deserialize(Decoder decoder, DecoderContext context, Argument<? super Boolean> type)
            throws IOException {
        JsonNode node = decoder.decodeNode();
        if (!node.isBoolean()) {
            throw StrictJson.refuse(decoder, type, "must be true or false, not " + StrictJson.kind(node));
        }
        return node.getBooleanValue();
    }
}
