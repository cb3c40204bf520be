package nl.aanbodwijzer.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.csrf.CsrfConfiguration;
import io.micronaut.security.csrf.repository.CsrfLoginCookieProvider;

/**
 * Gives a browser the CSRF cookie on its first page, so that every form can carry the same token
 * (the double-submit pattern that {@link Pages#form} checks on every form post). A cookie this
 * service did not sign, such as one from before its database was made anew, is replaced, or every
 * form of that browser would be refused until it expired.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class CsrfCookie implements Ordered {
    private static final String NEW_TOKEN = CsrfCookie.class.getName();
    private static final String COOKIE_NAME = "__Host-csrfToken";

    private final CsrfLoginCookieProvider cookies;
    private final SignedCsrfTokens tokens;

    CsrfCookie(CsrfLoginCookieProvider cookies, SignedCsrfTokens tokens, CsrfConfiguration configuration) {
        this.cookies = cookies;
        this.tokens = tokens;
        if (!COOKIE_NAME.equals(configuration.getCookieName())) {
            throw new IllegalStateException("the CSRF cookie is expected to be named " + COOKIE_NAME);
        }
    }

    /** The token the page's forms send: the browser's, or the one its first page gives it. */
    static String token(HttpRequest<?> request) {
        return request.getAttribute(NEW_TOKEN, Cookie.class)
                .or(() -> request.getCookies().findCookie(COOKIE_NAME))
                .map(Cookie::getValue)
                .orElse(null);
    }

    @RequestFilter
    void giveTokenToNewBrowsers(HttpRequest<?> request) {
        boolean hasOwnToken = request.getCookies()
                .findCookie(COOKIE_NAME)
                .filter(cookie -> tokens.isSigned(request, cookie.getValue()))
                .isPresent();
        if (WebPaths.isPage(request) && !hasOwnToken) {
            request.setAttribute(NEW_TOKEN, cookies.provideCookie(request));
        }
    }

    @ResponseFilter
    void setCookie(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(NEW_TOKEN, Cookie.class).ifPresent(response::cookie);
    }

    /** Before security, so that the token is there for a page that security answers itself. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}
