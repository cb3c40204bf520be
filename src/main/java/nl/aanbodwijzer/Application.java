package nl.aanbodwijzer;

import io.micronaut.runtime.Micronaut;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import nl.aanbodwijzer.catalog.hsds.HsdsImportCommand;
import nl.aanbodwijzer.catalog.importer.ImportCommand;
import nl.aanbodwijzer.catalog.importer.SyntheticCatalog;
import nl.aanbodwijzer.security.AdminCommand;

/**
 * Starts the Aanbodwijzer service, or runs a command: {@code import [DIR]} re-imports catalog-data,
 * {@code import-hsds FILE...} imports another directory's HSDS feed, {@code synthetic COUNT DIR} writes a catalog-data directory with COUNT generated offers,
 * {@code admin create NAME} makes an administrator.
 */
public class Application {
    public static void main(String[] args) throws IOException {
        logJsonInProduction();
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(ImportCommand.run(args, System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("import-hsds")) {
            System.exit(HsdsImportCommand.run(args, System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("admin")) {
            System.exit(AdminCommand.run(args, System.getenv(), System.in, System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("synthetic")) {
            System.exit(synthetic(args));
        }
        Micronaut.run(Application.class, args);
    }

    /**
     * In the mysql (production) environment every log line is one JSON object, for log collectors;
     * logback reads its configuration file before the application context exists, so it is chosen here.
     */
    private static void logJsonInProduction() {
        String environments = System.getProperty(
                "micronaut.environments", Objects.requireNonNullElse(System.getenv("MICRONAUT_ENVIRONMENTS"), ""));
        if (List.of(environments.split("\\s*,\\s*")).contains("mysql")
                && System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-json.xml");
        }
    }

    private static int synthetic(String[] args) throws IOException {
        boolean seeded = args.length == 5 && args[3].equals("--seed") && args[4].matches("-?\\d{1,18}");
        if ((args.length != 3 && !seeded) || !args[1].matches("\\d{1,7}")) {
            System.err.println("usage: java -jar aanbodwijzer.jar synthetic COUNT DIR [--seed S]");
            return 2;
        }
        long seed = seeded ? Long.parseLong(args[4]) : 42;
        SyntheticCatalog.write(Path.of("catalog-data"), Path.of(args[2]), Integer.parseInt(args[1]), seed);
        System.out.println("Wrote " + args[1] + " synthetic offers to " + args[2]
                + "; import them with: java -jar aanbodwijzer.jar import " + args[2]);
        return 0;
    }
}
