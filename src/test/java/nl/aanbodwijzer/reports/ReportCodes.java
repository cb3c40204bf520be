package nl.aanbodwijzer.reports;

/** The reports' own coded enums, for CodesTest, which pairs them with the contract's. */
public final class ReportCodes {
    private ReportCodes() {}

    public static Class<? extends Enum<?>> dimension() {
        return Dimension.class;
    }

    public static Class<? extends Enum<?>> download() {
        return Download.class;
    }

    public static Class<? extends Enum<?>> columnKind() {
        return Table.Kind.class;
    }
}
