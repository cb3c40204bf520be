package nl.aanbodwijzer.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.aanbodwijzer.matching.MatchingClient;
import nl.aanbodwijzer.matching.ProfileFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The project leader reads the reports with their charts, picks a period and downloads the figures. */
class ReportJourneyTest extends BrowserTest {

    @Inject
    MatchingClient matching;

    @Test
    void shouldShowChartsAndDownloadTheReport() throws IOException {
        signIn(accounts.coordinator());
        for (int i = 1; i <= 6; i++) {
            matching.match(ProfileFixture.vo("GM0202", "ASS", 6, false).caseReference("rapport-" + i));
        }
        browserSignInAs(accounts.projectleider());
        open("/rapportages");
        assertThat(Browser.all("figure.chart svg[role=img] title"))
                .extracting(title -> title.getAttribute("textContent"))
                .containsExactly("Gaten per reden", "Gaten per hulpvraag", "Gaten per maand");
        assertThat(Browser.all("figure.chart table")).hasSize(3);
        assertThat(Browser.all("#per-hulpvraag-caption + .chart__body rect.chart__bar"))
                .anySatisfy(bar ->
                        assertThat(Integer.parseInt(bar.getAttribute("width"))).isPositive());
        look("report-gaps");

        Browser.find("#from").sendKeys("01012026");
        follow(Browser.find(".period-form button"));
        assertThat(path()).contains("from=2026-01-01");
        assertThat(Browser.find("main").getText()).contains("Periode: 1-1-2026 tot en met");

        try (Stream<Path> old = Files.list(Browser.DOWNLOADS)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        click(browser.findElement(By.linkText("Download CSV")));
        Path csv = Browser.waiting().until(driver -> downloaded(".csv"));
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").contains("Gaten");

        open("/rapportages/aanbod");
        assertThat(Browser.find("figure.chart svg title").getAttribute("textContent"))
                .isEqualTo("Plaatsen per soort en gebied");
        assertThat(Browser.find("main").getText()).contains("verouderd");
        look("report-supply");

        open("/rapportages/vraag-en-aanbod");
        look("report-demand-and-supply");

        open("/tekorten");
        look("gaps");
    }

    private static Path downloaded(String extension) {
        try (Stream<Path> files = Files.list(Browser.DOWNLOADS)) {
            return files.filter(f -> f.toString().endsWith(extension))
                    .findFirst()
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}
