package nl.aanbodwijzer.capacity;

import java.util.ArrayList;
import java.util.List;
import nl.aanbodwijzer.system.Violation;

/** What published numbers must respect, wherever they come from (the API or catalog-data). */
public final class CapacityRules {
    private CapacityRules() {}

    /** Every rule the numbers break, with {@code prefix} before each field name (such as "capacity."). */
    public static List<Violation> check(Capacity numbers, String prefix) {
        List<Violation> violations = new ArrayList<>();
        if (numbers.total() != null && numbers.occupied() != null && numbers.occupied() > numbers.total()) {
            violations.add(new Violation(
                    prefix + "occupied",
                    "occupied places (" + numbers.occupied() + ") cannot exceed the total (" + numbers.total() + ")"));
        }
        return violations;
    }
}
