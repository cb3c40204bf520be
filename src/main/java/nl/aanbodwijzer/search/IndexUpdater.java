package nl.aanbodwijzer.search;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.catalog.live.CatalogListener;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.Taxonomy;
import nl.aanbodwijzer.catalog.taxonomy.TaxonomyReader;

/** Keeps the search index equal to the catalogue, with the vocabulary of the moment. */
@Singleton
class IndexUpdater implements CatalogListener {
    private final OfferIndex index;
    private final TaxonomyReader taxonomy;

    IndexUpdater(OfferIndex index, TaxonomyReader taxonomy) {
        this.index = index;
        this.taxonomy = taxonomy;
    }

    @Override
    public void replaced(Collection<Offer> all) {
        index.replaceAll(all, vocabulary());
    }

    @Override
    public void changed(Collection<Offer> offers) {
        index.update(offers);
    }

    private Vocabulary vocabulary() {
        Taxonomy read = taxonomy.read();
        Map<Need, String> needLabels = new LinkedHashMap<>();
        Map<Need, List<String>> needSynonyms = new LinkedHashMap<>();
        read.needs().forEach(need -> {
            needLabels.put(need.code(), need.label());
            needSynonyms.put(need.code(), need.synonyms());
        });
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<String>> subregionsOf = new LinkedHashMap<>();
        read.municipalities().forEach(m -> {
            names.put(m.code(), m.name());
            subregionsOf.put(m.code(), m.subregions());
        });
        Map<String, String> subregionNames = new LinkedHashMap<>();
        read.subregions().forEach(s -> subregionNames.put(s.id(), s.name()));
        return new Vocabulary(needLabels, needSynonyms, names, subregionsOf, subregionNames, taxonomy.synonymGroups());
    }
}
