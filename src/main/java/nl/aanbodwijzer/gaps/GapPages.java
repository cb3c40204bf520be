package nl.aanbodwijzer.gaps;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import java.util.List;
import java.util.Optional;
import nl.aanbodwijzer.catalog.Catalog;
import nl.aanbodwijzer.system.CurrentActor;
import nl.aanbodwijzer.system.DomainException.NotFound;
import nl.aanbodwijzer.system.DomainException.RuleViolation;
import nl.aanbodwijzer.system.Role;
import nl.aanbodwijzer.web.Form;
import nl.aanbodwijzer.web.Inputs;
import nl.aanbodwijzer.web.Pages;

/**
 * The gaps for the project leader, each with what became of it, and the outcome of a case: the
 * coordinator records it by her own case reference, the project leader by gap.
 */
@Controller
@Secured(Role.Names.PROJECTLEIDER)
class GapPages {
    private static final int PAGE_SIZE = 25;

    private final GapStore store;
    private final GapResolving resolving;
    private final Catalog catalog;
    private final CurrentActor actor;
    private final Pages pages;

    GapPages(GapStore store, GapResolving resolving, Catalog catalog, CurrentActor actor, Pages pages) {
        this.store = store;
        this.resolving = resolving;
        this.catalog = catalog;
        this.actor = actor;
        this.pages = pages;
    }

    @Get("/tekorten")
    MutableHttpResponse<String> list(
            HttpRequest<?> request, @Nullable @QueryValue String alle, @Nullable @QueryValue String page) {
        Inputs inputs = new Inputs();
        int pageNumber =
                Optional.ofNullable(inputs.number(page, 1, 10_000, "Pagina")).orElse(1);
        boolean all = "ja".equals(alle);
        Page<RecordedGap> found = store.find(all ? null : true, null, null, pageNumber, PAGE_SIZE);
        var taxonomy = catalog.snapshot().taxonomy();
        return pages.page(request, "gaps/list", "Tekorten")
                .with(
                        "gaps",
                        found.getContent().stream()
                                .map(g -> GapLine.of(g, taxonomy))
                                .toList())
                .with("total", found.getTotalSize())
                .with("all", all)
                .with("page", pageNumber)
                .with("pages", Math.max(1, found.getTotalPages()))
                .with("errors", inputs.errors())
                .status(inputs.valid() ? HttpStatus.OK : HttpStatus.BAD_REQUEST)
                .render();
    }

    @Post(uri = "/tekorten/{id}/uitkomst", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<String> resolve(HttpRequest<?> request, @PathVariable long id, @Body String body) {
        Form form = pages.form(request, body);
        return record(request, form, (o, placed) -> resolving.resolve(id, o, placed, actor.get()));
    }

    @Post(uri = "/casussen/uitkomst", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Role.Names.COORDINATOR, Role.Names.PROJECTLEIDER})
    MutableHttpResponse<String> resolveCase(HttpRequest<?> request, @Body String body) {
        Form form = pages.form(request, body);
        String caseReference = form.first("caseReference");
        return record(
                request,
                form,
                (o, placed) ->
                        resolving.resolveCase(caseReference == null ? "" : caseReference, o, placed, actor.get()));
    }

    private interface Resolution {
        RecordedGap apply(GapOutcome outcome, String placedOfferId);
    }

    private MutableHttpResponse<String> record(HttpRequest<?> request, Form form, Resolution resolution) {
        String outcome = form.first("outcome");
        String placedOfferId = form.first("placedOfferId");
        Inputs inputs = new Inputs();
        GapOutcome chosen = inputs.required(inputs.choice(GapOutcome.class, outcome, "Uitkomst"), outcome, "Uitkomst");
        String placed = Inputs.blank(placedOfferId) ? null : placedOfferId.strip();
        if (chosen == GapOutcome.PLACED_IN_OFFER && placed == null) {
            inputs.error("Kies bij een plaatsing het aanbod waarin de leerling is geplaatst.");
        } else if (chosen != GapOutcome.PLACED_IN_OFFER && placed != null) {
            inputs.error("Kies alleen bij ‘Geplaatst in aanbod’ een aanbod.");
        }
        if (!inputs.valid()) {
            return outcomePage(request, null, inputs.errors())
                    .status(HttpStatus.BAD_REQUEST)
                    .render();
        }
        try {
            RecordedGap gap = resolution.apply(chosen, placed);
            return outcomePage(request, GapLine.of(gap, catalog.snapshot().taxonomy()), List.of())
                    .render();
        } catch (NotFound notFound) {
            return outcomePage(request, null, List.of("Er is geen tekort gevonden voor deze casus van uw account."))
                    .status(HttpStatus.NOT_FOUND)
                    .render();
        } catch (RuleViolation violation) {
            return outcomePage(
                            request,
                            null,
                            List.of("Dit aanbod bestaat niet of neemt geen leerlingen aan; kies een actief aanbod."))
                    .status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .render();
        }
    }

    private nl.aanbodwijzer.web.Page outcomePage(HttpRequest<?> request, GapLine gap, List<String> errors) {
        return pages.page(request, "gaps/outcome", gap == null ? "Uitkomst niet vastgelegd" : "Uitkomst vastgelegd")
                .with("gap", gap)
                .with("errors", errors);
    }
}
