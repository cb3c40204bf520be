package nl.aanbodwijzer.capacity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;
import java.time.LocalDateTime;
import nl.aanbodwijzer.capacity.CapacityHistory.Kind;
import nl.aanbodwijzer.system.UtcTimes;

/** One row of {@code capacity_history}: the numbers before and after, in UTC time. */
@MappedEntity("capacity_history")
record CapacityHistoryRow(
        @Id @GeneratedValue @Nullable Long id,
        String offerId,
        LocalDateTime recordedAt,
        String actor,
        Kind kind,
        @Nullable Integer oldTotal,
        @Nullable Integer oldOccupied,
        @Nullable Integer oldWaitingList,
        @Nullable Integer oldExpectedWaitWeeks,
        @Nullable LocalDate oldNextIntake,
        @Nullable Integer newTotal,
        @Nullable Integer newOccupied,
        @Nullable Integer newWaitingList,
        @Nullable Integer newExpectedWaitWeeks,
        @Nullable LocalDate newNextIntake) {

    static CapacityHistoryRow of(
            String offerId, LocalDateTime at, String actor, Kind kind, Capacity before, Capacity after) {
        return new CapacityHistoryRow(
                null,
                offerId,
                at,
                actor,
                kind,
                before.total(),
                before.occupied(),
                before.waitingList(),
                before.expectedWaitWeeks(),
                before.nextIntake(),
                after.total(),
                after.occupied(),
                after.waitingList(),
                after.expectedWaitWeeks(),
                after.nextIntake());
    }

    CapacityHistory.Entry entry() {
        return new CapacityHistory.Entry(
                UtcTimes.instant(recordedAt),
                actor,
                kind,
                new Capacity(oldTotal, oldOccupied, oldWaitingList, oldExpectedWaitWeeks, oldNextIntake, null),
                new Capacity(newTotal, newOccupied, newWaitingList, newExpectedWaitWeeks, newNextIntake, null));
    }
}
