package nl.aanbodwijzer.system;

import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads a JSON number into {@link Integer} only when it is one, and whole: the default reader would take
 * the text "8" as 8 and quietly turn 5.5 places into 5.
 */
@Singleton
final class WholeNumberDeserializer implements Deserializer<Integer> {
    @Override
    public Integer deserialize(Decoder decoder, DecoderContext context, Argument<? super Integer> type)
            throws IOException {
        JsonNode node = decoder.decodeNode();
        if (!node.isNumber()) {
            throw StrictJson.refuse(decoder, type, "must be a whole number, not " + StrictJson.kind(node));
        }
        BigDecimal value = new BigDecimal(node.getNumberValue().toString());
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw StrictJson.refuse(
                    decoder, type, "must be a whole number of a sensible size, not " + value.toPlainString());
        }
    }
}
