package nl.aanbodwijzer.catalog.live;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.order.Ordered;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import io.micronaut.transaction.annotation.TransactionalEventListener.TransactionPhase;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.catalog.OfferStore;
import nl.aanbodwijzer.system.ChangeLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps what this node derives from the catalogue (its search index, its offer cache) equal to the
 * database. It loads the catalogue at start-up, then follows the change log: right after each local
 * commit (so a writer reads its own write) and on a short schedule (so changes made through other
 * nodes arrive within about a second).
 *
 * <p>Change-log ids are handed out before their transactions commit, so a later id can become
 * visible before an earlier one. The follower therefore keeps its cursor below the oldest id it
 * has not seen; ids above it that it did see are remembered and not applied twice. A hole that
 * stays open longer than any transaction runs ({@code aanbodwijzer.follow.gap-timeout}) was a
 * rollback and is passed.
 */
@Singleton
public class CatalogFollower implements ApplicationEventListener<StartupEvent>, Ordered {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogFollower.class);
    private static final Set<String> TAXONOMY =
            Set.of("municipality", "partnership", "subregion", "need", "synonyms", "school_location");
    private static final int BATCH = 5_000;

    private final List<CatalogListener> listeners;
    private final OfferStore offers;
    private final ChangeLog changeLog;
    private final Duration gapTimeout;

    private long cursor;
    private final Set<Long> seenAboveCursor = new HashSet<>();
    private Instant gapSince;
    private volatile boolean built;

    CatalogFollower(
            List<CatalogListener> listeners,
            OfferStore offers,
            ChangeLog changeLog,
            @Value("${aanbodwijzer.follow.gap-timeout:10m}") Duration gapTimeout) {
        this.listeners = listeners;
        this.offers = offers;
        this.changeLog = changeLog;
        this.gapTimeout = gapTimeout;
    }

    /** Loads the catalogue; the cursor starts at the newest change, whose effects the load includes. */
    @Override
    public synchronized void onApplicationEvent(StartupEvent event) {
        cursor = changeLog.lastId();
        List<Offer> all = offers.findAll();
        listeners.forEach(listener -> listener.replaced(all));
        built = true;
        LOG.info("Catalogue of {} offers loaded for search and matching", all.size());
    }

    /**
     * Reloads the whole catalogue from the database. Changes visible now are in the reload; any that
     * become visible later are applied then.
     */
    public synchronized int rebuild() {
        List<ChangeLog.Entry> visible = changeLog.after(cursor, Integer.MAX_VALUE);
        List<Offer> all = offers.findAll();
        listeners.forEach(listener -> listener.replaced(all));
        visible.forEach(entry -> seenAboveCursor.add(entry.id()));
        advance();
        return all.size();
    }

    @TransactionalEventListener(TransactionPhase.AFTER_COMMIT)
    void afterCommit(ChangeLog.Recorded changes) {
        catchUp();
    }

    @Scheduled(fixedDelay = "${aanbodwijzer.follow.poll-interval:500ms}", initialDelay = "1s")
    void poll() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            LOG.warn("Following the change log failed; trying again", e);
        }
    }

    /** Applies every change-log entry not applied yet. */
    synchronized void catchUp() {
        if (!built) {
            return;
        }
        List<ChangeLog.Entry> fresh = changeLog.after(cursor, BATCH).stream()
                .filter(entry -> !seenAboveCursor.contains(entry.id()))
                .toList();
        if (fresh.stream().anyMatch(entry -> TAXONOMY.contains(entry.entity()))) {
            rebuild();
            return;
        }
        Set<String> offerIds = ids(fresh, "offer");
        offerIds.addAll(offers.findIdsByProvider(ids(fresh, "provider")));
        if (!offerIds.isEmpty()) {
            List<Offer> changed = offers.findByIds(List.copyOf(offerIds));
            listeners.forEach(listener -> listener.changed(changed));
        }
        fresh.forEach(entry -> seenAboveCursor.add(entry.id()));
        advance();
    }

    private void advance() {
        while (seenAboveCursor.remove(cursor + 1)) {
            cursor++;
        }
        if (seenAboveCursor.isEmpty()) {
            gapSince = null;
        } else if (gapSince == null) {
            gapSince = Instant.now();
        } else if (Duration.between(gapSince, Instant.now()).compareTo(gapTimeout) > 0) {
            long skipTo = Collections.min(seenAboveCursor) - 1;
            LOG.info("Change-log ids {} to {} never appeared (rolled back); passing them", cursor + 1, skipTo);
            cursor = skipTo;
            gapSince = null;
            advance();
        }
    }

    private static Set<String> ids(List<ChangeLog.Entry> entries, String entity) {
        return entries.stream()
                .filter(entry -> entry.entity().equals(entity))
                .map(ChangeLog.Entry::entityId)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 300;
    }
}
