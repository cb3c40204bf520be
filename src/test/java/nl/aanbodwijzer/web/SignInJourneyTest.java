package nl.aanbodwijzer.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

/** Signing in, a wrong password, a page the role may not see, and signing out. */
class SignInJourneyTest extends BrowserTest {

    @Test
    void shouldRefuseAWrongPasswordThenSignInAndOut() {
        String coordinator = accounts.coordinator();
        open("/matchen");
        assertThat(path()).startsWith("/inloggen?terug=%2Fmatchen");
        browserSignIn(coordinator, "wrong-password");
        assertThat(Browser.find(".utrecht-alert--error").getText())
                .isEqualTo("De gebruikersnaam of het wachtwoord klopt niet.");
        assertThat(Browser.find("#username").getAttribute("value")).isEqualTo(coordinator);
        look("sign-in-failed");

        Browser.find("#password").sendKeys(nl.aanbodwijzer.security.TestAccounts.PASSWORD);
        follow(Browser.find("form.narrow-form button[type=submit]"));
        assertThat(path()).isEqualTo("/matchen");
        Cookie token = browser.manage().getCookieNamed("__Host-token");
        assertThat(token.isHttpOnly()).isTrue();
        assertThat(token.isSecure()).isTrue();
        assertThat(token.getSameSite()).isEqualTo("Strict");

        open("/rapportages");
        assertThat(Browser.find("h1").getText()).isEqualTo("Geen toegang");
        look("forbidden");

        follow(Browser.find(".site-account button[type=submit]"));
        assertThat(Browser.find(".utrecht-alert--ok").getText()).isEqualTo("U bent uitgelogd.");
        assertThat(browser.manage().getCookieNamed("__Host-token")).isNull();
        open("/matchen");
        assertThat(path()).startsWith("/inloggen");
        look("sign-in");
    }
}
