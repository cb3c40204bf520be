package nl.aanbodwijzer.system;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads JSON numbers into {@link Integer} only when they are whole: the default reader would quietly
 * turn 5.5 places into 5.
 */
@Singleton
final class WholeNumberDeserializer implements Deserializer<Integer> {
    @Override
    public Integer deserialize(Decoder decoder, DecoderContext context, Argument<? super Integer> type)
            throws IOException {
        BigDecimal value = decoder.decodeBigDecimal();
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw decoder.createDeserializationException(
                    "Not a whole number of a sensible size: " + value.toPlainString(), value);
        }
    }
}
