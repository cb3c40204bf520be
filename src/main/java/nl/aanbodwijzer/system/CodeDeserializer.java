package nl.aanbodwijzer.system;

import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.util.CustomizableDeserializer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a code only when it is spelt exactly as the contract spells it: the default reader also takes
 * "gedrag" for GEDRAG. A code's spelling is its {@code toString()}, as in the generated API enums.
 */
@Singleton
final class CodeDeserializer implements CustomizableDeserializer<Enum<?>> {
    @Override
    public Deserializer<Enum<?>> createSpecific(DecoderContext context, Argument<? super Enum<?>> type) {
        Map<String, Enum<?>> codes = Arrays.stream((Enum<?>[]) type.getType().getEnumConstants())
                .collect(Collectors.toMap(Enum::toString, Function.identity()));
        String allowed = String.join(
                ", ", Codes.spellings(type.getType()).stream().sorted().toList());
        return (decoder, decoderContext, field) -> read(decoder, field, codes, allowed);
    }

    private static Enum<?> read(Decoder decoder, Argument<?> field, Map<String, Enum<?>> codes, String allowed)
            throws IOException {
        JsonNode node = decoder.decodeNode();
        Enum<?> code = node.isString() ? codes.get(node.getStringValue()) : null;
        if (code == null) {
            String sent = node.isString() ? "'" + node.getStringValue() + "'" : StrictJson.kind(node);
            throw StrictJson.refuse(decoder, field, "must be one of " + allowed + ", not " + sent);
        }
        return code;
    }
}
