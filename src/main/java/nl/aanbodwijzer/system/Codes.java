package nl.aanbodwijzer.system;

import java.util.Arrays;
import java.util.List;

/**
 * The one bridge between the API's generated enums and the domain's: a code is the same text on
 * both sides, case aside (the generated enums print their wire value, the domain's their name). CodesTest checks
 * that every pair has the same codes, so a conversion cannot fail at run time.
 */
public final class Codes {
    private Codes() {}

    /** The constant of {@code type} with the same code as {@code value}; null for null. */
    public static <E extends Enum<E>> E to(Class<E> type, Enum<?> value) {
        if (value == null) {
            return null;
        }
        String code = value.toString();
        for (E constant : type.getEnumConstants()) {
            if (constant.toString().equalsIgnoreCase(code)) {
                return constant;
            }
        }
        throw new IllegalStateException(type.getSimpleName() + " has no code " + code);
    }

    /** The codes of an enum as the contract spells them (the generated enums print their wire value). */
    public static List<String> spellings(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
    }

    /** Each value converted with {@link #to}; null for null. */
    public static <E extends Enum<E>> List<E> toAll(Class<E> type, List<? extends Enum<?>> values) {
        return values == null
                ? null
                : values.stream().map(value -> to(type, value)).toList();
    }
}
