package nl.aanbodwijzer.web;

import io.micronaut.http.HttpRequest;
import java.util.List;

/** Which requests are for the web pages: everything but the API, its documents and the operators' endpoints. */
final class WebPaths {
    private static final List<String> NOT_PAGES =
            List.of("/api/", "/hsds", "/openapi/", "/api-docs/", "/webjars/", "/health", "/prometheus", "/static/");

    private WebPaths() {}

    static boolean isPage(HttpRequest<?> request) {
        String path = request.getPath();
        return NOT_PAGES.stream().noneMatch(path::startsWith);
    }
}
