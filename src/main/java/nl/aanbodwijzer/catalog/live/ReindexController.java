package nl.aanbodwijzer.catalog.live;

import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import nl.aanbodwijzer.api.AdminApi;
import nl.aanbodwijzer.api.model.ReindexResult;
import nl.aanbodwijzer.system.Role;

/** Reloads this node's catalogue (and with it the search index) from the database without stopping searches. */
@Controller
@Secured(Role.Names.ADMIN)
class ReindexController implements AdminApi {
    private final CatalogFollower follower;

    ReindexController(CatalogFollower follower) {
        this.follower = follower;
    }

    @Override
    public ReindexResult reindex() {
        long start = System.nanoTime();
        int offers = follower.rebuild();
        return new ReindexResult(offers, (System.nanoTime() - start) / 1_000_000);
    }
}
