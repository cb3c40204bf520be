package nl.aanbodwijzer.catalog.providers;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;
import nl.aanbodwijzer.api.ProvidersApi;
import nl.aanbodwijzer.system.Codes;
import nl.aanbodwijzer.system.CurrentActor;
import nl.aanbodwijzer.system.DomainException.InvalidInput;
import nl.aanbodwijzer.system.Role;

/** The providers: public to read, managed by administrators. */
@Controller
class ProvidersController implements ProvidersApi {
    private final ProviderRepository providers;
    private final ProviderEditing editing;
    private final CurrentActor actor;

    ProvidersController(ProviderRepository providers, ProviderEditing editing, CurrentActor actor) {
        this.providers = providers;
        this.editing = editing;
        this.actor = actor;
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public List<nl.aanbodwijzer.api.model.Provider> listProviders() {
        return providers.findAllOrderById().stream()
                .map(ProvidersController::toApi)
                .toList();
    }

    @Override
    @Secured(Role.Names.ADMIN)
    public HttpResponse<nl.aanbodwijzer.api.model.Provider> createProvider(nl.aanbodwijzer.api.model.Provider input) {
        return HttpResponse.created(toApi(editing.create(fromApi(input), actor.get())));
    }

    @Override
    @Secured(Role.Names.ADMIN)
    public nl.aanbodwijzer.api.model.Provider updateProvider(String id, nl.aanbodwijzer.api.model.Provider input) {
        if (!id.equals(input.getId())) {
            throw new InvalidInput("id", "the id of a provider cannot change (the path says '" + id + "')");
        }
        return toApi(editing.update(fromApi(input), actor.get()));
    }

    private static Provider fromApi(nl.aanbodwijzer.api.model.Provider input) {
        return new Provider(
                input.getId(),
                input.getName(),
                Codes.to(ProviderKind.class, input.getKind()),
                input.getBrin(),
                input.getWebsite());
    }

    private static nl.aanbodwijzer.api.model.Provider toApi(Provider provider) {
        return new nl.aanbodwijzer.api.model.Provider(
                        provider.id(),
                        provider.name(),
                        Codes.to(nl.aanbodwijzer.api.model.ProviderKind.class, provider.kind()))
                .brin(provider.brin())
                .website(provider.website());
    }
}
