package nl.aanbodwijzer.catalog.live;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.order.Ordered;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import io.micronaut.transaction.annotation.TransactionalEventListener.TransactionPhase;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.aanbodwijzer.catalog.Catalog;
import nl.aanbodwijzer.catalog.CatalogListener;
import nl.aanbodwijzer.catalog.CatalogSnapshot;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.catalog.OfferLoader;
import nl.aanbodwijzer.catalog.OfferStore;
import nl.aanbodwijzer.catalog.taxonomy.TaxonomyReader;
import nl.aanbodwijzer.system.ChangeLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds this node's {@link CatalogSnapshot} and keeps it equal to the database. It loads the
 * catalogue at start-up, then follows the change log: right after each local commit (so a writer
 * reads its own write) and on a short schedule (so changes made through other nodes arrive within
 * about a second). Each batch of changes makes a new snapshot, swapped in whole, and is handed to
 * the listeners (the search index).
 *
 * <p>Change-log ids are handed out before their transactions commit, so a later id can become
 * visible before an earlier one. The follower therefore keeps its cursor below the oldest id it
 * has not seen; ids above it that it did see are remembered and not applied twice. A hole that
 * stays open longer than any transaction runs ({@code aanbodwijzer.follow.gap-timeout}) was a
 * rollback and is passed.
 */
@Singleton
class CatalogFollower implements Catalog, ApplicationEventListener<StartupEvent>, Ordered {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogFollower.class);
    private static final Set<String> TAXONOMY =
            Set.of("municipality", "partnership", "subregion", "need", "synonyms", "school_location");
    private static final Set<String> OFFER = Set.of("offer", "capacity");
    private static final int BATCH = 5_000;

    private final List<CatalogListener> listeners;
    private final OfferLoader offers;
    private final OfferStore definitions;
    private final TaxonomyReader taxonomy;
    private final ChangeLog changeLog;
    private final Clock clock;
    private final Duration gapTimeout;

    private volatile CatalogSnapshot snapshot = CatalogSnapshot.EMPTY;
    private long cursor;
    private final Set<Long> seenAboveCursor = new HashSet<>();
    private Instant gapSince;
    private boolean loaded;

    CatalogFollower(
            List<CatalogListener> listeners,
            OfferLoader offers,
            OfferStore definitions,
            TaxonomyReader taxonomy,
            ChangeLog changeLog,
            Clock clock,
            @Value("${aanbodwijzer.follow.gap-timeout:10m}") Duration gapTimeout) {
        this.listeners = listeners;
        this.offers = offers;
        this.definitions = definitions;
        this.taxonomy = taxonomy;
        this.changeLog = changeLog;
        this.clock = clock;
        this.gapTimeout = gapTimeout;
    }

    @Override
    public CatalogSnapshot snapshot() {
        return snapshot;
    }

    /** Loads the catalogue; the cursor starts at the newest change, whose effects the load includes. */
    @Override
    public synchronized void onApplicationEvent(StartupEvent event) {
        cursor = changeLog.lastId();
        replace();
        loaded = true;
        LOG.info(
                "Catalogue of {} offers loaded for search and matching",
                snapshot.offersById().size());
    }

    /**
     * Reloads the whole catalogue from the database. Changes visible now are in the reload; any that
     * become visible later are applied then. Answers how many offers it holds.
     */
    synchronized int rebuild() {
        List<ChangeLog.Entry> visible = changeLog.after(cursor, Integer.MAX_VALUE);
        replace();
        visible.forEach(entry -> seenAboveCursor.add(entry.id()));
        advance();
        return snapshot.offersById().size();
    }

    @TransactionalEventListener(TransactionPhase.AFTER_COMMIT)
    void afterCommit(ChangeLog.Recorded changes) {
        catchUp();
    }

    @Scheduled(
            fixedDelay = "${aanbodwijzer.follow.poll-interval:500ms}",
            initialDelay = "${aanbodwijzer.follow.poll-interval:500ms}")
    void poll() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            LOG.warn("Following the change log failed; trying again", e);
        }
    }

    /** Applies every change-log entry not applied yet. */
    synchronized void catchUp() {
        if (!loaded) {
            return;
        }
        List<ChangeLog.Entry> fresh = changeLog.after(cursor, BATCH).stream()
                .filter(entry -> !seenAboveCursor.contains(entry.id()))
                .toList();
        if (fresh.stream().anyMatch(entry -> TAXONOMY.contains(entry.entity()))) {
            rebuild();
            return;
        }
        Set<String> offerIds = ids(fresh, OFFER);
        offerIds.addAll(definitions.findIdsByProvider(ids(fresh, Set.of("provider"))));
        if (!offerIds.isEmpty()) {
            List<Offer> changed = offers.find(List.copyOf(offerIds));
            snapshot = snapshot.with(changed);
            listeners.forEach(listener -> listener.changed(snapshot, changed));
        }
        fresh.forEach(entry -> seenAboveCursor.add(entry.id()));
        advance();
    }

    private void replace() {
        snapshot = CatalogSnapshot.of(offers.all(), taxonomy.read());
        listeners.forEach(listener -> listener.replaced(snapshot));
    }

    private void advance() {
        while (seenAboveCursor.remove(cursor + 1)) {
            cursor++;
        }
        Instant now = clock.instant();
        if (seenAboveCursor.isEmpty()) {
            gapSince = null;
        } else if (gapSince == null) {
            gapSince = now;
        } else if (Duration.between(gapSince, now).compareTo(gapTimeout) > 0) {
            long skipTo = Collections.min(seenAboveCursor) - 1;
            LOG.info("Change-log ids {} to {} never appeared (rolled back); passing them", cursor + 1, skipTo);
            cursor = skipTo;
            gapSince = null;
            advance();
        }
    }

    private static Set<String> ids(List<ChangeLog.Entry> entries, Set<String> entities) {
        return entries.stream()
                .filter(entry -> entities.contains(entry.entity()))
                .map(ChangeLog.Entry::entityId)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 300;
    }
}
