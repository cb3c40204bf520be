package nl.aanbodwijzer.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import nl.aanbodwijzer.api.model.Need;
import nl.aanbodwijzer.api.model.Offer;
import nl.aanbodwijzer.api.model.OfferPage;
import nl.aanbodwijzer.api.model.OfferStatus;
import nl.aanbodwijzer.api.model.OfferType;
import nl.aanbodwijzer.api.model.Sector;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class OffersControllerTest {
    private static final int SEED_OFFERS = 46;

    @Inject
    OffersClient offers;

    @Test
    void shouldListTheSeedOffersWithoutLogin() {
        OfferPage page = offers.listOffers(null, null, null, null, null, null, null, 1, 100);

        assertThat(page.getTotal()).isEqualTo(SEED_OFFERS);
        assertThat(page.getItems()).hasSize(SEED_OFFERS);
        assertThat(ids(page))
                .contains(
                        "grip",
                        "leercentrum-playing-for-success",
                        "symbioseklassen",
                        "verzuimcoaches",
                        "onderwijs-hoogbegaafden",
                        "opdc",
                        "trajectvoorziening-20tz00");
        assertThat(page.getItems()).extracting(Offer::getName).isSorted();
    }

    @Test
    void shouldIncludeGripForAVoPupilInArnhem() {
        OfferPage page = offers.listOffers("GM0202", Sector.VO, null, null, null, null, null, 1, 100);

        assertThat(ids(page)).contains("grip");
        assertThat(page.getTotal()).isEqualTo(SEED_OFFERS);
    }

    @Test
    void shouldFindNothingForPrimarySchoolsOrOutsideTheRegion() {
        assertThat(offers.listOffers(null, Sector.PO, null, null, null, null, null, 1, 20)
                        .getTotal())
                .isZero();
        assertThat(offers.listOffers("GM0363", null, null, null, null, null, null, 1, 20)
                        .getTotal())
                .isZero();
    }

    @Test
    void shouldShowTheOpdcAsPlanned() {
        OfferPage planned = offers.listOffers(null, null, null, null, null, OfferStatus.PLANNED, null, 1, 20);

        assertThat(ids(planned)).containsExactly("opdc");
        assertThat(planned.getItems().get(0).getStatus()).isEqualTo(OfferStatus.PLANNED);
    }

    @Test
    void shouldFilterByTypeAndNeed() {
        assertThat(offers.listOffers(null, null, null, OfferType.TRAJECTVOORZIENING, null, null, null, 1, 100)
                        .getTotal())
                .isEqualTo(40);
        assertThat(ids(offers.listOffers(null, null, null, null, Need.HOOGBEGAAFDHEID, null, null, 1, 20)))
                .containsExactly("onderwijs-hoogbegaafden");
        assertThat(ids(offers.listOffers(
                        null,
                        null,
                        14,
                        OfferType.ONDERWIJSZORGARRANGEMENT,
                        Need.PSYCHIATRIE,
                        OfferStatus.ACTIVE,
                        null,
                        1,
                        20)))
                .containsExactly("grip");
    }

    @Test
    void shouldPageThroughTheCatalogueWithoutGapsOrRepeats() {
        OfferPage first = offers.listOffers(null, null, null, null, null, null, null, 1, 20);
        OfferPage second = offers.listOffers(null, null, null, null, null, null, null, 2, 20);
        OfferPage third = offers.listOffers(null, null, null, null, null, null, null, 3, 20);

        assertThat(first.getPage()).isEqualTo(1);
        assertThat(first.getSize()).isEqualTo(20);
        assertThat(third.getItems()).hasSize(SEED_OFFERS - 40);
        List<String> all = new java.util.ArrayList<>(ids(first));
        all.addAll(ids(second));
        all.addAll(ids(third));
        assertThat(all).doesNotHaveDuplicates().hasSize(SEED_OFFERS);
    }

    @Test
    void shouldAnswerOneOfferWithItsEtagAndEveryDocumentedField() {
        HttpResponse<Offer> response = offers.getOffer("grip");
        Offer grip = response.body();

        assertThat(response.header(HttpHeaders.ETAG)).isEqualTo("\"" + grip.getVersion() + "\"");
        assertThat(grip.getType()).isEqualTo(OfferType.ONDERWIJSZORGARRANGEMENT);
        assertThat(grip.getProviders())
                .extracting(p -> p.getId() + "/" + p.getRole())
                .containsExactly("mariendael/EDUCATION", "at-zorg/CARE");
        assertThat(grip.getMaxDurationWeeks()).isEqualTo(13);
        assertThat(grip.getExtensionWeeks()).isEqualTo(13);
        assertThat(grip.getHousedAtSchool()).isFalse();
        assertThat(grip.getEntryRequirements().getCareIndicationRequired()).isTrue();
        assertThat(grip.getCapacity().getTotal())
                .as("nobody published GRIP's capacity")
                .isNull();
        assertThat(grip.getCapacity().getFree()).isNull();
        assertThat(grip.getMunicipalities()).hasSize(10).contains("GM0202", "GM1955");
        assertThat(grip.getSynthetic()).isFalse();
    }

    @Test
    void shouldLimitTrajectvoorzieningToTheSchoolsOwnPupils() {
        Offer offer = offers.getOffer("trajectvoorziening-20tz00").body();

        assertThat(offer.getEntryRequirements().getOnlyPupilsOfSchool()).isEqualTo("20TZ00");
        assertThat(offer.getLocations()).singleElement().satisfies(location -> {
            assertThat(location.getSchoolLocationCode()).isEqualTo("20TZ00");
            assertThat(location.getMunicipality()).isEqualTo("GM0202");
        });
    }

    private static List<String> ids(OfferPage page) {
        return page.getItems().stream().map(Offer::getId).toList();
    }
}
