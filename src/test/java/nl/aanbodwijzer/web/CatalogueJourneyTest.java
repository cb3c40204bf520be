package nl.aanbodwijzer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** A parent or coordinator searches the public catalogue, filters it, shares the search and opens an offer. */
class CatalogueJourneyTest extends BrowserTest {

    @Test
    void shouldSearchFilterAndOpenAnOffer() {
        open("/");
        assertThat(browser.getTitle()).isEqualTo("Aanbod zoeken – Aanbodwijzer");
        int everything = Browser.all(".offer-card").size();
        assertThat(everything).isPositive();
        look("catalogue");

        Select type = new Select(Browser.find("#type"));
        WebElement leercentrum = type.getOptions().stream()
                .filter(o -> o.getAttribute("value").equals("LEERCENTRUM"))
                .findFirst()
                .orElseThrow();
        long counted = Long.parseLong(leercentrum.getText().replaceAll(".*\\((\\d+)\\)$", "$1"));
        type.selectByValue("LEERCENTRUM");
        follow(Browser.find(".search-form button[type=submit]"));

        assertThat(path()).contains("type=LEERCENTRUM");
        List<WebElement> cards = Browser.all(".offer-card");
        assertThat((long) cards.size()).isEqualTo(counted).isLessThan(everything);
        assertThat(cards).allSatisfy(card -> assertThat(card.getText()).contains("Leercentrum"));
        look("catalogue-filtered");

        String shared = path();
        browser.manage().deleteAllCookies();
        open(shared);
        assertThat(new Select(Browser.find("#type")).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("LEERCENTRUM");
        assertThat(Browser.all(".offer-card")).hasSize(cards.size());

        String name = Browser.find(".offer-card h3 a").getText();
        follow(Browser.find(".offer-card h3 a"));
        assertThat(Browser.find("h1").getText()).isEqualTo(name);
        assertThat(browser.findElements(By.xpath("//h2[text()='Contact']"))).hasSize(1);
        assertThat(browser.findElements(By.xpath("//dt[text()='Verwachte wachttijd']")))
                .hasSize(1);
        look("offer");
    }

    @Test
    void shouldCompleteWhatIsTyped() {
        open("/");
        String first = Browser.find(".offer-card h3 a").getText();
        Browser.find("#q").sendKeys(first.substring(0, 4));
        Browser.waiting()
                .until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#q-suggestions option"), 0));
        assertThat(Browser.all("#q-suggestions option"))
                .extracting(option -> option.getAttribute("value"))
                .contains(first);
    }

    @Test
    void shouldShowTheCapacityHistoryAsAChartWithItsData() {
        open("/aanbod/grip");
        if (Browser.all("figure.chart").isEmpty()) {
            assertThat(Browser.find("main").getText()).contains("nog geen cijfers gemeld");
        } else {
            assertThat(Browser.find("figure.chart svg title").getAttribute("textContent"))
                    .isNotBlank();
            assertThat(Browser.all("figure.chart table tbody tr")).isNotEmpty();
        }
    }

    @Test
    void shouldFitAPhoneScreen() {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            open("/");
            Object overflow = ((JavascriptExecutor) browser)
                    .executeScript("return document.documentElement.scrollWidth > window.innerWidth");
            assertThat(overflow).isEqualTo(false);
            look("catalogue-phone");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    void shouldLinkAWebsiteWrittenWithoutSchemeAndKeepEachLabelBesideItsValue() {
        open("/aanbod/trajectvoorziening-00jt03");

        assertThat(Browser.find("a[href='http://www.guido.nl']").getText()).isEqualTo("www.guido.nl");
        Object overflowing = browser.executeScript("return [...document.querySelectorAll('.facts dt')]"
                + ".filter(label => label.scrollWidth > label.clientWidth).map(label => label.textContent)");
        assertThat((List<?>) overflowing)
                .as("labels wider than their column, over their value")
                .isEmpty();
        look("offer-with-website");
    }

    @Test
    void shouldSayAnUnknownOfferIsNotThere() {
        open("/aanbod/bestaat-niet");
        assertThat(Browser.find("h1").getText()).isEqualTo("Niet gevonden");
        look("not-found");
    }
}
