package nl.aanbodwijzer.search;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.aanbodwijzer.catalog.Need;
import nl.aanbodwijzer.catalog.OfferStore;
import nl.aanbodwijzer.catalog.Taxonomy;
import nl.aanbodwijzer.catalog.TaxonomyReader;
import nl.aanbodwijzer.system.ChangeLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this node's index equal to the database. It builds the index at start-up, then follows the
 * change log: right after each local commit (so a writer reads its own write) and on a short
 * schedule (so changes made through other nodes arrive within about a second).
 *
 * <p>Change-log ids are handed out before their transactions commit, so a later id can become
 * visible before an earlier one. The follower therefore keeps its cursor below the oldest id it
 * has not seen; ids above it that it did see are remembered and not applied twice. A hole that
 * stays open longer than any transaction runs ({@code aanbodwijzer.search.gap-timeout}) was a
 * rollback and is passed.
 */
@Singleton
class IndexSync implements ApplicationEventListener<StartupEvent>, Ordered {
    private static final Logger LOG = LoggerFactory.getLogger(IndexSync.class);
    private static final Set<String> TAXONOMY = Set.of("municipality", "partnership", "subregion", "need", "synonyms");
    private static final int BATCH = 5_000;

    private final OfferIndex index;
    private final OfferStore offers;
    private final TaxonomyReader taxonomy;
    private final ChangeLog changeLog;
    private final Duration gapTimeout;

    private long cursor;
    private final Set<Long> seenAboveCursor = new HashSet<>();
    private Instant gapSince;
    private volatile boolean built;

    IndexSync(
            OfferIndex index,
            OfferStore offers,
            TaxonomyReader taxonomy,
            ChangeLog changeLog,
            @Value("${aanbodwijzer.search.gap-timeout:10m}") Duration gapTimeout) {
        this.index = index;
        this.offers = offers;
        this.taxonomy = taxonomy;
        this.changeLog = changeLog;
        this.gapTimeout = gapTimeout;
    }

    /** Builds the index; the cursor starts at the newest change, whose effects the build includes. */
    @Override
    public synchronized void onApplicationEvent(StartupEvent event) {
        cursor = changeLog.lastId();
        var all = offers.findAll();
        index.replaceAll(all, vocabulary());
        built = true;
        LOG.info("Search index built with {} offers", all.size());
    }

    /**
     * Rebuilds the index from the database; searches use the old index until the new one is ready.
     * Changes visible now are in the new index; any that become visible later are applied then.
     */
    synchronized int rebuild() {
        List<ChangeLog.Entry> visible = changeLog.after(cursor, Integer.MAX_VALUE);
        var all = offers.findAll();
        index.replaceAll(all, vocabulary());
        visible.forEach(entry -> seenAboveCursor.add(entry.id()));
        advance();
        return all.size();
    }

    @TransactionalEventListener(TransactionPhase.AFTER_COMMIT)
    void afterCommit(ChangeLog.Recorded changes) {
        catchUp();
    }

    @Scheduled(fixedDelay = "${aanbodwijzer.search.poll-interval:500ms}", initialDelay = "1s")
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
            index.update(offers.findByIds(List.copyOf(offerIds)));
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

    private Vocabulary vocabulary() {
        Taxonomy read = taxonomy.read();
        Map<Need, String> needLabels = new LinkedHashMap<>();
        Map<Need, List<String>> needSynonyms = new LinkedHashMap<>();
        read.needs().forEach(need -> {
            needLabels.put(need.code(), need.label());
            needSynonyms.put(need.code(), need.synonyms());
        });
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<String>> subregionsOf = new LinkedHashMap<>();
        read.municipalities().forEach(m -> {
            names.put(m.code(), m.name());
            subregionsOf.put(m.code(), m.subregions());
        });
        Map<String, String> subregionNames = new LinkedHashMap<>();
        read.subregions().forEach(s -> subregionNames.put(s.id(), s.name()));
        return new Vocabulary(needLabels, needSynonyms, names, subregionsOf, subregionNames, taxonomy.synonymGroups());
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 300;
    }
}
