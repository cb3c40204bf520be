package nl.aanbodwijzer.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import java.time.Duration;
import java.time.temporal.TemporalAmount;
import java.util.Optional;
import nl.aanbodwijzer.system.DomainException.Throttled;
import nl.aanbodwijzer.web.Form;
import nl.aanbodwijzer.web.Page;
import nl.aanbodwijzer.web.Pages;

/**
 * Signing in and out of the web pages. The signed token is kept in a cookie that scripts cannot read
 * (HttpOnly), that travels only over a secure connection (localhost counts as one) and never with a
 * request from another site (SameSite=Strict).
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class SignInPages {
    private final AccountAuthenticator<?> authenticator;
    private final AccessRefreshTokenGenerator tokens;
    private final AccessTokenCookieConfiguration cookie;
    private final Pages pages;

    SignInPages(
            AccountAuthenticator<?> authenticator,
            AccessRefreshTokenGenerator tokens,
            AccessTokenCookieConfiguration cookie,
            Pages pages) {
        this.authenticator = authenticator;
        this.tokens = tokens;
        this.cookie = cookie;
        this.pages = pages;
    }

    @Get("/inloggen")
    MutableHttpResponse<String> form(HttpRequest<?> request, @Nullable @QueryValue String terug) {
        return signInPage(request, terug, null, null).render();
    }

    @Post(uri = "/inloggen", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<String> signIn(HttpRequest<?> request, @Body String body) {
        Form form = pages.form(request, body);
        String username = form.first("username");
        String password = form.first("password");
        String terug = form.first("terug");
        String name = username == null ? "" : username.strip();
        Optional<Authentication> authentication;
        try {
            authentication = authenticator
                    .authenticate(name, password == null ? "" : password, AccountAuthenticator.address(request))
                    .getAuthentication();
        } catch (Throttled throttled) {
            return signInPage(request, terug, name, paused(throttled.retryAfter()))
                    .status(HttpStatus.TOO_MANY_REQUESTS)
                    .render();
        }
        if (authentication.isEmpty()) {
            return signInPage(request, terug, name, "De gebruikersnaam of het wachtwoord klopt niet.")
                    .status(HttpStatus.UNAUTHORIZED)
                    .render();
        }
        String token = tokens.generate(authentication.get())
                .orElseThrow(() -> new IllegalStateException("no token generated"))
                .getAccessToken();
        return Pages.redirect(safeReturn(terug)).cookie(tokenCookie(token, cookie.getCookieMaxAge()));
    }

    @Post(uri = "/uitloggen", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<String> signOut(HttpRequest<?> request, @Body String body) {
        pages.form(request, body);
        return Pages.redirect("/?uitgelogd=1").cookie(tokenCookie("", Optional.of(Duration.ZERO)));
    }

    private Page signInPage(HttpRequest<?> request, String back, String username, String error) {
        return pages.page(request, "sign-in", "Inloggen")
                .with("back", safeReturn(back))
                .with("username", username)
                .with("error", error);
    }

    private Cookie tokenCookie(String value, Optional<? extends TemporalAmount> maxAge) {
        Cookie made = Cookie.of(cookie.getCookieName(), value)
                .path("/")
                .httpOnly(true)
                .secure(true)
                .sameSite(SameSite.Strict);
        maxAge.ifPresent(made::maxAge);
        return made;
    }

    /** Only a path of this service: a sign-in link must not send anyone elsewhere. */
    private static String safeReturn(String back) {
        return back != null && back.startsWith("/") && !back.startsWith("//") && !back.startsWith("/\\") ? back : "/";
    }

    private static String paused(Duration retryAfter) {
        long minutes = Math.max(1, (retryAfter.toSeconds() + 59) / 60);
        return "Te veel mislukte pogingen. Probeer het over " + minutes + (minutes == 1 ? " minuut" : " minuten")
                + " opnieuw.";
    }
}
