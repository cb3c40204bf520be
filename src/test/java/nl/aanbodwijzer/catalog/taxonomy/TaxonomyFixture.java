package nl.aanbodwijzer.catalog.taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.aanbodwijzer.catalog.taxonomy.Taxonomy.MunicipalityEntry;
import nl.aanbodwijzer.catalog.taxonomy.Taxonomy.NeedEntry;

/** Small taxonomies for tests: {@code aTaxonomy().need(ASS, "Autisme").municipality("GM0202", "arnhem-zuid").build()}. */
public final class TaxonomyFixture {
    private final List<NeedEntry> needs = new ArrayList<>();
    private final List<MunicipalityEntry> municipalities = new ArrayList<>();

    private TaxonomyFixture() {}

    public static TaxonomyFixture aTaxonomy() {
        return new TaxonomyFixture();
    }

    public TaxonomyFixture need(Need code, String label) {
        needs.add(new NeedEntry(code, label, List.of()));
        return this;
    }

    /** A municipality (its code stands for its name) in these sub-regions. */
    public TaxonomyFixture municipality(String code, String... subregions) {
        municipalities.add(new MunicipalityEntry(code, code, "Gelderland", List.of(subregions), List.of(), null));
        return this;
    }

    /** A named municipality with its centroid, in these sub-regions and this VO partnership. */
    public TaxonomyFixture municipality(
            String code, String name, double lat, double lon, String partnership, String... subregions) {
        municipalities.add(new MunicipalityEntry(
                code, name, "Gelderland", List.of(subregions), List.of(partnership), new Taxonomy.Centroid(lat, lon)));
        return this;
    }

    public Taxonomy build() {
        return new Taxonomy(needs, List.of(), municipalities, Map.of(), List.of());
    }
}
