package nl.aanbodwijzer.catalog.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import nl.aanbodwijzer.api.model.Label;
import nl.aanbodwijzer.api.model.Municipality;
import nl.aanbodwijzer.api.model.Need;
import nl.aanbodwijzer.api.model.NeedLabel;
import nl.aanbodwijzer.api.model.Taxonomy;
import nl.aanbodwijzer.system.ApiTest;
import org.junit.jupiter.api.Test;

class TaxonomyControllerTest extends ApiTest {
    @Inject
    TaxonomyClient client;

    @Test
    void shouldListEveryCodeWithADutchLabel() {
        Taxonomy taxonomy = client.getTaxonomy();

        assertThat(taxonomy.getOfferTypes()).hasSize(OfferType.values().length).anySatisfy(type -> assertThat(
                        type.getCode() + "=" + type.getLabel())
                .isEqualTo("ONDERWIJSZORGARRANGEMENT=Onderwijszorgarrangement"));
        assertThat(taxonomy.getSectors())
                .extracting(Label::getCode)
                .containsExactly("PO", "SBO", "SO", "VO", "VSO", "MBO");
        assertThat(taxonomy.getFundingSources()).extracting(Label::getCode).contains("SWV", "VSV_PROGRAMMA");
        assertThat(taxonomy.getNeeds()).extracting(NeedLabel::getCode).containsExactly(Need.values());
    }

    @Test
    void shouldCarryTheNeedsSynonymsFromCatalogData() {
        NeedLabel ass = client.getTaxonomy().getNeeds().stream()
                .filter(need -> need.getCode() == Need.ASS)
                .findFirst()
                .orElseThrow();

        assertThat(ass.getLabel()).isEqualTo("Autismespectrumstoornis");
        assertThat(ass.getSynonyms()).contains("autisme", "autistisch");
    }

    @Test
    void shouldListAllMunicipalitiesWithTheirSubregions() {
        Taxonomy taxonomy = client.getTaxonomy();

        assertThat(taxonomy.getMunicipalities()).hasSize(342);
        assertThat(taxonomy.getSubregions()).hasSize(4);
        assertThat(municipality(taxonomy, "GM0202").getSubregions())
                .containsExactlyInAnyOrder("arnhem-zuid", "arnhem-noord-renkum-rozendaal-rheden");
        assertThat(municipality(taxonomy, "GM0299").getSubregions()).containsExactly("liemers");
        assertThat(municipality(taxonomy, "GM0363").getName()).isEqualTo("Amsterdam");
        assertThat(municipality(taxonomy, "GM0363").getSubregions()).isEmpty();
    }

    private static Municipality municipality(Taxonomy taxonomy, String code) {
        return taxonomy.getMunicipalities().stream()
                .filter(m -> m.getCode().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
