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
import java.util.Map;
import java.util.function.UnaryOperator;
import nl.aanbodwijzer.capacity.Capacity;
import nl.aanbodwijzer.capacity.CapacityPublishing;
import nl.aanbodwijzer.capacity.CapacityRules;
import nl.aanbodwijzer.capacity.Staleness;
import nl.aanbodwijzer.system.Actor;
import nl.aanbodwijzer.system.CurrentActor;
import nl.aanbodwijzer.system.DomainException.StaleVersion;
import nl.aanbodwijzer.system.DomainException.VersionRequired;
import nl.aanbodwijzer.system.Role;
import nl.aanbodwijzer.web.Form;
import nl.aanbodwijzer.web.Inputs;
import nl.aanbodwijzer.web.Page;
import nl.aanbodwijzer.web.Pages;

/**
 * "Mijn aanbod": a provider keeps the places and waiting list of its own offers in one screen, or
 * confirms with one button that nothing changed. A save carries the version the form showed; when
 * someone else saved first, the form says so and shows their numbers beside the ones typed.
 */
@Controller("/mijn-aanbod")
@Secured(Role.Names.PROVIDER)
class ProviderPages {
    private static final int MAX_PLACES = 100_000;
    private static final int MAX_WEEKS = 520;
    private static final List<String> NUMBERS =
            List.of("total", "occupied", "waitingList", "expectedWaitWeeks", "nextIntake");

    private final Catalog catalog;
    private final OfferLoader offers;
    private final CapacityPublishing publishing;
    private final Staleness staleness;
    private final CurrentActor actor;
    private final Pages pages;

    ProviderPages(
            Catalog catalog,
            OfferLoader offers,
            CapacityPublishing publishing,
            Staleness staleness,
            CurrentActor actor,
            Pages pages) {
        this.catalog = catalog;
        this.offers = offers;
        this.publishing = publishing;
        this.staleness = staleness;
        this.actor = actor;
        this.pages = pages;
    }

    @Get
    MutableHttpResponse<String> list(
            HttpRequest<?> request, @Nullable @QueryValue String opgeslagen, @Nullable @QueryValue String bevestigd) {
        return page(request, offer -> {
                    if (offer.id().equals(opgeslagen)) {
                        return offer.saying("De nieuwe cijfers zijn opgeslagen.");
                    }
                    return offer.id().equals(bevestigd) ? offer.saying("Bevestigd: er is niets veranderd.") : offer;
                })
                .render();
    }

    @Post(uri = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<String> publish(HttpRequest<?> request, @PathVariable String id, @Body String body) {
        Form form = pages.form(request, body);
        String version = form.first("version");
        Map<String, String> typed = form.filled(NUMBERS);
        Inputs inputs = new Inputs();
        Capacity numbers = new Capacity(
                inputs.number(typed.get("total"), 0, MAX_PLACES, "Plaatsen"),
                inputs.number(typed.get("occupied"), 0, MAX_PLACES, "Bezet"),
                inputs.number(typed.get("waitingList"), 0, MAX_PLACES, "Wachtlijst"),
                inputs.number(typed.get("expectedWaitWeeks"), 0, MAX_WEEKS, "Verwachte wachttijd"),
                inputs.date(typed.get("nextIntake"), "Volgende instroom"),
                null);
        if (!CapacityRules.check(numbers, "").isEmpty()) {
            inputs.error("Er kunnen niet meer plaatsen bezet zijn dan er in totaal zijn.");
        }
        Actor me = actor.get();
        if (!isOwn(id, me)) {
            return notOwn(request);
        }
        if (!inputs.valid()) {
            return page(request, offer -> offer.id().equals(id) ? offer.typed(typed, inputs.errors(), false) : offer)
                    .status(HttpStatus.BAD_REQUEST)
                    .render();
        }
        try {
            publishing.publish(id, version, numbers, me);
        } catch (StaleVersion | VersionRequired savedFirst) {
            return conflict(request, id, typed);
        }
        return Pages.redirect("/mijn-aanbod?opgeslagen=" + id + "#aanbod-" + id);
    }

    @Post(uri = "/{id}/ongewijzigd", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<String> confirm(HttpRequest<?> request, @PathVariable String id, @Body String body) {
        String version = pages.form(request, body).first("version");
        Actor me = actor.get();
        if (!isOwn(id, me)) {
            return notOwn(request);
        }
        try {
            if (Inputs.blank(version)) {
                throw new StaleVersion();
            }
            publishing.confirm(id, version, me);
        } catch (StaleVersion savedFirst) {
            return conflict(request, id, null);
        }
        return Pages.redirect("/mijn-aanbod?bevestigd=" + id + "#aanbod-" + id);
    }

    /** The page as the database has it now, with the typed numbers kept in the form of this offer. */
    private MutableHttpResponse<String> conflict(HttpRequest<?> request, String id, Map<String, String> typed) {
        return page(request, offer -> {
                    if (!offer.id().equals(id)) {
                        return offer;
                    }
                    ProviderOffer current = ProviderOffer.of(offers.get(id), offer.stale());
                    return current.typed(typed == null ? current.values() : typed, List.of(), true);
                })
                .status(HttpStatus.CONFLICT)
                .render();
    }

    private Page page(HttpRequest<?> request, UnaryOperator<ProviderOffer> adjust) {
        Actor me = actor.get();
        List<ProviderOffer> shown = catalog.snapshot().offers().stream()
                .filter(offer -> provides(offer, me))
                .sorted(Comparator.comparing(Offer::name))
                .map(offer -> ProviderOffer.of(offer, staleness.isStale(offer.lastVerifiedAt())))
                .map(adjust)
                .toList();
        return pages.page(request, "provider/offers", "Mijn aanbod")
                .with("offers", shown)
                .with("staleCount", shown.stream().filter(ProviderOffer::stale).count())
                .with("staleAfterDays", staleness.staleAfterDays());
    }

    private boolean isOwn(String id, Actor me) {
        return catalog.snapshot().offer(id).filter(offer -> provides(offer, me)).isPresent();
    }

    private static boolean provides(Offer offer, Actor me) {
        return offer.providers().stream().anyMatch(p -> p.id().equals(me.providerId()));
    }

    private MutableHttpResponse<String> notOwn(HttpRequest<?> request) {
        return pages.page(request, "not-found", "Niet gevonden")
                .with("what", "Dit aanbod is niet van uw organisatie, of bestaat niet.")
                .status(HttpStatus.NOT_FOUND)
                .render();
    }
}
