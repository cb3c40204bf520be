package nl.aanbodwijzer.gaps;

import java.util.List;
import nl.aanbodwijzer.catalog.taxonomy.Taxonomy;
import nl.aanbodwijzer.system.Clocks;
import nl.aanbodwijzer.web.Texts;

/** A recorded gap as a line of the project leader's list: coded facts and what became of it. */
public record GapLine(
        long id,
        String recorded,
        int timesMatched,
        String need,
        String municipality,
        String pupil,
        List<String> reasons,
        String stage,
        String status,
        String outcome,
        String daysToOutcome,
        boolean open) {

    static GapLine of(RecordedGap gap, Taxonomy taxonomy) {
        var profile = gap.profile();
        return new GapLine(
                gap.receipt().id(),
                Texts.date(gap.receipt().recordedAt().atZone(Clocks.NETHERLANDS).toLocalDate()),
                gap.receipt().timesMatched(),
                taxonomy.label(profile.primaryNeed()),
                taxonomy.municipalityName(profile.municipality()),
                profile.age() + " jaar, " + profile.sector().label() + ", " + Texts.weeks(profile.weeksAbsent())
                        + " verzuim",
                gap.findings().reasons().stream().map(f -> f.code().label()).toList(),
                gap.escalation().stage().label(),
                switch (gap.status()) {
                    case OPEN -> "open";
                    case PLACE_FOUND -> "plek in zicht";
                    case CLOSED -> "gesloten";
                },
                gap.outcome() == null
                        ? "nog niets vastgelegd"
                        : gap.outcome().label() + (gap.placedOfferId() == null ? "" : " (" + gap.placedOfferId() + ")"),
                gap.daysToOutcome() == null ? "" : gap.daysToOutcome() + " dagen",
                gap.open());
    }
}
