package nl.aanbodwijzer.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.aanbodwijzer.security.TestAccounts;
import nl.aanbodwijzer.system.ApiTest;
import org.junit.jupiter.api.Test;

/**
 * Every page template is rendered, over plain HTTP, with what its page needs; the templates that
 * pages include (layout, errors, chart, yes-no) are rendered inside them. A form without its CSRF token is
 * refused, and a CSRF cookie the service did not sign is replaced.
 */
class EveryTemplateIsRenderedTest extends ApiTest {
    @jakarta.inject.Inject
    io.micronaut.runtime.server.EmbeddedServer server;

    private static final Path TEMPLATES = Path.of("src/main/jte");
    private static final List<String> INCLUDED = List.of("layout", "errors", "chart", "editing/yes-no");
    private static final Pattern TOKEN = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");

    @Test
    void shouldRenderEveryPageTemplate() throws IOException {
        RecordingRenderer.RENDERED.clear();
        String coordinator = accounts.coordinator();
        String leader = accounts.projectleider();
        page(HttpRequest.GET("/"), null);
        page(HttpRequest.GET("/aanbod/grip"), null);
        status(HttpRequest.GET("/aanbod/bestaat-niet"), null, 404);
        page(HttpRequest.GET("/inloggen"), null);
        status(HttpRequest.GET("/rapportages"), coordinator, 403);
        page(HttpRequest.GET("/matchen"), coordinator);
        page(HttpRequest.GET("/rapportages"), leader);
        page(HttpRequest.GET("/tekorten"), leader);
        page(HttpRequest.GET("/beheer/aanbod"), leader);
        page(HttpRequest.GET("/beheer/aanbod/grip"), leader);
        page(HttpRequest.GET("/mijn-aanbod"), accounts.provider("praktijkschool-arentheem"));

        HttpResponse<String> form = raw().exchange(as(HttpRequest.GET("/matchen"), coordinator), String.class);
        Cookie csrf = form.getCookie("__Host-csrfToken").orElseThrow();
        Matcher token = TOKEN.matcher(form.body());
        assertThat(token.find()).isTrue();
        status(
                as(
                                HttpRequest.POST(
                                        "/casussen/uitkomst",
                                        "csrfToken=" + token.group(1) + "&caseReference=geen&outcome=WITHDRAWN"),
                                coordinator)
                        .cookie(csrf)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE),
                null,
                404);

        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            List<String> templates = files.filter(f -> f.toString().endsWith(".jte"))
                    .map(f -> TEMPLATES.relativize(f).toString().replaceFirst("\\.jte$", ""))
                    .filter(name -> !INCLUDED.contains(name))
                    .toList();
            assertThat(RecordingRenderer.RENDERED).containsAll(templates);
        }
    }

    @Test
    void shouldRefuseAFormWithoutItsToken() throws IOException, InterruptedException {
        String coordinator = accounts.coordinator();
        status(
                as(HttpRequest.POST("/casussen/uitkomst", "caseReference=geen&outcome=WITHDRAWN"), coordinator)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE),
                null,
                403);
        java.net.http.HttpResponse<String> signIn = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(server.getURI().resolve("/inloggen"))
                                .header("Content-Type", MediaType.APPLICATION_FORM_URLENCODED)
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                        "username=" + coordinator + "&password=" + TestAccounts.PASSWORD))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(303);
        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith("/inloggen"));
        assertThat(signIn.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("__Host-token="));
    }

    @Test
    void shouldReplaceACsrfCookieItDidNotSign() {
        String forged = "c2lnbmVkLWJ5LXNvbWVvbmUtZWxzZQ.cmFuZG9t";
        HttpResponse<String> page = raw().exchange(
                        HttpRequest.GET("/inloggen").cookie(Cookie.of("__Host-csrfToken", forged)), String.class);

        String given = page.getCookie("__Host-csrfToken").orElseThrow().getValue();
        assertThat(given).isNotEqualTo(forged);
        Matcher token = TOKEN.matcher(page.body());
        assertThat(token.find()).isTrue();
        assertThat(token.group(1)).isEqualTo(given);

        HttpResponse<String> again =
                raw().exchange(HttpRequest.GET("/inloggen").cookie(Cookie.of("__Host-csrfToken", given)), String.class);
        assertThat(again.getCookie("__Host-csrfToken")).isEmpty();
    }

    private void page(MutableHttpRequest<?> request, String username) {
        status(request, username, 200);
    }

    private void status(MutableHttpRequest<?> request, String username, int expected) {
        MutableHttpRequest<?> sent = username == null ? request : as(request, username);
        int status;
        String type;
        try {
            HttpResponse<String> response = raw().exchange(sent, String.class);
            status = response.code();
            type = response.getContentType().map(MediaType::toString).orElse("");
        } catch (HttpClientResponseException e) {
            status = e.code();
            type = e.getResponse().getContentType().map(MediaType::toString).orElse("");
        }
        assertThat(status).as(sent.getPath()).isEqualTo(expected);
        if (expected != 303) {
            assertThat(type).as(sent.getPath()).startsWith("text/html");
        }
    }

    private static MutableHttpRequest<?> as(MutableHttpRequest<?> request, String username) {
        return request.basicAuth(username, TestAccounts.PASSWORD);
    }
}
