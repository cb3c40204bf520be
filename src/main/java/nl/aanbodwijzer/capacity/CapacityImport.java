package nl.aanbodwijzer.capacity;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.aanbodwijzer.system.ChangeLog;

/**
 * Takes the capacity that the catalogue's source states for each offer: catalog-data, or nothing
 * for an offer added through the API. Numbers published since are kept unless the source sets
 * numbers of its own, and a later verification day is never moved back.
 */
@Singleton
@Transactional
public class CapacityImport {
    /**
     * What the source says: the numbers (null when it sets none) and the day they were verified (or
     * null). Numbers that say when they were published (another directory's feed) keep that time.
     */
    public record Stated(String offerId, Capacity numbers, LocalDate verifiedAt) {
        /** A new offer whose source says nothing of its capacity. */
        public static Stated nothing(String offerId) {
            return new Stated(offerId, null, null);
        }
    }

    private final CapacityRepository rows;
    private final ChangeLog changeLog;
    private final Clock clock;

    CapacityImport(CapacityRepository rows, ChangeLog changeLog, Clock clock) {
        this.rows = rows;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /** Keeps what each offer's source states; answers the offers whose kept state changed (new ones not counted). */
    public List<String> accept(List<Stated> stated) {
        Map<String, CapacityRow> existing = existing(stated);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<CapacityRow> added = new ArrayList<>();
        List<CapacityRow> changed = new ArrayList<>();
        for (Stated source : stated) {
            CapacityRow current = existing.get(source.offerId());
            if (current == null) {
                Capacity numbers = source.numbers() == null ? Capacity.UNKNOWN : publishedAt(source.numbers(), now);
                added.add(CapacityRow.of(source.offerId(), new CapacityState(numbers, source.verifiedAt(), 0)));
            } else {
                CapacityState kept = current.state();
                CapacityState merged = merge(source, kept, now);
                if (!merged.equals(kept)) {
                    changed.add(CapacityRow.of(source.offerId(), merged));
                }
            }
        }
        write(added, changed);
        List<String> changedIds = changed.stream().map(CapacityRow::offerId).toList();
        changeLog.record("capacity", changedIds);
        return changedIds;
    }

    private static CapacityState merge(Stated source, CapacityState kept, Instant now) {
        Capacity numbers = source.numbers() != null && !source.numbers().sameNumbersAs(kept.capacity())
                ? publishedAt(source.numbers(), now)
                : kept.capacity();
        return new CapacityState(numbers, later(source.verifiedAt(), kept.lastVerifiedAt()), kept.version());
    }

    /** The rows of these offers: one read for one offer, else all rows (an import states every offer). */
    private Map<String, CapacityRow> existing(List<Stated> stated) {
        List<CapacityRow> found = stated.size() == 1
                ? rows.findById(stated.get(0).offerId()).stream().toList()
                : rows.findAll();
        return found.stream().collect(Collectors.toMap(CapacityRow::offerId, Function.identity()));
    }

    private void write(List<CapacityRow> added, List<CapacityRow> changed) {
        if (!added.isEmpty()) {
            rows.saveAll(added);
        }
        try {
            if (!changed.isEmpty()) {
                rows.updateAll(changed);
            }
        } catch (OptimisticLockException publishedMeanwhile) {
            throw new IllegalStateException(
                    "Capacity was published while importing; import again.", publishedMeanwhile);
        }
    }

    private static Capacity publishedAt(Capacity numbers, Instant now) {
        return numbers.updatedAt() != null ? numbers : numbers.publishedAt(now);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.isAfter(b) ? a : b;
    }
}
