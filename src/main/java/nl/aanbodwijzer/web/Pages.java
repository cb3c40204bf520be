package nl.aanbodwijzer.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.csrf.validator.CsrfTokenValidator;
import io.micronaut.views.jte.HtmlJteViewsRenderer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import nl.aanbodwijzer.system.Role;

/**
 * Renders the web pages with their templates. A page is rendered into memory before its answer
 * starts, so that a template error answers 500 at once; written while streaming, it left the
 * response hanging until the client gave up.
 */
@Singleton
public class Pages {
    private static final Map<Role, String> ROLE_LABELS = Map.of(
            Role.COORDINATOR, "zorgcoördinator",
            Role.PROVIDER, "aanbieder",
            Role.PROJECTLEIDER, "projectleider",
            Role.ADMIN, "beheerder");

    private final HtmlJteViewsRenderer<Map<String, Object>> renderer;
    private final CsrfTokenValidator<HttpRequest<?>> csrf;

    Pages(HtmlJteViewsRenderer<Map<String, Object>> renderer, CsrfTokenValidator<HttpRequest<?>> csrf) {
        this.renderer = renderer;
        this.csrf = csrf;
    }

    /**
     * A submitted form, once its CSRF token (field {@code csrfToken}) matches the browser's signed
     * CSRF cookie; otherwise the form is refused as {@link PageRejections} says.
     */
    public Form form(HttpRequest<?> request, String body) {
        Form form = Form.parse(body);
        String token = form.first("csrfToken");
        if (token == null || !csrf.validateCsrfToken(request, token)) {
            throw new AuthorizationException(null);
        }
        return form;
    }

    /** A page with its template (a path below src/main/jte, without .jte) and its Dutch title. */
    public Page page(HttpRequest<?> request, String template, String title) {
        return new Page(this, request, template, chrome(request, title));
    }

    /** After a form: the browser asks for {@code path} with GET (303 See Other). */
    public static MutableHttpResponse<String> redirect(String path) {
        return HttpResponse.seeOther(URI.create(path));
    }

    String html(String template, Map<String, Object> model, HttpRequest<?> request) {
        StringWriter out = new StringWriter();
        try {
            renderer.render(template, model, request).writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Chrome chrome(HttpRequest<?> request, String title) {
        Authentication user = request.getUserPrincipal(Authentication.class).orElse(null);
        Collection<String> roles = user == null ? List.of() : user.getRoles();
        String path = request.getPath();
        return new Chrome(
                title,
                path,
                user == null ? null : user.getName(),
                roles.stream()
                        .map(Role::valueOf)
                        .map(ROLE_LABELS::get)
                        .findFirst()
                        .orElse(null),
                menu(roles, path),
                CsrfCookie.token(request));
    }

    private static List<Chrome.NavItem> menu(Collection<String> roles, String path) {
        List<Chrome.NavItem> menu = new ArrayList<>();
        add(menu, path, "Aanbod", "/", true);
        boolean matches = roles.contains(Role.Names.COORDINATOR) || roles.contains(Role.Names.PROJECTLEIDER);
        add(menu, path, "Matchen", "/matchen", matches);
        add(menu, path, "Mijn aanbod", "/mijn-aanbod", roles.contains(Role.Names.PROVIDER));
        boolean leads = roles.contains(Role.Names.PROJECTLEIDER);
        add(menu, path, "Rapportages", "/rapportages", leads);
        add(menu, path, "Tekorten", "/tekorten", leads);
        boolean edits = leads || roles.contains(Role.Names.ADMIN);
        add(menu, path, "Beheer aanbod", "/beheer", edits);
        return List.copyOf(menu);
    }

    private static void add(List<Chrome.NavItem> menu, String path, String label, String href, boolean allowed) {
        if (allowed) {
            boolean current =
                    href.equals("/") ? path.equals("/") || path.startsWith("/aanbod/") : path.startsWith(href);
            menu.add(new Chrome.NavItem(label, href, current));
        }
    }
}
