package nl.aanbodwijzer.catalog.importer;

import io.micronaut.context.ApplicationContext;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import nl.aanbodwijzer.catalog.CatalogConfiguration;

/**
 * {@code java -jar aanbodwijzer.jar import [DIR]}: re-imports catalog-data (upsert by stable id).
 * Exits 0 when imported, 1 when the data has problems (printed as file:line: message, nothing
 * written), 2 on wrong usage.
 */
public final class ImportCommand {
    private ImportCommand() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 2) {
            err.println("usage: java -jar aanbodwijzer.jar import [DIR]");
            return 2;
        }
        try (ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of("aanbodwijzer.import-on-start", false, "micronaut.server.enabled", false))
                .start()) {
            Path dir = Path.of(
                    args.length == 2
                            ? args[1]
                            : context.getBean(CatalogConfiguration.class).catalogDir());
            CatalogImport.Outcome outcome = context.getBean(CatalogImport.class).run(dir);
            if (!outcome.problems().isEmpty()) {
                return ImportCommands.stopped(outcome.problems(), err);
            }
            CatalogImporter.Summary summary = outcome.summary().orElseThrow();
            out.printf(
                    "Imported %s: %d offers added, %d changed, %d unchanged.%n",
                    dir, summary.offersAdded(), summary.offersChanged(), summary.offersUnchanged());
            return 0;
        }
    }
}
