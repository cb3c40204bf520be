package nl.aanbodwijzer.matching;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.aanbodwijzer.catalog.taxonomy.Level;
import nl.aanbodwijzer.catalog.taxonomy.Sector;
import nl.aanbodwijzer.catalog.taxonomy.TargetGroup;
import nl.aanbodwijzer.catalog.taxonomy.Taxonomy;
import nl.aanbodwijzer.matching.core.AbsenceStatus;
import nl.aanbodwijzer.web.Choice;

/**
 * The profile form: every choice it offers, from the taxonomy, and what was filled in, as typed.
 * It has no field for who the pupil is.
 */
public record MatchForm(
        Map<String, String> values,
        Set<String> otherNeeds,
        Set<String> targetGroups,
        List<Choice> sectors,
        List<Choice> levels,
        List<Choice> regionMunicipalities,
        List<Choice> otherMunicipalities,
        List<Choice> needs,
        List<Choice> targetGroupOptions,
        List<Choice> absenceStatuses) {

    static MatchForm of(
            Taxonomy taxonomy, Map<String, String> values, Set<String> otherNeeds, Set<String> targetGroups) {
        return new MatchForm(
                values,
                otherNeeds,
                targetGroups,
                Choice.of(Sector.values()),
                Choice.of(Level.values()),
                municipalities(taxonomy, true),
                municipalities(taxonomy, false),
                taxonomy.needs().stream()
                        .map(n -> new Choice(n.code().name(), n.label()))
                        .toList(),
                Choice.of(TargetGroup.values()),
                Choice.of(AbsenceStatus.values()));
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean is(String field, String code) {
        return code.equals(values.get(field));
    }

    private static List<Choice> municipalities(Taxonomy taxonomy, boolean inRegion) {
        return taxonomy.municipalities().stream()
                .filter(m -> m.subregions().isEmpty() != inRegion)
                .map(m -> new Choice(m.code(), m.name()))
                .sorted((a, b) -> a.label().compareTo(b.label()))
                .toList();
    }
}
