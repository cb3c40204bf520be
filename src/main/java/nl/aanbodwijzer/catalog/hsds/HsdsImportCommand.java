package nl.aanbodwijzer.catalog.hsds;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.aanbodwijzer.catalog.importer.CatalogImporter;
import nl.aanbodwijzer.catalog.importer.ImportCommands;

/**
 * {@code java -jar aanbodwijzer.jar import-hsds FILE...}: imports another directory's HSDS 3.1 feed.
 * Exits 0 when imported, 1 when the feed has problems (each printed, nothing written), 2 on wrong
 * usage. Either way it lists what the feed holds that this catalogue has no place for.
 */
public final class HsdsImportCommand {
    private HsdsImportCommand() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<Path> files = Arrays.stream(args).skip(1).map(Path::of).toList();
        if (files.isEmpty()) {
            err.println(
                    "usage: java -jar aanbodwijzer.jar import-hsds FILE... (HSDS JSON answers or a tabular package zip)");
            return 2;
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                err.println("import-hsds: " + file + " is not a file");
                return 2;
            }
        }
        // an empty database gets catalog-data first, as the service's first start gives it: the
        // feed's needs, municipalities and schools are checked against that reference data
        try (ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of("micronaut.server.enabled", false))
                .start()) {
            HsdsImport.Outcome outcome = context.getBean(HsdsImport.class).run(files);
            outcome.unmapped().forEach((what, count) -> out.println("Not mapped: " + what + " (" + count + "x)"));
            if (!outcome.problems().isEmpty()) {
                return ImportCommands.stopped(outcome.problems(), err);
            }
            CatalogImporter.Summary summary = outcome.summary().orElseThrow();
            out.printf(
                    "Imported %s: %d organizations; %d offers added, %d changed, %d unchanged.%n",
                    files,
                    outcome.organizations(),
                    summary.offersAdded(),
                    summary.offersChanged(),
                    summary.offersUnchanged());
            return 0;
        } catch (IOException e) {
            err.println("import-hsds: cannot read the feed: " + e.getMessage());
            return 1;
        }
    }
}
