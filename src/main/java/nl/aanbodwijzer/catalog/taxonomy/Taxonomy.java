package nl.aanbodwijzer.catalog.taxonomy;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /**
     * A municipality: the sub-regions it belongs to (none outside the partnerships with sub-regions),
     * the names of the VO partnerships whose area it is in, and the centroid of its area (null if unknown).
     */
    public record MunicipalityEntry(
            String code,
            String name,
            String province,
            List<String> subregions,
            List<String> partnerships,
            Centroid centroid) {}

    /** The middle of a municipality's area, good for rough distances only. */
    public record Centroid(double latitude, double longitude) {
        private static final double EARTH_RADIUS_KM = 6371.0;

        /** Great-circle distance in km. */
        public double kmTo(Centroid other) {
            double dLat = Math.toRadians(other.latitude - latitude);
            double dLon = Math.toRadians(other.longitude - longitude);
            double a = Math.pow(Math.sin(dLat / 2), 2)
                    + Math.cos(Math.toRadians(latitude))
                            * Math.cos(Math.toRadians(other.latitude))
                            * Math.pow(Math.sin(dLon / 2), 2);
            return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
        }
    }

    private final List<NeedEntry> needs;
    private final List<SubregionEntry> subregions;
    private final Map<String, MunicipalityEntry> municipalities = new LinkedHashMap<>();
    private final Map<Need, String> needLabels = new EnumMap<>(Need.class);
    private final Map<String, String> subregionNames = new LinkedHashMap<>();
    private final Map<String, String> schoolNames;
    private final List<List<String>> synonymGroups;

    public Taxonomy(
            List<NeedEntry> needs,
            List<SubregionEntry> subregions,
            List<MunicipalityEntry> municipalities,
            Map<String, String> schoolNames,
            List<List<String>> synonymGroups) {
        this.needs = List.copyOf(needs);
        this.subregions = List.copyOf(subregions);
        municipalities.forEach(m -> this.municipalities.put(m.code(), m));
        needs.forEach(n -> needLabels.put(n.code(), n.label()));
        subregions.forEach(s -> subregionNames.put(s.id(), s.name()));
        this.schoolNames = Map.copyOf(schoolNames);
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

    /** The municipality with this code, if known. */
    public Optional<MunicipalityEntry> municipality(String code) {
        return Optional.ofNullable(municipalities.get(code));
    }

    /** The name of a municipality, or its code when unknown. */
    public String municipalityName(String code) {
        MunicipalityEntry municipality = municipalities.get(code);
        return municipality == null ? code : municipality.name();
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
        return schoolNames.containsKey(code);
    }

    /** The name and town of a school location, or its code when unknown. */
    public Set<String> schoolCodes() {
        return schoolNames.keySet();
    }

    public String schoolName(String code) {
        return schoolNames.getOrDefault(code, code);
    }

    /** The curated search synonyms: groups of equivalent terms. */
    public List<List<String>> synonymGroups() {
        return synonymGroups;
    }
}
