package nl.aanbodwijzer.capacity;

import nl.aanbodwijzer.system.Labelled;

/** Whether an offer has a place: now, after a known wait, not at all in sight, or unknown. */
public enum Availability implements Labelled {
    FREE_NOW("Nu plaats"),
    WAITING("Wachtlijst met bekende wachttijd"),
    FULL("Vol, wachttijd onbekend"),
    UNKNOWN("Onbekend");

    private final String label;

    Availability(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** A free place comes first; then a known expected wait; then a known zero; else unknown. */
    public static Availability of(Capacity capacity) {
        Integer free = capacity.free();
        if (free != null && free > 0) {
            return FREE_NOW;
        }
        if (capacity.expectedWaitWeeks() != null) {
            return WAITING;
        }
        return free == null ? UNKNOWN : FULL;
    }

    /** Weeks until a place: 0 with a free place now, the expected wait when known, else null. */
    public static Integer waitWeeks(Capacity capacity) {
        return switch (of(capacity)) {
            case FREE_NOW -> 0;
            case WAITING -> capacity.expectedWaitWeeks();
            case FULL, UNKNOWN -> null;
        };
    }
}
