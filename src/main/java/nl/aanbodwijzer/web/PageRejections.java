package nl.aanbodwijzer.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A page that needs an account sends a visitor without one to the sign-in page, and back after it;
 * a signed-in visitor whose role may not see it gets a page that says so. The API keeps its 401 and
 * 403 problems.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
final class PageRejections extends DefaultAuthorizationExceptionHandler {
    private final Pages pages;

    PageRejections(
            ErrorResponseProcessor<?> errorResponseProcessor,
            RedirectConfiguration redirectConfiguration,
            RedirectService redirectService,
            @Nullable PriorToLoginPersistence<?, ?> priorToLoginPersistence,
            Pages pages) {
        super(errorResponseProcessor, redirectConfiguration, redirectService, priorToLoginPersistence);
        this.pages = pages;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        if (!WebPaths.isPage(request)) {
            return super.handle(request, exception);
        }
        if (exception.isForbidden() || request.getUserPrincipal().isPresent()) {
            return pages.page(request, "forbidden", "Geen toegang")
                    .with("formRejected", !exception.isForbidden())
                    .status(HttpStatus.FORBIDDEN)
                    .render();
        }
        String back =
                request.getMethod().name().equals("GET") ? request.getUri().toString() : "/";
        return Pages.redirect("/inloggen?terug=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
    }
}
