package nl.aanbodwijzer.capacity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import nl.aanbodwijzer.system.UtcTimes;

/** One offer's row in {@code offer_capacity}; times are UTC. */
@MappedEntity("offer_capacity")
record CapacityRow(
        @Id String offerId,
        @Nullable Integer total,
        @Nullable Integer occupied,
        @Nullable Integer waitingList,
        @Nullable Integer expectedWaitWeeks,
        @Nullable LocalDate nextIntake,
        @Nullable LocalDateTime updatedAt,
        @Nullable LocalDate lastVerifiedAt,
        @Version long version) {

    static CapacityRow of(String offerId, CapacityState state) {
        Capacity c = state.capacity();
        LocalDateTime updated = UtcTimes.of(c.updatedAt());
        return new CapacityRow(
                offerId,
                c.total(),
                c.occupied(),
                c.waitingList(),
                c.expectedWaitWeeks(),
                c.nextIntake(),
                updated,
                state.lastVerifiedAt(),
                state.version());
    }

    CapacityState state() {
        Capacity capacity =
                new Capacity(total, occupied, waitingList, expectedWaitWeeks, nextIntake, UtcTimes.instant(updatedAt));
        return new CapacityState(capacity, lastVerifiedAt, version);
    }
}
