package nl.aanbodwijzer.matching.core;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import nl.aanbodwijzer.capacity.Capacity;

/**
 * The national norm: no pupil at home longer than {@code weeks} weeks (13 by default; seed 004 counts
 * 12) without a suitable offer and a place. An offer is in time with a free place now, or when the
 * wait for a place fits in the weeks that are left; past the norm only a free place now is in time.
 * Excused absence and exemption are not staying home under the norm.
 */
public record TimeNorm(int weeks) {
    public static final int DEFAULT_WEEKS = 13;

    public TimeNorm {
        if (weeks < 1) {
            throw new IllegalArgumentException("the norm is at least one week, not " + weeks);
        }
    }

    /** Whether a pupil with this absence status is a thuiszitter under the norm. */
    public boolean appliesTo(AbsenceStatus status) {
        return status != AbsenceStatus.GEOORLOOFD && status != AbsenceStatus.VRIJSTELLING_5A;
    }

    /** Weeks left under the norm for a pupil absent this many weeks. */
    public int weeksLeft(int weeksAbsent) {
        return Math.max(0, weeks - weeksAbsent);
    }

    /**
     * Weeks until a place: 0 with a free place now, else the sooner of the expected wait and the next
     * intake (counted in started weeks from {@code today}); null when neither is known.
     */
    public static Integer waitWeeks(Capacity capacity, LocalDate today) {
        Integer free = capacity.free();
        if (free != null && free > 0) {
            return 0;
        }
        Integer intake = capacity.nextIntake() == null || capacity.nextIntake().isBefore(today)
                ? null
                : (int) Math.ceilDiv(ChronoUnit.DAYS.between(today, capacity.nextIntake()), 7);
        if (intake == null) {
            return capacity.expectedWaitWeeks();
        }
        return capacity.expectedWaitWeeks() == null ? intake : Math.min(intake, capacity.expectedWaitWeeks());
    }

    /**
     * Whether the offer has a place within {@code weeksLeft}; UNKNOWN when its numbers are not known.
     * With no weeks left only a free place now counts.
     */
    public static InTime inTime(Capacity capacity, LocalDate today, int weeksLeft) {
        Integer free = capacity.free();
        if (free != null && free > 0) {
            return InTime.YES;
        }
        Integer wait = waitWeeks(capacity, today);
        if (wait == null) {
            return free == null ? InTime.UNKNOWN : InTime.NO;
        }
        return weeksLeft > 0 && wait <= weeksLeft ? InTime.YES : InTime.NO;
    }
}
