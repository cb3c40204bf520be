package nl.aanbodwijzer.catalog;

import io.micronaut.core.annotation.Nullable;
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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.aanbodwijzer.capacity.Staleness;
import nl.aanbodwijzer.catalog.providers.ProviderDirectory;
import nl.aanbodwijzer.catalog.taxonomy.OfferStatus;
import nl.aanbodwijzer.system.CurrentActor;
import nl.aanbodwijzer.system.DomainException.Conflict;
import nl.aanbodwijzer.system.DomainException.RuleViolation;
import nl.aanbodwijzer.system.DomainException.StaleVersion;
import nl.aanbodwijzer.system.DomainException.VersionRequired;
import nl.aanbodwijzer.system.Role;
import nl.aanbodwijzer.system.Versions;
import nl.aanbodwijzer.web.Form;
import nl.aanbodwijzer.web.Inputs;
import nl.aanbodwijzer.web.Page;
import nl.aanbodwijzer.web.Pages;
import nl.aanbodwijzer.web.Texts;

/**
 * Catalogue management for the project leader: every offer in a list, a form to add one, and the
 * same form to change or retire one. A change carries the version the form showed, so that it
 * never overwrites a change made meanwhile; retiring sets the status to closed and can be undone.
 */
@Controller("/beheer")
@Secured({Role.Names.PROJECTLEIDER, Role.Names.ADMIN})
class OfferEditPages {
    private final Catalog catalog;
    private final OfferLoader offers;
    private final OfferEditing editing;
    private final ProviderDirectory providers;
    private final Staleness staleness;
    private final CurrentActor actor;
    private final Pages pages;

    OfferEditPages(
            Catalog catalog,
            OfferLoader offers,
            OfferEditing editing,
            ProviderDirectory providers,
            Staleness staleness,
            CurrentActor actor,
            Pages pages) {
        this.catalog = catalog;
        this.offers = offers;
        this.editing = editing;
        this.providers = providers;
        this.staleness = staleness;
        this.actor = actor;
        this.pages = pages;
    }

    @Get("/aanbod")
    MutableHttpResponse<String> list(HttpRequest<?> request, @Nullable @QueryValue String opgeslagen) {
        List<OfferLine> lines = catalog.snapshot().offers().stream()
                .sorted(Comparator.comparing(Offer::name))
                .map(offer -> new OfferLine(
                        offer.id(),
                        offer.name(),
                        offer.type().label(),
                        offer.status().label(),
                        Texts.date(offer.lastVerifiedAt()),
                        staleness.isStale(offer.lastVerifiedAt())))
                .toList();
        String saved = Optional.ofNullable(opgeslagen)
                .flatMap(id -> catalog.snapshot().offer(id))
                .map(offer -> "‘" + offer.name() + "’ is opgeslagen.")
                .orElse(null);
        return pages.page(request, "editing/list", "Beheer aanbod")
                .with("lines", lines)
                .with("saved", saved)
                .render();
    }

    @Get("/nieuw-aanbod")
    MutableHttpResponse<String> blank(HttpRequest<?> request) {
        return form(request, null, OfferForm.empty(catalog.snapshot().taxonomy(), providers.all()), List.of())
                .render();
    }

    @Post(uri = "/aanbod", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<String> create(HttpRequest<?> request, @Body String body) {
        OfferForm form = typed(pages.form(request, body));
        Inputs inputs = new Inputs();
        Offer definition = form.definition(Offer.builder().build(), inputs);
        try {
            if (definition != null) {
                editing.create(definition, actor.get());
                return saved(definition.id());
            }
        } catch (Conflict exists) {
            inputs.error("Er is al aanbod met de code ‘" + definition.id() + "’. Kies een andere code.");
        } catch (RuleViolation broken) {
            refused(inputs, broken);
        }
        return form(request, null, form, inputs.errors())
                .status(HttpStatus.BAD_REQUEST)
                .render();
    }

    @Get("/aanbod/{id}")
    MutableHttpResponse<String> edit(HttpRequest<?> request, @PathVariable String id) {
        return offers.find(id)
                .map(offer -> form(
                                request,
                                offer,
                                OfferForm.of(offer, catalog.snapshot().taxonomy(), providers.all()),
                                List.of())
                        .render())
                .orElseGet(() -> notFound(request));
    }

    @Post(uri = "/aanbod/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<String> change(HttpRequest<?> request, @PathVariable String id, @Body String body) {
        Form submitted = pages.form(request, body);
        String version = submitted.first("version");
        OfferForm form = typed(submitted);
        Optional<Offer> current = offers.find(id);
        if (current.isEmpty()) {
            return notFound(request);
        }
        Inputs inputs = new Inputs();
        Offer definition = form.definition(current.get(), inputs);
        try {
            if (definition != null) {
                editing.update(id, version, definition, actor.get());
                return saved(id);
            }
        } catch (StaleVersion | VersionRequired changedMeanwhile) {
            return changedMeanwhile(request, id, form);
        } catch (RuleViolation broken) {
            refused(inputs, broken);
        }
        return form(request, current.get(), form, inputs.errors())
                .with("version", version)
                .status(HttpStatus.BAD_REQUEST)
                .render();
    }

    @Post(uri = "/aanbod/{id}/beeindigen", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<String> retire(HttpRequest<?> request, @PathVariable String id, @Body String body) {
        String version = pages.form(request, body).first("version");
        Optional<Offer> current = offers.find(id);
        if (current.isEmpty()) {
            return notFound(request);
        }
        Offer closed = current.get().toBuilder().status(OfferStatus.CLOSED).build();
        try {
            editing.update(id, version, closed, actor.get());
        } catch (StaleVersion | VersionRequired changedMeanwhile) {
            return changedMeanwhile(
                    request, id, OfferForm.of(current.get(), catalog.snapshot().taxonomy(), providers.all()));
        }
        return saved(id);
    }

    /** The form as typed, with the offer's newest version, so that saving again is a choice made knowingly. */
    private MutableHttpResponse<String> changedMeanwhile(HttpRequest<?> request, String id, OfferForm typed) {
        Offer now = offers.get(id);
        return form(
                        request,
                        now,
                        typed,
                        List.of("Iemand anders heeft dit aanbod gewijzigd nadat u het opende. Uw wijziging is niet"
                                + " bewaard. Bekijk het aanbod zoals het nu is en sla uw wijziging opnieuw op als"
                                + " die nog klopt."))
                .status(HttpStatus.CONFLICT)
                .render();
    }

    private Page form(HttpRequest<?> request, Offer offer, OfferForm form, List<String> errors) {
        return pages.page(request, "editing/offer", offer == null ? "Nieuw aanbod" : "Wijzig: " + offer.name())
                .with("offerId", offer == null ? null : offer.id())
                .with("closed", offer != null && offer.status() == OfferStatus.CLOSED)
                .with("version", offer == null ? null : Versions.etag(offer.version()))
                .with("form", form)
                .with("errors", errors);
    }

    private OfferForm typed(Form submitted) {
        return OfferForm.typed(submitted, catalog.snapshot().taxonomy(), providers.all());
    }

    private static void refused(Inputs inputs, RuleViolation broken) {
        broken.violations().forEach(v -> inputs.error("Niet toegestaan bij ‘" + v.field() + "’."));
    }

    private static MutableHttpResponse<String> saved(String id) {
        return Pages.redirect("/beheer/aanbod?opgeslagen=" + id);
    }

    private MutableHttpResponse<String> notFound(HttpRequest<?> request) {
        return pages.page(request, "not-found", "Niet gevonden")
                .with("what", "Dit aanbod bestaat niet.")
                .status(HttpStatus.NOT_FOUND)
                .render();
    }
}
