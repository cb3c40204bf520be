package nl.aanbodwijzer.capacity;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.time.ZoneOffset;
import nl.aanbodwijzer.api.CapacityApi;
import nl.aanbodwijzer.api.model.CapacityHistoryEntry;
import nl.aanbodwijzer.api.model.CapacityHistoryEntryKind;
import nl.aanbodwijzer.api.model.CapacityNumbers;
import nl.aanbodwijzer.api.model.CapacityUpdate;
import nl.aanbodwijzer.api.model.Offer;
import nl.aanbodwijzer.catalog.Offer.Capacity;
import nl.aanbodwijzer.catalog.OfferApiMapper;
import nl.aanbodwijzer.catalog.OfferStore;
import nl.aanbodwijzer.system.Codes;
import nl.aanbodwijzer.system.CurrentActor;
import nl.aanbodwijzer.system.Role;

/** Capacity and waiting lists: published by providers, their history public without names. */
@Controller
class CapacityController implements CapacityApi {
    private final CapacityPublishing publishing;
    private final CapacityHistory history;
    private final OfferStore offers;
    private final OfferApiMapper mapper;
    private final CurrentActor actor;

    CapacityController(
            CapacityPublishing publishing,
            CapacityHistory history,
            OfferStore offers,
            OfferApiMapper mapper,
            CurrentActor actor) {
        this.publishing = publishing;
        this.history = history;
        this.offers = offers;
        this.mapper = mapper;
        this.actor = actor;
    }

    @Override
    @Secured({Role.Names.PROVIDER, Role.Names.PROJECTLEIDER, Role.Names.ADMIN})
    public HttpResponse<Offer> updateCapacity(String id, CapacityUpdate update, String ifMatch) {
        Capacity numbers = new Capacity(
                update.getTotal(),
                update.getOccupied(),
                update.getWaitingList(),
                update.getExpectedWaitWeeks(),
                update.getNextIntake(),
                null);
        return mapper.response(HttpResponse.ok(), publishing.publish(id, ifMatch, numbers, actor.get()));
    }

    @Override
    @Secured({Role.Names.PROVIDER, Role.Names.PROJECTLEIDER, Role.Names.ADMIN})
    public HttpResponse<Offer> confirmCapacity(String id, String ifMatch) {
        return mapper.response(HttpResponse.ok(), publishing.confirm(id, ifMatch, actor.get()));
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public nl.aanbodwijzer.api.model.CapacityHistory getCapacityHistory(String id) {
        offers.get(id);
        return new nl.aanbodwijzer.api.model.CapacityHistory(
                id,
                history.of(id).stream()
                        .map(entry -> new CapacityHistoryEntry(
                                entry.at().atZone(ZoneOffset.UTC),
                                Codes.to(CapacityHistoryEntryKind.class, entry.kind()),
                                numbers(entry.before()),
                                numbers(entry.after())))
                        .toList());
    }

    private static CapacityNumbers numbers(Capacity capacity) {
        return new CapacityNumbers()
                .total(capacity.total())
                .occupied(capacity.occupied())
                .free(capacity.free())
                .waitingList(capacity.waitingList())
                .expectedWaitWeeks(capacity.expectedWaitWeeks())
                .nextIntake(capacity.nextIntake());
    }
}
