package nl.aanbodwijzer.capacity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** Places and waiting list as last published; any number may be unknown (null), never guessed. */
public record Capacity(
        Integer total,
        Integer occupied,
        Integer waitingList,
        Integer expectedWaitWeeks,
        LocalDate nextIntake,
        Instant updatedAt) {
    public static final Capacity UNKNOWN = new Capacity(null, null, null, null, null, null);

    /** Free places now, or null when total or occupied is unknown. */
    public Integer free() {
        return total == null || occupied == null ? null : Math.max(0, total - occupied);
    }

    public boolean sameNumbersAs(Capacity other) {
        return Objects.equals(total, other.total)
                && Objects.equals(occupied, other.occupied)
                && Objects.equals(waitingList, other.waitingList)
                && Objects.equals(expectedWaitWeeks, other.expectedWaitWeeks)
                && Objects.equals(nextIntake, other.nextIntake);
    }

    /** These numbers as published at {@code at}; unknown numbers have no publication time. */
    Capacity publishedAt(Instant at) {
        return equals(UNKNOWN) ? this : new Capacity(total, occupied, waitingList, expectedWaitWeeks, nextIntake, at);
    }
}
