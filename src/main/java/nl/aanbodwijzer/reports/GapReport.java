package nl.aanbodwijzer.reports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.aanbodwijzer.gaps.GapFact;
import nl.aanbodwijzer.gaps.GapOutcome;

/**
 * The gap report: the gaps first recorded in a period, grouped by one or two dimensions, with how
 * many are still open, their outcomes and the median days to an outcome. Pupils from outside the
 * region are a table of their own.
 */
final class GapReport {
    private GapReport() {}

    static Report of(
            List<GapFact> gaps, List<Dimension> dimensions, Period period, Dimension.Naming naming, Instant now) {
        Map<Boolean, List<GapFact>> inRegion = gaps.stream()
                .collect(Collectors.partitioningBy(gap -> naming.areas().inRegion(gap.municipality())));
        String by = Areas.dutchList(
                dimensions.stream().map(d -> d.label().toLowerCase()).toList());
        return new Report(
                "Gaten naar " + by,
                period,
                now,
                notes(),
                List.of(
                        table(
                                "gaps",
                                "Gaten in de regio",
                                "Gaten in de regio, naar " + by,
                                "Gaten van leerlingen uit de regio van het samenwerkingsverband, voor het eerst"
                                        + " vastgelegd in de periode, met wat er van hun casus is geworden.",
                                inRegion.get(true),
                                dimensions,
                                naming),
                        table(
                                "gapsOutsideRegion",
                                "Gaten buiten de regio",
                                "Gaten van leerlingen van buiten de regio, naar " + by,
                                "Leerlingen die buiten de regio wonen, apart geteld zodat ze de cijfers van de regio"
                                        + " niet vertekenen.",
                                inRegion.get(false),
                                dimensions,
                                naming)));
    }

    static List<String> notes() {
        List<String> notes = new ArrayList<>(Report.LEGEND);
        notes.add("Een gat telt eenmaal per casus, in de periode waarin het voor het eerst is vastgelegd. De reden"
                + " is de meest fundamentele van de redenen die golden; de hulpvraag is de eerste hulpvraag.");
        notes.add("Nog open: er is geen uitkomst vastgelegd, of de uitkomst is 'nog open'. De mediaan telt de dagen"
                + " van de eerste vastlegging tot een uitkomst, over de gaten met een uitkomst.");
        return notes;
    }

    private static Table table(
            String id,
            String shortTitle,
            String title,
            String description,
            List<GapFact> gaps,
            List<Dimension> dimensions,
            Dimension.Naming naming) {
        Table.Builder table = Table.builder(id, shortTitle, title, description);
        dimensions.forEach(d -> table.text(d.toString(), d.label()));
        table.count("gaps", "Gaten")
                .count("open", "Nog open")
                .count("placed", GapOutcome.PLACED_IN_OFFER.label())
                .count("otherSolution", GapOutcome.OTHER_SOLUTION.label())
                .count("withdrawn", GapOutcome.WITHDRAWN.label())
                .number("medianDays", "Mediaan dagen tot uitkomst")
                .rowSum("gaps", "open", "placed", "otherSolution", "withdrawn");
        for (Map.Entry<List<Dimension.Group>, List<GapFact>> group :
                groups(gaps, dimensions, naming).entrySet()) {
            Map<String, String> codes = new LinkedHashMap<>();
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < dimensions.size(); i++) {
                codes.put(dimensions.get(i).toString(), group.getKey().get(i).code());
                values.add(group.getKey().get(i).name());
            }
            values.addAll(figures(group.getValue()));
            table.row(codes, values.toArray());
        }
        return table.totalRow("Totaal", Collections.singletonMap("medianDays", medianDays(gaps)))
                .build();
    }

    private static Map<List<Dimension.Group>, List<GapFact>> groups(
            List<GapFact> gaps, List<Dimension> dimensions, Dimension.Naming naming) {
        Comparator<List<Dimension.Group>> natural = (a, b) -> {
            for (int i = 0; i < a.size(); i++) {
                int order = a.get(i).order().compareTo(b.get(i).order());
                if (order != 0) {
                    return order;
                }
            }
            return 0;
        };
        Map<List<Dimension.Group>, List<GapFact>> groups = new TreeMap<>(natural);
        for (GapFact gap : gaps) {
            List<Dimension.Group> key =
                    dimensions.stream().map(d -> d.of(gap, naming)).toList();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(gap);
        }
        return groups;
    }

    private static List<Object> figures(List<GapFact> gaps) {
        return Arrays.asList(
                gaps.size(),
                (int) gaps.stream().filter(GapFact::open).count(),
                withOutcome(gaps, GapOutcome.PLACED_IN_OFFER),
                withOutcome(gaps, GapOutcome.OTHER_SOLUTION),
                withOutcome(gaps, GapOutcome.WITHDRAWN),
                medianDays(gaps));
    }

    private static int withOutcome(List<GapFact> gaps, GapOutcome outcome) {
        return (int) gaps.stream().filter(gap -> gap.outcome() == outcome).count();
    }

    private static Object medianDays(List<GapFact> gaps) {
        return Medians.ofAtLeastFive(gaps.stream()
                .map(GapFact::daysToOutcome)
                .filter(Objects::nonNull)
                .toList());
    }
}
