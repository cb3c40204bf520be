package nl.aanbodwijzer.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import nl.aanbodwijzer.security.TestAccounts;
import nl.aanbodwijzer.system.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The base of the journeys in a real browser: the service on its own database (as every HTTP test),
 * one Chromium, and each page checked with axe-core and saved as a screenshot.
 */
abstract class BrowserTest extends ApiTest {
    @Inject
    EmbeddedServer server;

    protected ChromeDriver browser;

    @BeforeEach
    void freshBrowser() {
        browser = Browser.driver();
        browser.get("about:blank");
        // every test's service has keys of its own; cookies of localhost hold for every port
        browser.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
        Browser.emulatePrint(false);
    }

    /** Opens a path of the service; "localhost", since secure cookies count only there over http. */
    protected void open(String path) {
        browser.get("http://localhost:" + server.getPort() + path);
    }

    protected String path() {
        return browser.getCurrentUrl().replaceFirst("^http://localhost:\\d+", "");
    }

    /** Clicks as a person would: the element is first scrolled into the middle of the window. */
    protected void click(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /**
     * Clicks a link or a form's button and waits until the next page has replaced this one and is
     * loaded; reading before that reads the old page. The old page is marked on its window, which a
     * new document does not inherit: Chromium does not always report an element of a replaced page
     * as stale, but as an unknown error.
     */
    protected void follow(WebElement element) {
        browser.executeScript("window.leftByTest = true");
        click(element);
        Browser.waiting()
                .until(driver -> Boolean.TRUE.equals(browser.executeScript(
                        "return window.leftByTest === undefined && document.readyState === 'complete'")));
    }

    /** Checks the page with axe-core and saves its screenshot. */
    protected void look(String name) {
        Browser.assertAccessible(name);
        Browser.screenshot(name);
    }

    /** Signs in on the sign-in page, opening it unless the browser is there already. */
    protected void browserSignIn(String username, String password) {
        if (!path().startsWith("/inloggen")) {
            open("/inloggen");
        }
        Browser.find("#username").sendKeys(username);
        Browser.find("#password").sendKeys(password);
        follow(Browser.find("form.narrow-form button[type=submit]"));
    }

    protected void browserSignInAs(String username) {
        browserSignIn(username, TestAccounts.PASSWORD);
        assertThat(Browser.all(".site-account strong"))
                .as(
                        "signed in as %s; the page says: %s",
                        username, Browser.find("main").getText())
                .extracting(WebElement::getText)
                .containsExactly(username);
    }
}
