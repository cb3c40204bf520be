package nl.aanbodwijzer.catalog.taxonomy;

import java.util.List;

/** The data-driven part of the taxonomy: needs, sub-regions and municipalities. */
public record Taxonomy(List<NeedEntry> needs, List<SubregionEntry> subregions, List<MunicipalityEntry> municipalities) {

    /** A need with its Dutch label and the words people use for it. */
    public record NeedEntry(Need code, String label, List<String> synonyms) {}

    /** A sub-region of a partnership and its municipalities. */
    public record SubregionEntry(String id, String name, String partnership, List<String> municipalities) {}

    /** A municipality and the sub-regions it belongs to (none outside the partnerships). */
    public record MunicipalityEntry(String code, String name, String province, List<String> subregions) {}
}
