package nl.aanbodwijzer.search;

import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import nl.aanbodwijzer.api.AdminApi;
import nl.aanbodwijzer.api.model.ReindexResult;
import nl.aanbodwijzer.catalog.live.CatalogFollower;
import nl.aanbodwijzer.system.Role;

/** Rebuilds this node's search index (and offer cache) from the database without stopping searches. */
@Controller
@Secured(Role.Names.ADMIN)
class AdminController implements AdminApi {
    private final CatalogFollower follower;

    AdminController(CatalogFollower follower) {
        this.follower = follower;
    }

    @Override
    public ReindexResult reindex() {
        long start = System.nanoTime();
        int offers = follower.rebuild();
        return new ReindexResult(offers, (System.nanoTime() - start) / 1_000_000);
    }
}
