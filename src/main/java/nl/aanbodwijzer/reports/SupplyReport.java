package nl.aanbodwijzer.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.aanbodwijzer.capacity.Staleness;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.catalog.taxonomy.OfferStatus;
import nl.aanbodwijzer.catalog.taxonomy.OfferType;

/**
 * The supply overview: the provision there is now, per offer type and area, and its risks —
 * funding that ends or has no known end, arrangements that do not meet the inspectorate's
 * requirements, and numbers that are stale or were never published.
 */
final class SupplyReport {
    /** Funding ending within this many months is a risk to report. */
    static final int FUNDING_HORIZON_MONTHS = 12;

    static final Areas.Area NO_LOCATION = new Areas.Area("zonder-vaste-locatie", "Zonder vaste locatie", 1_000_000);

    private SupplyReport() {}

    static Report of(Collection<Offer> catalogue, Areas areas, Staleness staleness, LocalDate today, Instant now) {
        List<Offer> offers = catalogue.stream()
                .filter(offer -> offer.status() != OfferStatus.CLOSED)
                .sorted(Comparator.comparing(Offer::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        List<String> notes = new ArrayList<>(Report.LEGEND);
        notes.add("Aanbod: actief aanbod en pilots, geteld in het gebied van hun (eerste) locatie. Plaatsen, bezet en"
                + " vrij tellen het aanbod dat plaatsen en bezetting kent; bezet telt niet boven het aantal"
                + " plaatsen. De wachttijd is de tijd tot een plek zoals de matching hem rekent: 0 bij een vrije"
                + " plek, anders de verwachte wachttijd of de volgende instroom als die eerder is.");
        notes.add("Cijfers zijn verouderd als ze langer dan " + staleness.staleAfterDays()
                + " dagen niet zijn bevestigd (voor " + Report.DATE.format(staleness.cutoff()) + ").");
        return new Report(
                "Aanbod",
                null,
                now,
                notes,
                List.of(
                        perTypeAndArea(offers, areas, today),
                        funding(offers, today),
                        InspectorateRequirements.table(offers),
                        staleNumbers(offers, staleness)));
    }

    private static Table perTypeAndArea(List<Offer> offers, Areas areas, LocalDate today) {
        Table.Builder table = Table.builder(
                        "supply",
                        "Aanbod",
                        "Aanbod per soort en gebied",
                        "Het aanbod van nu met zijn plaatsen, wachtenden en wachttijd.")
                .text("type", "Soort aanbod")
                .text("area", "Gebied")
                .count("offers", "Aanbod")
                .count("planned", "Gepland")
                .count("withNumbers", "Met bekende plaatsen")
                .count("places", "Plaatsen")
                .count("occupied", "Bezet")
                .count("free", "Vrij")
                .count("waiting", "Wachtenden")
                .number("medianWait", "Mediane wachttijd (weken)")
                .rowSum("places", "occupied", "free");
        record Group(OfferType type, Areas.Area area) {}
        Map<Group, List<Offer>> groups = new TreeMap<>(Comparator.comparing(Group::type)
                .thenComparingInt(group -> group.area().order()));
        for (Offer offer : offers) {
            groups.computeIfAbsent(new Group(offer.type(), area(offer, areas)), k -> new ArrayList<>())
                    .add(offer);
        }
        for (Map.Entry<Group, List<Offer>> group : groups.entrySet()) {
            OfferType type = group.getKey().type();
            Areas.Area area = group.getKey().area();
            List<Offer> available = group.getValue().stream()
                    .filter(offer -> offer.status().takesPupils())
                    .toList();
            Supply supply = Supply.of(available, today);
            table.row(
                    Map.of("type", type.name(), "area", area.id()),
                    type.label(),
                    area.name(),
                    available.size(),
                    (int) group.getValue().stream()
                            .filter(offer -> offer.status() == OfferStatus.PLANNED)
                            .count(),
                    supply.withNumbers(),
                    supply.places(),
                    supply.occupied(),
                    supply.free(),
                    supply.waiting(),
                    supply.medianWait());
        }
        List<Offer> available =
                offers.stream().filter(offer -> offer.status().takesPupils()).toList();
        return table.totalRow(
                        "Totaal",
                        Collections.singletonMap(
                                "medianWait", Supply.of(available, today).medianWait()))
                .build();
    }

    /** The area of an offer's first location; offers without a location have their own. */
    private static Areas.Area area(Offer offer, Areas areas) {
        return offer.locations().isEmpty()
                ? NO_LOCATION
                : areas.of(offer.locations().get(0).municipalityCode());
    }

    private static Table funding(List<Offer> offers, LocalDate today) {
        LocalDate horizon = today.plusMonths(FUNDING_HORIZON_MONTHS);
        Table.Builder table = Table.builder(
                        "fundingAtRisk",
                        "Financiering",
                        "Financiering die binnen " + FUNDING_HORIZON_MONTHS + " maanden eindigt of geen bekende"
                                + " einddatum heeft",
                        "Tijdelijke financiering is de regel en een risico voor het aanbod: per aanbod de bronnen"
                                + " die eindigen, en die waarvan geen einddatum bekend is.")
                .text("offer", "Aanbod")
                .text("providers", "Aanbieders")
                .text("source", "Financieringsbron")
                .date("until", "Einddatum")
                .text("risk", "Risico");
        for (Offer offer : offers) {
            if (offer.funding().isEmpty()) {
                table.row(
                        Map.of("offer", offer.id()),
                        offer.name(),
                        Supply.providers(offer),
                        null,
                        null,
                        "Geen financiering bekend");
            }
            for (Offer.Funding funding : offer.funding()) {
                String risk = funding.until() == null
                        ? "Einddatum onbekend"
                        : funding.until().isBefore(today)
                                ? "Beëindigd"
                                : funding.until().isAfter(horizon) ? null : "Eindigt binnen 12 maanden";
                if (risk != null) {
                    table.row(
                            Map.of(
                                    "offer",
                                    offer.id(),
                                    "source",
                                    funding.source().name()),
                            offer.name(),
                            Supply.providers(offer),
                            funding.source().label(),
                            funding.until(),
                            risk);
                }
            }
        }
        return table.build();
    }

    private static Table staleNumbers(List<Offer> offers, Staleness staleness) {
        Table.Builder table = Table.builder(
                        "staleNumbers",
                        "Verouderde cijfers",
                        "Aanbod met verouderde of onbekende cijfers, per aanbieder",
                        "Actief aanbod en pilots waarvan de aanbieder de plaatsen nooit heeft doorgegeven, of al te"
                                + " lang niet heeft bevestigd.")
                .text("provider", "Aanbieder")
                .text("offer", "Aanbod")
                .text("state", "Cijfers")
                .date("lastVerifiedAt", "Laatst bevestigd");
        record Entry(Offer.Partner provider, Offer offer, String state) {}
        List<Entry> entries = new ArrayList<>();
        for (Offer offer : offers) {
            if (!offer.status().takesPupils()) {
                continue;
            }
            String state = offer.capacity().total() == null
                    ? "Onbekend"
                    : staleness.isStale(offer.lastVerifiedAt()) ? "Verouderd" : null;
            if (state != null) {
                offer.providers().forEach(provider -> entries.add(new Entry(provider, offer, state)));
            }
        }
        entries.sort(Comparator.comparing((Entry e) -> e.provider().name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(e -> e.offer().name(), String.CASE_INSENSITIVE_ORDER));
        for (Entry entry : entries) {
            table.row(
                    Map.of(
                            "provider",
                            entry.provider().id(),
                            "offer",
                            entry.offer().id()),
                    entry.provider().name(),
                    entry.offer().name(),
                    entry.state(),
                    entry.offer().lastVerifiedAt());
        }
        return table.build();
    }
}
