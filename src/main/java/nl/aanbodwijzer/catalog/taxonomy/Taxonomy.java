package nl.aanbodwijzer.catalog.taxonomy;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The data-driven part of the taxonomy as stored: needs with labels and synonyms, the partnerships'
 * sub-regions, every municipality, the school locations and the curated search synonyms.
 */
public final class Taxonomy {
    /** A need with its Dutch label and the words people use for it. */
    public record NeedEntry(Need code, String label, List<String> synonyms) {}

    /** A sub-region of a partnership and its municipalities. */
    public record SubregionEntry(String id, String name, String partnership, List<String> municipalities) {}

    /** A municipality and the sub-regions it belongs to (none outside the partnerships). */
    public record MunicipalityEntry(String code, String name, String province, List<String> subregions) {}

    private final List<NeedEntry> needs;
    private final List<SubregionEntry> subregions;
    private final Map<String, MunicipalityEntry> municipalities = new LinkedHashMap<>();
    private final Map<Need, String> needLabels = new EnumMap<>(Need.class);
    private final Map<String, String> subregionNames = new LinkedHashMap<>();
    private final Set<String> schoolCodes;
    private final List<List<String>> synonymGroups;

    public Taxonomy(
            List<NeedEntry> needs,
            List<SubregionEntry> subregions,
            List<MunicipalityEntry> municipalities,
            Set<String> schoolCodes,
            List<List<String>> synonymGroups) {
        this.needs = List.copyOf(needs);
        this.subregions = List.copyOf(subregions);
        municipalities.forEach(m -> this.municipalities.put(m.code(), m));
        needs.forEach(n -> needLabels.put(n.code(), n.label()));
        subregions.forEach(s -> subregionNames.put(s.id(), s.name()));
        this.schoolCodes = Set.copyOf(schoolCodes);
        this.synonymGroups = List.copyOf(synonymGroups);
    }

    public List<NeedEntry> needs() {
        return needs;
    }

    public List<SubregionEntry> subregions() {
        return subregions;
    }

    public List<MunicipalityEntry> municipalities() {
        return List.copyOf(municipalities.values());
    }

    public boolean knowsMunicipality(String code) {
        return municipalities.containsKey(code);
    }

    /** The sub-region ids of a municipality; none for an unknown one or one outside the partnerships. */
    public List<String> subregionsOf(String municipalityCode) {
        MunicipalityEntry municipality = municipalities.get(municipalityCode);
        return municipality == null ? List.of() : municipality.subregions();
    }

    /** Sub-region ids to their names, in the partnerships' order. */
    public Map<String, String> subregionNames() {
        return subregionNames;
    }

    /** The Dutch label of a need, or its code when the taxonomy has none. */
    public String label(Need need) {
        return needLabels.getOrDefault(need, need.name());
    }

    /** Whether a DUO school location code is one the catalogue knows. */
    public boolean knowsSchool(String code) {
        return schoolCodes.contains(code);
    }

    /** The curated search synonyms: groups of equivalent terms. */
    public List<List<String>> synonymGroups() {
        return synonymGroups;
    }
}
