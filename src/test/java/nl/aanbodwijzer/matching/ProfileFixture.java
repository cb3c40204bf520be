package nl.aanbodwijzer.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Match requests as a coordinator sends them. */
public final class ProfileFixture {
    private ProfileFixture() {}

    /** A 14-year-old VO pupil, relatively absent, without TLV. */
    public static Map<String, Object> vo(String municipality, String need, int weeksAbsent, boolean careIndication) {
        Map<String, Object> profile = new HashMap<>();
        profile.put("age", 14);
        profile.put("sector", "VO");
        profile.put("municipality", municipality);
        profile.put("needs", List.of(need));
        profile.put("absenceStatus", "RELATIEF_VERZUIM");
        profile.put("weeksAbsent", weeksAbsent);
        profile.put("hasTlv", false);
        profile.put("hasCareIndication", careIndication);
        return profile;
    }

    /** The profile with these fields set (name, value, name, value, ...). */
    public static Map<String, Object> with(Map<String, Object> profile, Object... pairs) {
        Map<String, Object> changed = new HashMap<>(profile);
        for (int i = 0; i < pairs.length; i += 2) {
            changed.put((String) pairs[i], pairs[i + 1]);
        }
        return changed;
    }
}
