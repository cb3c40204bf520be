package nl.aanbodwijzer.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.List;
import nl.aanbodwijzer.catalog.Catalog;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.catalog.OfferEditing;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.OfferStatus;
import nl.aanbodwijzer.catalog.taxonomy.OfferType;
import nl.aanbodwijzer.catalog.taxonomy.ProviderRole;
import nl.aanbodwijzer.catalog.taxonomy.Sector;
import nl.aanbodwijzer.system.Actor;
import nl.aanbodwijzer.system.Role;
import nl.aanbodwijzer.system.Versions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The project leader adds an offer, is told every mistake at once, changes it, is stopped when a
 * colleague changed it meanwhile, and retires it.
 */
class EditingJourneyTest extends BrowserTest {
    private static final Actor COLLEAGUE = new Actor("colleague", java.util.Set.of(Role.PROJECTLEIDER), null);

    @Inject
    Catalog catalog;

    @Inject
    OfferEditing editing;

    @Test
    void shouldAddChangeAndRetireAnOffer() {
        browserSignInAs(accounts.projectleider());
        open("/beheer/aanbod");
        look("editing-list");
        follow(Browser.find("a[href='/beheer/nieuw-aanbod']"));
        follow(Browser.find("main form button[type=submit]"));
        assertThat(Browser.find("[role=alert]").getText())
                .contains("Vul ‘Code’ in.", "Vul ‘Naam’ in.", "Kies ten minste één sector.");
        look("editing-mistakes");

        type("id", "rebound-oost");
        type("name", "Rebound Oost");
        type("minAge", "12");
        type("maxAge", "16");
        new Select(Browser.find("#type")).selectByValue(OfferType.TUSSENVOORZIENING.name());
        new Select(Browser.find("#status")).selectByValue(OfferStatus.ACTIVE.name());
        new Select(Browser.find("#tlvRequired")).selectByValue("nee");
        String provider = catalog.snapshot()
                .offer("grip")
                .orElseThrow()
                .providers()
                .get(0)
                .id();
        new Select(Browser.find("#role-" + provider)).selectByValue(ProviderRole.OPERATOR.name());
        click(Browser.find("#municipality-GM0202"));
        click(Browser.find("#sector-VO"));
        click(Browser.find("#need-" + Need.GEDRAG.name()));
        type("source", "Gesprek met de aanbieder, december 2026");
        look("editing-new");
        follow(Browser.find("main form button[type=submit]"));

        assertThat(path()).isEqualTo("/beheer/aanbod?opgeslagen=rebound-oost");
        assertThat(Browser.find("[role=status]").getText()).contains("‘Rebound Oost’ is opgeslagen.");
        Offer created = catalog.snapshot().offer("rebound-oost").orElseThrow();
        assertThat(created.municipalities()).containsExactly("GM0202");
        assertThat(created.sectors()).containsExactly(Sector.VO);
        assertThat(created.needs()).containsExactly(Need.GEDRAG);
        assertThat(created.minAge()).isEqualTo(12);
        assertThat(created.entryRequirements().tlvRequired()).isFalse();
        assertThat(created.providers()).extracting(Offer.Partner::id).containsExactly(provider);

        follow(Browser.find("a[href='/beheer/aanbod/rebound-oost']"));
        type("name", "Rebound Arnhem-Oost");
        editing.update(
                "rebound-oost",
                Versions.etag(created.version()),
                created.toBuilder().description("Door een collega aangevuld.").build(),
                COLLEAGUE);
        follow(Browser.find("main form button[type=submit]"));
        assertThat(Browser.find("[role=alert]").getText()).contains("Iemand anders heeft dit aanbod gewijzigd");
        assertThat(Browser.find("#name").getAttribute("value")).isEqualTo("Rebound Arnhem-Oost");
        assertThat(catalog.snapshot().offer("rebound-oost").orElseThrow().name())
                .isEqualTo("Rebound Oost");
        look("editing-changed-meanwhile");

        follow(Browser.find("main form button[type=submit]"));
        assertThat(Browser.find("[role=status]").getText()).contains("‘Rebound Arnhem-Oost’ is opgeslagen.");
        assertThat(catalog.snapshot().offer("rebound-oost").orElseThrow().name())
                .isEqualTo("Rebound Arnhem-Oost");

        follow(Browser.find("a[href='/beheer/aanbod/rebound-oost']"));
        follow(Browser.find("form[action$='/beeindigen'] button"));
        assertThat(Browser.find("[role=status]").getText()).contains("is opgeslagen.");
        assertThat(catalog.snapshot().offer("rebound-oost").orElseThrow().status())
                .isEqualTo(OfferStatus.CLOSED);
        assertThat(row("Rebound Arnhem-Oost")).contains("Gesloten");
        open("/beheer/aanbod/rebound-oost");
        assertThat(Browser.all("form[action$='/beeindigen']")).isEmpty();
    }

    private static void type(String field, String value) {
        WebElement input = Browser.find("#" + field);
        input.clear();
        input.sendKeys(value);
    }

    private static String row(String name) {
        List<WebElement> rows = Browser.all("tbody tr");
        return rows.stream()
                .map(WebElement::getText)
                .filter(text -> text.startsWith(name))
                .findFirst()
                .orElseThrow();
    }
}
