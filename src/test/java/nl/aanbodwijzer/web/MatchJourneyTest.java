package nl.aanbodwijzer.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.List;
import nl.aanbodwijzer.api.model.Gap;
import nl.aanbodwijzer.api.model.GapStatus;
import nl.aanbodwijzer.gaps.GapsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * A coordinator matches a pupil during a call, sees the gap recorded, prints the case summary for
 * the thuiszitterstafel, and later records the outcome.
 */
class MatchJourneyTest extends BrowserTest {
    @Inject
    GapsClient gaps;

    @Test
    void shouldMatchRecordTheGapPrintTheSummaryAndRecordTheOutcome() {
        String coordinator = accounts.coordinator();
        browserSignInAs(coordinator);
        open("/matchen");
        look("match-form");

        fillProfile("zaak-browser-1");
        follow(Browser.find("form[action='/matchen'] button[type=submit]"));

        assertThat(Browser.find(".gap-notice").getText()).contains("Dit tekort is vastgelegd");
        assertThat(Browser.find(".match-result").getText()).contains("binnen de norm", "Fase:");
        look("match-result");

        Browser.emulatePrint(true);
        assertThat(Browser.find("form[action='/matchen']").isDisplayed()).isFalse();
        assertThat(Browser.find(".site-header").isDisplayed()).isFalse();
        assertThat(Browser.find(".print-only").isDisplayed()).isTrue();
        String summary = Browser.find("main").getText();
        assertThat(summary).contains("Casusoverzicht voor de thuiszitterstafel", "Profiel", "Wat ontbreekt");
        assertThat(summary).doesNotContain("Beschrijving van de vraag");
        Browser.screenshot("case-summary-print");
        Browser.emulatePrint(false);

        new Select(Browser.find("#outcome")).selectByValue("OTHER_SOLUTION");
        follow(Browser.find(".outcome-form button[type=submit]"));
        assertThat(Browser.find("h1").getText()).isEqualTo("Uitkomst vastgelegd");
        look("case-outcome");

        signIn(accounts.projectleider());
        List<Gap> closed = gaps.listGaps(false, null, null, 1, 50).getItems();
        assertThat(closed).anySatisfy(gap -> assertThat(gap.getStatus()).isEqualTo(GapStatus.CLOSED));
    }

    @Test
    void shouldSayWhatIsMissingInTheForm() {
        browserSignInAs(accounts.coordinator());
        open("/matchen");
        Browser.find("#age").sendKeys("2");
        follow(Browser.find("form[action='/matchen'] button[type=submit]"));
        String errors = Browser.find(".utrecht-alert--error").getText();
        assertThat(errors).contains("Leeftijd", "Sector", "woongemeente", "Belangrijkste behoefte");
        assertThat(Browser.find("#age").getAttribute("value")).isEqualTo("2");
        look("match-errors");
    }

    /** A 14-year-old in secondary school in Arnhem with autism, six weeks absent: no place in time. */
    private void fillProfile(String caseReference) {
        Browser.find("#age").sendKeys("14");
        new Select(Browser.find("#sector")).selectByValue("VO");
        new Select(Browser.find("#municipality")).selectByValue("GM0202");
        new Select(Browser.find("#primaryNeed")).selectByValue("ASS");
        new Select(Browser.find("#absenceStatus")).selectByValue("RELATIEF_VERZUIM");
        Browser.find("#weeksAbsent").sendKeys("6");
        Browser.find("#caseReference").sendKeys(caseReference);
        Browser.find("#text").sendKeys("wil graag rust en een kleine groep");
    }
}
