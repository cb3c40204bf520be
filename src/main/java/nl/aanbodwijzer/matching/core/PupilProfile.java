package nl.aanbodwijzer.matching.core;

import java.util.List;
import nl.aanbodwijzer.catalog.taxonomy.Level;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.Sector;
import nl.aanbodwijzer.catalog.taxonomy.TargetGroup;

/**
 * An anonymous pupil: only coded facts, never who the pupil is. {@code school} (the DUO location
 * code of the pupil's school) is used to admit school-internal offers and never stored.
 */
public record PupilProfile(
        int age,
        Sector sector,
        Level level,
        String municipality,
        List<Need> needs,
        List<TargetGroup> targetGroups,
        AbsenceStatus absenceStatus,
        int weeksAbsent,
        boolean hasTlv,
        boolean hasCareIndication,
        Integer hoursPerWeek,
        String school) {

    public PupilProfile {
        needs = List.copyOf(needs);
        targetGroups = List.copyOf(targetGroups);
        if (needs.isEmpty()) {
            throw new IllegalArgumentException("a profile names at least one need");
        }
    }

    public Need primaryNeed() {
        return needs.get(0);
    }
}
