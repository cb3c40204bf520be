package nl.aanbodwijzer.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import nl.aanbodwijzer.capacity.CapacityFixture;
import nl.aanbodwijzer.catalog.Catalog;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.catalog.OffersClient;
import nl.aanbodwijzer.catalog.taxonomy.OfferStatus;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A provider updates its numbers in one screen, confirms others unchanged, and is told, with the
 * other numbers shown, when a colleague saved first.
 */
class ProviderJourneyTest extends BrowserTest {
    @Inject
    Catalog catalog;

    @Inject
    CapacityFixture capacity;

    @Inject
    OffersClient offers;

    @Test
    void shouldSaveConfirmAndSayWhenSomeoneElseSavedFirst() {
        Offer offer = catalog.snapshot().offers().stream()
                .filter(o -> o.status() == OfferStatus.ACTIVE && !o.providers().isEmpty())
                .findFirst()
                .orElseThrow();
        String providerId = offer.providers().get(0).id();
        String provider = accounts.provider(providerId);
        browserSignInAs(provider);
        open("/mijn-aanbod");
        look("provider-offers");

        WebElement section = Browser.find("#aanbod-" + offer.id());
        replace(section, "total", "12");
        replace(section, "occupied", "9");
        replace(section, "waitingList", "4");
        replace(section, "expectedWaitWeeks", "6");
        follow(section.findElement(By.cssSelector("form button.utrecht-button--primary-action")));

        section = Browser.find("#aanbod-" + offer.id());
        assertThat(section.getText()).contains("De nieuwe cijfers zijn opgeslagen.");
        assertThat(field(section, "total").getAttribute("value")).isEqualTo("12");
        var stored = offers.getOffer(offer.id()).body().getCapacity();
        assertThat(stored.getTotal()).isEqualTo(12);
        assertThat(stored.getOccupied()).isEqualTo(9);

        signIn(provider);
        capacity.publish(offer.id(), CapacityFixture.places(15, 15, 10));
        replace(section, "total", "13");
        follow(section.findElement(By.cssSelector("form button.utrecht-button--primary-action")));

        section = Browser.find("#aanbod-" + offer.id());
        assertThat(section.getText()).contains("Iemand anders heeft deze cijfers net opgeslagen.");
        assertThat(section.findElement(By.cssSelector(".utrecht-alert--warning dl"))
                        .getText())
                .contains("15");
        assertThat(field(section, "total").getAttribute("value")).isEqualTo("13");
        assertThat(offers.getOffer(offer.id()).body().getCapacity().getTotal()).isEqualTo(15);
        look("provider-saved-first");

        follow(section.findElement(By.cssSelector("form button.utrecht-button--primary-action")));
        assertThat(offers.getOffer(offer.id()).body().getCapacity().getTotal()).isEqualTo(13);

        section = Browser.find("#aanbod-" + offer.id());
        follow(section.findElement(By.cssSelector("form.button-row button")));
        assertThat(Browser.find("#aanbod-" + offer.id()).getText()).contains("Bevestigd: er is niets veranderd.");
        look("provider-confirmed");
    }

    private static WebElement field(WebElement section, String name) {
        return section.findElement(By.name(name));
    }

    private static void replace(WebElement section, String name, String value) {
        WebElement input = field(section, name);
        input.clear();
        input.sendKeys(value);
    }
}
