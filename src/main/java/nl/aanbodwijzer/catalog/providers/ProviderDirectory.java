package nl.aanbodwijzer.catalog.providers;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.List;

/** The providers as they are stored now, for features that must check one or list them all. */
@Singleton
@ReadOnly
public class ProviderDirectory {
    private final ProviderRepository providers;

    ProviderDirectory(ProviderRepository providers) {
        this.providers = providers;
    }

    public List<Provider> all() {
        return providers.findAllOrderById();
    }

    public boolean exists(String id) {
        return providers.existsById(id);
    }
}
