package nl.aanbodwijzer.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.views.ViewsConfiguration;
import io.micronaut.views.jte.HtmlJteViewsRenderer;
import io.micronaut.views.jte.JteViewsRendererConfiguration;
import jakarta.inject.Singleton;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The real renderer, noting which page templates the tests rendered. */
@Singleton
@Replaces(HtmlJteViewsRenderer.class)
class RecordingRenderer<T> extends HtmlJteViewsRenderer<T> {
    static final Set<String> RENDERED = ConcurrentHashMap.newKeySet();

    RecordingRenderer(ViewsConfiguration views, JteViewsRendererConfiguration jte) {
        super(views, jte);
    }

    @Override
    public Writable render(String viewName, T data, HttpRequest<?> request) {
        RENDERED.add(viewName);
        return super.render(viewName, data, request);
    }
}
