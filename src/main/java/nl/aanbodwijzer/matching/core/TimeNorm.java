package nl.aanbodwijzer.matching.core;

import nl.aanbodwijzer.capacity.Capacity;

/**
 * The national norm: no pupil at home longer than 13 weeks without a suitable offer and a place. An
 * offer is in time with a free place now, or when its expected wait fits in the weeks that are left;
 * past 13 weeks only a free place now is in time.
 */
public final class TimeNorm {
    public static final int NORM_WEEKS = 13;

    private TimeNorm() {}

    /** Weeks left under the norm for a pupil absent this many weeks. */
    public static int deadlineWeeks(int weeksAbsent) {
        return Math.max(0, NORM_WEEKS - weeksAbsent);
    }

    /** Whether the offer has a place in time; UNKNOWN when its numbers are not known. */
    public static InTime inTime(Capacity capacity, int weeksAbsent) {
        Integer free = capacity.free();
        if (free != null && free > 0) {
            return InTime.YES;
        }
        int deadline = deadlineWeeks(weeksAbsent);
        if (capacity.expectedWaitWeeks() != null) {
            return deadline > 0 && capacity.expectedWaitWeeks() <= deadline ? InTime.YES : InTime.NO;
        }
        return free == null ? InTime.UNKNOWN : InTime.NO;
    }
}
