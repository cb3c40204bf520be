package nl.aanbodwijzer.reports;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.aanbodwijzer.capacity.Staleness;
import nl.aanbodwijzer.catalog.Catalog;
import nl.aanbodwijzer.catalog.CatalogSnapshot;
import nl.aanbodwijzer.gaps.GapFact;
import nl.aanbodwijzer.gaps.GapFacts;
import nl.aanbodwijzer.system.Clocks;

/** Puts the reports together from the catalogue as this node holds it and the recorded gaps. */
@Singleton
class Reports {
    private final Catalog catalog;
    private final GapFacts gaps;
    private final Staleness staleness;
    private final Clock clock;

    Reports(Catalog catalog, GapFacts gaps, Staleness staleness, Clock clock) {
        this.catalog = catalog;
        this.gaps = gaps;
        this.staleness = staleness;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Clocks.NETHERLANDS));
    }

    Report gaps(Period period, List<Dimension> dimensions) {
        return gapReports(period, List.of(dimensions)).get(0);
    }

    /** The gap report once per grouping, over one reading of the period's gaps. */
    List<Report> gapReports(Period period, List<List<Dimension>> groupings) {
        List<GapFact> facts = gaps.recordedBetween(period.start(), period.end());
        Dimension.Naming naming = naming();
        Instant now = now();
        return groupings.stream()
                .map(dimensions -> GapReport.of(facts, dimensions, period, naming, now))
                .toList();
    }

    Report demandAndSupply(Period period) {
        CatalogSnapshot snapshot = catalog.snapshot();
        return DemandAndSupply.of(
                gaps.recordedBetween(period.start(), period.end()), snapshot, period, naming(snapshot), today(), now());
    }

    Report supply() {
        CatalogSnapshot snapshot = catalog.snapshot();
        return SupplyReport.of(snapshot.offers(), new Areas(snapshot.taxonomy()), staleness, today(), now());
    }

    private Dimension.Naming naming() {
        return naming(catalog.snapshot());
    }

    private static Dimension.Naming naming(CatalogSnapshot snapshot) {
        return new Dimension.Naming(snapshot.taxonomy(), new Areas(snapshot.taxonomy()));
    }

    private Instant now() {
        return clock.instant();
    }
}
