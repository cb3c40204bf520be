package nl.aanbodwijzer.reports;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.aanbodwijzer.capacity.Capacity;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.matching.core.TimeNorm;

/** The places, waiting lists and waits of a set of offers, counting only the numbers that are known. */
record Supply(
        Integer withNumbers, Integer places, Integer occupied, Integer free, Integer waiting, Integer medianWait) {
    /**
     * The supply of these offers on this day. Places, occupied and free count the offers that know
     * both their places and how many are taken, occupied at most the places (so that places =
     * occupied + free); null where no offer knows the number.
     */
    static Supply of(Collection<Offer> offers, LocalDate today) {
        List<Capacity> numbered = offers.stream()
                .map(Offer::capacity)
                .filter(c -> c.total() != null && c.occupied() != null)
                .toList();
        List<Integer> waiting = offers.stream()
                .map(o -> o.capacity().waitingList())
                .filter(Objects::nonNull)
                .toList();
        List<Integer> waits = offers.stream()
                .map(o -> TimeNorm.waitWeeks(o.capacity(), today))
                .filter(Objects::nonNull)
                .toList();
        return new Supply(
                numbered.size(),
                sum(numbered.stream().map(Capacity::total).toList()),
                sum(numbered.stream()
                        .map(c -> Math.min(c.occupied(), c.total()))
                        .toList()),
                sum(numbered.stream().map(Capacity::free).toList()),
                sum(waiting),
                Medians.of(waits));
    }

    /** The names of an offer's providers. */
    static String providers(Offer offer) {
        return offer.providers().stream().map(Offer.Partner::name).collect(Collectors.joining(", "));
    }

    private static Integer sum(List<Integer> values) {
        return values.isEmpty()
                ? null
                : values.stream().mapToInt(Integer::intValue).sum();
    }
}
