package nl.aanbodwijzer.search;

import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import nl.aanbodwijzer.api.AdminApi;
import nl.aanbodwijzer.api.model.ReindexResult;

/** Rebuilds this node's search index from the database without stopping searches. */
@Controller
@Secured("ADMIN")
class AdminController implements AdminApi {
    private final IndexSync sync;

    AdminController(IndexSync sync) {
        this.sync = sync;
    }

    @Override
    public ReindexResult reindex() {
        long start = System.nanoTime();
        int offers = sync.rebuild();
        return new ReindexResult(offers, (System.nanoTime() - start) / 1_000_000);
    }
}
