package nl.aanbodwijzer.catalog.hsds;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An HSDS object as an ordered map: the same tree is written as JSON and flattened into the tabular
 * package's CSV files. Unknown values and empty lists are left out, as HSDS schemas take no nulls.
 */
final class Doc {
    private Doc() {}

    /** The object of these name and value pairs, in their order, without the null values and empty lists. */
    static Map<String, Object> object(Object... namesAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null && !(value instanceof Collection<?> list && list.isEmpty())) {
                object.put((String) namesAndValues[i], value);
            }
        }
        return object;
    }
}
