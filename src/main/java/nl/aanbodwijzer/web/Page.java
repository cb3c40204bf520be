package nl.aanbodwijzer.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** One page about to be rendered: its template, its parameters by name, and its status. */
public final class Page {
    private final Pages pages;
    private final HttpRequest<?> request;
    private final String template;
    private final Map<String, Object> model = new LinkedHashMap<>();
    private HttpStatus status = HttpStatus.OK;

    Page(Pages pages, HttpRequest<?> request, String template, Chrome chrome) {
        this.pages = pages;
        this.request = request;
        this.template = template;
        model.put("chrome", chrome);
    }

    /** A parameter of the template; a null value is passed as null. */
    public Page with(String name, Object value) {
        model.put(name, value);
        return this;
    }

    public Page status(HttpStatus status) {
        this.status = status;
        return this;
    }

    /** The page, rendered in full before anything is sent. */
    public MutableHttpResponse<String> render() {
        return HttpResponse.<String>status(status)
                .body(pages.html(template, model, request))
                .contentType(MediaType.TEXT_HTML_TYPE.getName() + ";charset=utf-8");
    }
}
