package nl.aanbodwijzer.catalog.importer;

import java.io.PrintStream;
import java.util.List;

/** How the import commands report an import they stopped. */
public final class ImportCommands {
    private ImportCommands() {}

    /** Prints each problem and that nothing was written; answers the command's exit code for it. */
    public static int stopped(List<String> problems, PrintStream err) {
        problems.forEach(err::println);
        err.println("Import stopped: " + problems.size() + " problem(s); the database was not changed.");
        return 1;
    }
}
