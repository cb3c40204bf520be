package nl.aanbodwijzer.catalog.taxonomy;

import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.Arrays;
import java.util.List;
import nl.aanbodwijzer.api.TaxonomyApi;
import nl.aanbodwijzer.api.model.Label;
import nl.aanbodwijzer.api.model.Municipality;
import nl.aanbodwijzer.api.model.NeedLabel;
import nl.aanbodwijzer.api.model.Subregion;
import nl.aanbodwijzer.system.Codes;
import nl.aanbodwijzer.system.Labelled;

/** The codes of the catalogue with their Dutch labels, public like the catalogue itself. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class TaxonomyController implements TaxonomyApi {
    private final TaxonomyReader reader;

    TaxonomyController(TaxonomyReader reader) {
        this.reader = reader;
    }

    @Override
    public nl.aanbodwijzer.api.model.Taxonomy getTaxonomy() {
        Taxonomy taxonomy = reader.read();
        return new nl.aanbodwijzer.api.model.Taxonomy(
                labels(OfferType.values()),
                labels(OfferStatus.values()),
                taxonomy.needs().stream()
                        .map(n -> new NeedLabel(
                                Codes.to(nl.aanbodwijzer.api.model.Need.class, n.code()), n.label(), n.synonyms()))
                        .toList(),
                labels(Sector.values()),
                labels(Level.values()),
                labels(FundingSource.values()),
                labels(ProviderRole.values()),
                taxonomy.subregions().stream()
                        .map(s -> new Subregion(s.id(), s.name(), s.partnership(), s.municipalities()))
                        .toList(),
                taxonomy.municipalities().stream()
                        .map(m -> new Municipality(m.code(), m.name(), m.province(), m.subregions()))
                        .toList());
    }

    private static List<Label> labels(Labelled[] values) {
        return Arrays.stream(values).map(v -> new Label(v.name(), v.label())).toList();
    }
}
