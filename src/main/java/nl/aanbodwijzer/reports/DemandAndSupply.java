package nl.aanbodwijzer.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.aanbodwijzer.catalog.CatalogSnapshot;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.Taxonomy;
import nl.aanbodwijzer.gaps.GapFact;
import nl.aanbodwijzer.matching.core.GapReason;
import nl.aanbodwijzer.matching.core.TimeNorm;

/**
 * Demand against supply: per need and area of the region the gaps of a period beside the offers
 * that serve the area now, and the full offers that gaps named most. Where many gaps meet little
 * supply, new or changed provision is needed.
 */
final class DemandAndSupply {
    static final int MOST_NAMED = 10;

    private DemandAndSupply() {}

    static Report of(
            List<GapFact> gaps,
            CatalogSnapshot catalogue,
            Period period,
            Dimension.Naming naming,
            LocalDate today,
            Instant now) {
        List<String> notes = new ArrayList<>(Report.LEGEND);
        notes.add("Vraag: de gaten van leerlingen uit de regio, voor het eerst vastgelegd in de periode, naar hun"
                + " eerste hulpvraag en het gebied van hun woongemeente.");
        notes.add("Aanbod: het actieve aanbod en de pilots van vandaag die de hulpvraag noemen en een gemeente van"
                + " het gebied bedienen. Een aanbod dat meer gebieden bedient, telt in elk; daarom heeft het"
                + " aanbod geen totaal. Plaatsen en wachtenden tellen alleen de aantallen die bekend zijn.");
        return new Report(
                "Vraag en aanbod",
                period,
                now,
                notes,
                List.of(
                        perNeedAndArea(gaps, catalogue.offers(), naming, today),
                        mostNamedFull(gaps, catalogue, today)));
    }

    private static Table perNeedAndArea(
            List<GapFact> gaps, Collection<Offer> offers, Dimension.Naming naming, LocalDate today) {
        Areas areas = naming.areas();
        Taxonomy taxonomy = naming.taxonomy();
        Table.Builder table = Table.builder(
                        "demandAndSupply",
                        "Vraag en aanbod",
                        "Vraag en aanbod per hulpvraag en gebied",
                        "Gaten in de periode naast het aanbod dat er nu is, om te zien waar nieuw of ander aanbod"
                                + " nodig is.")
                .text("need", "Hulpvraag")
                .text("area", "Gebied")
                .count("gaps", "Gaten")
                .count("noCapacity", "Waarvan geen plek op tijd")
                .countWithoutTotal("offers", "Aanbod voor de hulpvraag")
                .countWithoutTotal("broadOffers", "Aanbod voor elke hulpvraag")
                .countWithoutTotal("places", "Plaatsen")
                .countWithoutTotal("free", "Vrij")
                .countWithoutTotal("waiting", "Wachtenden")
                .number("medianWait", "Mediane wachttijd (weken)");
        Map<Areas.Area, List<Offer>> servingArea = new HashMap<>();
        for (Areas.Area area : areas.inRegion()) {
            servingArea.put(
                    area,
                    offers.stream()
                            .filter(offer -> offer.status().takesPupils())
                            .filter(offer ->
                                    offer.municipalities().stream().anyMatch(areas.municipalities(area)::contains))
                            .toList());
        }
        record Place(Need need, Areas.Area area) {}
        Map<Place, List<GapFact>> gapsByNeedAndArea = gaps.stream()
                .collect(Collectors.groupingBy(gap -> new Place(gap.primaryNeed(), areas.of(gap.municipality()))));
        for (Need need : Need.values()) {
            for (Areas.Area area : areas.inRegion()) {
                List<GapFact> here = gapsByNeedAndArea.getOrDefault(new Place(need, area), List.of());
                List<Offer> serving = servingArea.get(area);
                List<Offer> forNeed = serving.stream()
                        .filter(offer -> offer.needs().contains(need))
                        .toList();
                if (here.isEmpty() && forNeed.isEmpty()) {
                    continue;
                }
                Supply supply = Supply.of(forNeed, today);
                table.row(
                        Map.of("need", need.name(), "area", area.id()),
                        taxonomy.label(need),
                        area.name(),
                        here.size(),
                        (int) here.stream()
                                .filter(gap -> gap.reasons().contains(GapReason.NO_CAPACITY_IN_TIME))
                                .count(),
                        forNeed.size(),
                        (int) serving.stream().filter(Offer::openToEveryNeed).count(),
                        supply.places(),
                        supply.free(),
                        supply.waiting(),
                        supply.medianWait());
            }
        }
        return table.totalRow("Totaal", Map.of()).build();
    }

    private static Table mostNamedFull(List<GapFact> gaps, CatalogSnapshot catalogue, LocalDate today) {
        Map<String, Integer> named = new HashMap<>();
        for (GapFact gap : gaps) {
            if (gap.reasons().contains(GapReason.NO_CAPACITY_IN_TIME)) {
                new LinkedHashSet<>(gap.candidateOfferIds()).forEach(id -> named.merge(id, 1, Integer::sum));
            }
        }
        Map<String, Offer> byId = catalogue.offersById();
        Table.Builder table = Table.builder(
                        "mostNamedFull",
                        "Vaakst genoemd zonder plek",
                        "Aanbod dat gaten zonder plek op tijd het vaakst noemden",
                        "De " + MOST_NAMED + " aanbiedingen die het vaakst de beste kandidaat waren in gaten met"
                                + " 'geen plek op tijd', met hun wachtlijst van nu.")
                .text("offer", "Aanbod")
                .text("providers", "Aanbieders")
                .countWithoutTotal("gaps", "Gaten die het noemen")
                .countWithoutTotal("places", "Plaatsen")
                .countWithoutTotal("free", "Vrij")
                .countWithoutTotal("waiting", "Wachtenden")
                .number("waitWeeks", "Wachttijd nu (weken)")
                .date("nextIntake", "Volgende instroom");
        named.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(entry -> name(byId, entry.getKey())))
                .limit(MOST_NAMED)
                .forEach(entry -> {
                    Offer offer = byId.get(entry.getKey());
                    table.row(
                            Map.of("offer", entry.getKey()),
                            name(byId, entry.getKey()),
                            offer == null ? null : Supply.providers(offer),
                            entry.getValue(),
                            offer == null ? null : offer.capacity().total(),
                            offer == null ? null : offer.capacity().free(),
                            offer == null ? null : offer.capacity().waitingList(),
                            offer == null ? null : TimeNorm.waitWeeks(offer.capacity(), today),
                            offer == null ? null : offer.capacity().nextIntake());
                });
        return table.build();
    }

    /** The offer's name now; its id when it is no longer in the catalogue. */
    private static String name(Map<String, Offer> byId, String id) {
        Offer offer = byId.get(id);
        return offer == null ? id : offer.name();
    }
}
