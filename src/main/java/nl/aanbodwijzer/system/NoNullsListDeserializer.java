package nl.aanbodwijzer.system;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.util.CustomizableDeserializer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads a JSON array into a list and refuses {@code null} as an element: no list in the contract holds one. */
@Singleton
@SuppressWarnings("unchecked")
final class NoNullsListDeserializer implements CustomizableDeserializer<List<Object>> {
    @Override
    public Deserializer<List<Object>> createSpecific(DecoderContext context, Argument<? super List<Object>> field)
            throws SerdeException {
        Argument<Object> elementType =
                (Argument<Object>) field.getFirstTypeVariable().orElse(Argument.OBJECT_ARGUMENT);
        // the elements carry the list's name, so that their errors name the field
        Argument<Object> element =
                Argument.of((Class<Object>) elementType.getType(), field.getName(), elementType.getTypeParameters());
        Deserializer<Object> elements =
                (Deserializer<Object>) context.findDeserializer(element).createSpecific(context, element);
        return (decoder, decoderContext, argument) -> read(decoder, decoderContext, field, elements, element);
    }

    private static List<Object> read(
            Decoder decoder,
            DecoderContext context,
            Argument<?> field,
            Deserializer<Object> elements,
            Argument<Object> element)
            throws IOException {
        List<Object> list = new ArrayList<>();
        try (Decoder array = arrayOf(decoder, field)) {
            while (array.hasNextArrayValue()) {
                if (array.decodeNull()) {
                    throw StrictJson.refuse(array, field, "must not hold null (item " + (list.size() + 1) + ")");
                }
                list.add(elements.deserialize(array, context, element));
            }
        }
        return list;
    }

    private static Decoder arrayOf(Decoder decoder, Argument<?> field) throws IOException {
        try {
            return decoder.decodeArray();
        } catch (SerdeException e) {
            throw StrictJson.refuse(decoder, field, "must be an array");
        }
    }
}
