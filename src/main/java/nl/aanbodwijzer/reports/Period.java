package nl.aanbodwijzer.reports;

import java.time.Instant;
import java.time.LocalDate;
import nl.aanbodwijzer.system.Clocks;
import nl.aanbodwijzer.system.DomainException;

/** The days a report covers, from {@code from} up to and including {@code to}, as Dutch dates. */
record Period(LocalDate from, LocalDate to) {
    /** The period asked for: by default the year up to and including today. */
    static Period of(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate last = to == null ? today : to;
        LocalDate first = from == null ? last.minusYears(1).plusDays(1) : from;
        if (first.isAfter(last)) {
            throw new DomainException.InvalidInput("from", "the period starts on " + first + ", after its end " + last);
        }
        return new Period(first, last);
    }

    Instant start() {
        return from.atStartOfDay(Clocks.NETHERLANDS).toInstant();
    }

    /** The first moment after the period. */
    Instant end() {
        return to.plusDays(1).atStartOfDay(Clocks.NETHERLANDS).toInstant();
    }
}
