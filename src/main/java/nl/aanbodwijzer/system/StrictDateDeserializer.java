package nl.aanbodwijzer.system;

import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads a date only as the contract writes it, {@code YYYY-MM-DD}, in the years a DATE column holds on
 * MySQL (1000 to 9999): the default reader also takes {@code +999999999-12-31}, which the database
 * then refuses with a server error.
 */
@Singleton
final class StrictDateDeserializer implements Deserializer<LocalDate> {
    private static final int FIRST_YEAR = 1000;
    private static final int LAST_YEAR = 9999;

    @Override
    public LocalDate deserialize(Decoder decoder, DecoderContext context, Argument<? super LocalDate> type)
            throws IOException {
        JsonNode node = decoder.decodeNode();
        if (!node.isString()) {
            throw StrictJson.refuse(decoder, type, "must be a date written YYYY-MM-DD, not " + StrictJson.kind(node));
        }
        String text = node.getStringValue();
        try {
            LocalDate date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            if (text.length() == 10 && date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR) {
                return date;
            }
        } catch (DateTimeParseException notADate) {
            // answered below
        }
        throw StrictJson.refuse(
                decoder, type, "must be a date from 1000-01-01 to 9999-12-31 written YYYY-MM-DD, not '" + text + "'");
    }
}
