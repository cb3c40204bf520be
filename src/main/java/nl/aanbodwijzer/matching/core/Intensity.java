package nl.aanbodwijzer.matching.core;

import java.util.List;
import nl.aanbodwijzer.catalog.Offer;

/**
 * How the hours a pupil can manage fit an offer's hours. Part-time from 1 to 100 percent is allowed
 * (seed 004), so fewer hours than the offer asks never rule it out; they fit in proportion.
 */
final class Intensity {
    private Intensity() {}

    /** The fit from 0 to 1, with a reason; 0.5 without a reason when either side is unknown. */
    static double fit(Integer feasible, Offer.Hours offered, List<String> reasons) {
        Integer min = offered.min();
        Integer max = offered.max();
        if (feasible == null || (min == null && max == null)) {
            return 0.5;
        }
        if (feasible == 0) {
            reasons.add("Er is nu geen onderwijstijd haalbaar; begin met contact en opbouw.");
            return 0;
        }
        if (min != null && feasible < min) {
            int percent = Math.max(1, Math.round(100f * feasible / min));
            reasons.add("Vraagt " + min + " uur per week; haalbaar is " + feasible + " uur: deeltijd van " + percent
                    + " % (toegestaan van 1 tot 100 %).");
            return (double) feasible / min;
        }
        if (max != null && feasible > max) {
            reasons.add("Biedt hoogstens " + max + " uur per week; haalbaar is " + feasible + " uur.");
            return (double) max / feasible;
        }
        reasons.add("Past bij de " + feasible + " uur per week die haalbaar zijn.");
        return 1;
    }
}
