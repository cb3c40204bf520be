package nl.aanbodwijzer.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Replaces one value somewhere in a JSON body (parsed as maps and lists), chosen by a number from 0 to 1. */
final class Mutation {
    /** Stands for a JSON null, which a map of the fixtures cannot hold as a value to choose. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private Mutation() {}

    @SuppressWarnings("unchecked")
    static void replaceOne(Map<String, Object> body, double where, Object bad) {
        List<Slot> slots = new ArrayList<>();
        collect(body, slots);
        slots.add(new Slot(body, "unknownField"));
        Slot slot = slots.get((int) Math.min(slots.size() - 1, Math.floor(where * slots.size())));
        Object value = bad == NULL ? null : bad;
        if (slot.container() instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).put((String) slot.key(), value);
        } else {
            ((List<Object>) slot.container()).set((Integer) slot.key(), value);
        }
    }

    @SuppressWarnings("unchecked")
    private static void collect(Object node, List<Slot> slots) {
        if (node instanceof Map<?, ?> map) {
            for (Object key : new ArrayList<>(map.keySet())) {
                slots.add(new Slot(map, key));
                collect(map.get(key), slots);
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                slots.add(new Slot(list, i));
                collect(list.get(i), slots);
            }
        }
    }

    private record Slot(Object container, Object key) {}
}
