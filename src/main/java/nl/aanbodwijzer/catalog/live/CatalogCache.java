package nl.aanbodwijzer.catalog.live;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.Taxonomy;
import nl.aanbodwijzer.catalog.taxonomy.TaxonomyReader;

/**
 * All offers of the catalogue in memory, with what matching needs of the taxonomy (sub-regions of
 * each municipality, need labels, school codes), kept equal to the database by the
 * {@link CatalogFollower}. For work that looks at every offer on every request.
 */
@Singleton
public class CatalogCache implements CatalogListener {
    private final TaxonomyReader taxonomy;
    private volatile Map<String, Offer> offers = Map.of();
    private volatile Map<String, List<String>> subregionsOf = Map.of();
    private volatile Map<Need, String> needLabels = Map.of();
    private volatile Set<String> schoolCodes = Set.of();

    CatalogCache(TaxonomyReader taxonomy) {
        this.taxonomy = taxonomy;
    }

    @Override
    public void replaced(Collection<Offer> all) {
        Taxonomy read = taxonomy.read();
        Map<String, List<String>> regions = new HashMap<>();
        read.municipalities().forEach(m -> regions.put(m.code(), m.subregions()));
        subregionsOf = Map.copyOf(regions);
        Map<Need, String> labels = new EnumMap<>(Need.class);
        read.needs().forEach(n -> labels.put(n.code(), n.label()));
        needLabels = Map.copyOf(labels);
        schoolCodes = Set.copyOf(taxonomy.schoolCodes());
        Map<String, Offer> fresh = new HashMap<>();
        all.forEach(offer -> fresh.put(offer.id(), offer));
        offers = fresh;
    }

    /** Copies on write, so that readers always see a whole catalogue. */
    @Override
    public void changed(Collection<Offer> changed) {
        Map<String, Offer> fresh = new HashMap<>(offers);
        changed.forEach(offer -> fresh.put(offer.id(), offer));
        offers = fresh;
    }

    public Collection<Offer> offers() {
        return offers.values();
    }

    /** The Dutch label of each need. */
    public Map<Need, String> needLabels() {
        return needLabels;
    }

    /** Whether a DUO school location code is one the catalogue knows. */
    public boolean knowsSchool(String code) {
        return schoolCodes.contains(code);
    }

    /** The sub-region ids of each municipality code (none for municipalities outside a partnership). */
    public Map<String, List<String>> subregionsOf() {
        return subregionsOf;
    }
}
