package nl.aanbodwijzer.system;

/** What an account may do; see DESIGN.md "Users and rights". */
public enum Role {
    COORDINATOR,
    PROVIDER,
    PROJECTLEIDER,
    ADMIN;

    /** The same roles as constants, for {@code @Secured}: annotations take constant strings, not enums. */
    public static final class Names {
        public static final String COORDINATOR = "COORDINATOR";
        public static final String PROVIDER = "PROVIDER";
        public static final String PROJECTLEIDER = "PROJECTLEIDER";
        public static final String ADMIN = "ADMIN";

        private Names() {}
    }
}
