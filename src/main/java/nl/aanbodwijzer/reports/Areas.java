package nl.aanbodwijzer.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.aanbodwijzer.catalog.taxonomy.Taxonomy;

/**
 * The areas reports group the region by, so that every pupil and every offer counts in exactly one:
 * the partnership's sub-regions, except that a municipality lying in more than one (Arnhem, which
 * without a postcode cannot be split) is an area of its own. A municipality in no sub-region lies
 * outside the region.
 */
final class Areas {
    /** An area; {@code order} sorts areas as the partnerships list their sub-regions. */
    record Area(String id, String name, int order) {}

    static final Area OUTSIDE = new Area("buiten-de-regio", "Buiten de regio", Integer.MAX_VALUE);

    private final Map<String, Area> byMunicipality = new LinkedHashMap<>();
    private final Map<Area, List<String>> municipalities = new LinkedHashMap<>();

    Areas(Taxonomy taxonomy) {
        Map<List<String>, List<String>> bySubregions = new LinkedHashMap<>();
        for (Taxonomy.SubregionEntry subregion : taxonomy.subregions()) {
            for (String code : subregion.municipalities()) {
                List<String> group = bySubregions.computeIfAbsent(taxonomy.subregionsOf(code), k -> new ArrayList<>());
                if (!group.contains(code)) {
                    group.add(code);
                }
            }
        }
        for (Map.Entry<List<String>, List<String>> group : bySubregions.entrySet()) {
            Area area = new Area(
                    id(group.getKey(), group.getValue(), taxonomy),
                    name(group.getKey(), group.getValue(), taxonomy),
                    municipalities.size());
            municipalities.put(area, List.copyOf(group.getValue()));
            group.getValue().forEach(code -> byMunicipality.put(code, area));
        }
    }

    /** The area of a municipality; {@link #OUTSIDE} for one outside the region. */
    Area of(String municipality) {
        return byMunicipality.getOrDefault(municipality, OUTSIDE);
    }

    boolean inRegion(String municipality) {
        return byMunicipality.containsKey(municipality);
    }

    /** The areas of the region, in order. */
    List<Area> inRegion() {
        return List.copyOf(municipalities.keySet());
    }

    List<String> municipalities(Area area) {
        return municipalities.getOrDefault(area, List.of());
    }

    /** A sub-region's own id when the area is all of it, else the codes of its municipalities. */
    private static String id(List<String> subregions, List<String> codes, Taxonomy taxonomy) {
        return wholeSubregion(subregions, codes, taxonomy)
                ? subregions.get(0)
                : String.join("+", codes).toLowerCase();
    }

    private static String name(List<String> subregions, List<String> codes, Taxonomy taxonomy) {
        if (wholeSubregion(subregions, codes, taxonomy)) {
            return taxonomy.subregionNames().get(subregions.get(0));
        }
        String names = dutchList(codes.stream().map(taxonomy::municipalityName).toList());
        return subregions.size() > 1 ? names + " (in " + subregions.size() + " deelregio's)" : names;
    }

    private static boolean wholeSubregion(List<String> subregions, List<String> codes, Taxonomy taxonomy) {
        return subregions.size() == 1
                && taxonomy.subregions().stream()
                        .filter(s -> s.id().equals(subregions.get(0)))
                        .allMatch(s -> codes.containsAll(s.municipalities()));
    }

    /** "a", "a en b", "a, b en c". */
    static String dutchList(List<String> items) {
        if (items.size() < 2) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " en " + items.get(items.size() - 1);
    }
}
