package nl.aanbodwijzer.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import jakarta.inject.Inject;
import nl.aanbodwijzer.api.model.Offer;
import nl.aanbodwijzer.api.model.OfferType;
import nl.aanbodwijzer.system.ApiTest;
import org.junit.jupiter.api.Test;

class OffersControllerTest extends ApiTest {
    @Inject
    OffersClient offers;

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
}
