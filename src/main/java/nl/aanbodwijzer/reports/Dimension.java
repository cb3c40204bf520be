package nl.aanbodwijzer.reports;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.aanbodwijzer.catalog.taxonomy.Taxonomy;
import nl.aanbodwijzer.gaps.GapFact;
import nl.aanbodwijzer.system.Clocks;
import nl.aanbodwijzer.system.Labelled;

/** What the gap report groups gaps by; each group has a Dutch name. */
enum Dimension {
    REASON("reason", "Reden") {
        @Override
        Group of(GapFact gap, Naming naming) {
            return gap.primaryReason() == null ? Group.UNKNOWN : Group.of(gap.primaryReason());
        }
    },
    NEED("need", "Hulpvraag") {
        @Override
        Group of(GapFact gap, Naming naming) {
            return new Group(
                    gap.primaryNeed().name(), naming.taxonomy().label(gap.primaryNeed()), rank(gap.primaryNeed()));
        }
    },
    SUBREGION("subregion", "Gebied") {
        @Override
        Group of(GapFact gap, Naming naming) {
            Areas.Area area = naming.areas().of(gap.municipality());
            return new Group(area.id(), area.name(), rank(area.order()));
        }
    },
    MUNICIPALITY("municipality", "Gemeente") {
        @Override
        Group of(GapFact gap, Naming naming) {
            String name = naming.taxonomy().municipalityName(gap.municipality());
            return new Group(gap.municipality(), name, name);
        }
    },
    SECTOR("sector", "Onderwijssoort") {
        @Override
        Group of(GapFact gap, Naming naming) {
            return Group.of(gap.sector());
        }
    },
    AGE_BAND("ageBand", "Leeftijd") {
        @Override
        Group of(GapFact gap, Naming naming) {
            int age = gap.age();
            if (age < 12) {
                return new Group("0-11", "tot en met 11 jaar", "1");
            }
            if (age < 16) {
                return new Group("12-15", "12 tot en met 15 jaar", "2");
            }
            return age < 18 ? new Group("16-17", "16 en 17 jaar", "3") : new Group("18+", "18 jaar en ouder", "4");
        }
    },
    STAGE("stage", "Escalatieladder") {
        @Override
        Group of(GapFact gap, Naming naming) {
            return Group.of(gap.stage());
        }
    },
    MONTH("month", "Maand") {
        @Override
        Group of(GapFact gap, Naming naming) {
            YearMonth month = YearMonth.from(gap.recordedAt().atZone(Clocks.NETHERLANDS));
            return new Group(month.toString(), MONTH_NAME.format(month), month.toString());
        }
    };

    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.of("nl"));

    private final String code;
    private final String label;

    Dimension(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The group a gap falls in. */
    abstract Group of(GapFact gap, Naming naming);

    /** The column header. */
    String label() {
        return label;
    }

    /** The code as the contract spells it. */
    @Override
    public String toString() {
        return code;
    }

    /** What groups are named with. */
    record Naming(Taxonomy taxonomy, Areas areas) {}

    /** A group: its code, its Dutch name, and a key that sorts groups in their natural order. */
    record Group(String code, String name, String order) {
        static final Group UNKNOWN = new Group("", "Onbekend", "~");

        static Group of(Labelled code) {
            return new Group(code.name(), code.label(), rank(((Enum<?>) code).ordinal()));
        }
    }

    private static String rank(Enum<?> constant) {
        return rank(constant.ordinal());
    }

    private static String rank(int rank) {
        return String.format(Locale.ROOT, "%010d", rank);
    }
}
