package nl.aanbodwijzer.capacity;

import java.time.ZoneOffset;
import java.util.List;
import nl.aanbodwijzer.api.model.CapacityHistoryEntry;
import nl.aanbodwijzer.api.model.CapacityHistoryEntryKind;
import nl.aanbodwijzer.api.model.CapacityNumbers;
import nl.aanbodwijzer.api.model.CapacityUpdate;
import nl.aanbodwijzer.system.Codes;

/** Maps capacity between the domain and the API's generated model. */
public final class CapacityApiMapper {
    private CapacityApiMapper() {}

    /** The numbers a provider sends; the time of publication is set when they are published. */
    public static Capacity numbers(CapacityUpdate update) {
        return new Capacity(
                update.getTotal(),
                update.getOccupied(),
                update.getWaitingList(),
                update.getExpectedWaitWeeks(),
                update.getNextIntake(),
                null);
    }

    public static nl.aanbodwijzer.api.model.Capacity toApi(Capacity capacity) {
        return new nl.aanbodwijzer.api.model.Capacity()
                .total(capacity.total())
                .occupied(capacity.occupied())
                .free(capacity.free())
                .waitingList(capacity.waitingList())
                .expectedWaitWeeks(capacity.expectedWaitWeeks())
                .nextIntake(capacity.nextIntake())
                .updatedAt(
                        capacity.updatedAt() == null
                                ? null
                                : capacity.updatedAt().atZone(ZoneOffset.UTC));
    }

    /** The public history of an offer: without the accounts that made each entry. */
    public static nl.aanbodwijzer.api.model.CapacityHistory history(
            String offerId, List<CapacityHistory.Entry> entries) {
        return new nl.aanbodwijzer.api.model.CapacityHistory(
                offerId,
                entries.stream()
                        .map(entry -> new CapacityHistoryEntry(
                                entry.at().atZone(ZoneOffset.UTC),
                                Codes.to(CapacityHistoryEntryKind.class, entry.kind()),
                                numbers(entry.before()),
                                numbers(entry.after())))
                        .toList());
    }

    private static CapacityNumbers numbers(Capacity capacity) {
        return new CapacityNumbers()
                .total(capacity.total())
                .occupied(capacity.occupied())
                .free(capacity.free())
                .waitingList(capacity.waitingList())
                .expectedWaitWeeks(capacity.expectedWaitWeeks())
                .nextIntake(capacity.nextIntake());
    }
}
