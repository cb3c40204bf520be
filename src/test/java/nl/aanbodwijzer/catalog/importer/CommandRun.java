package nl.aanbodwijzer.catalog.importer;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs a command of the jar in this JVM, on the database in a data folder of the test's own. */
public final class CommandRun {
    /** A command's entry point, such as {@link ImportCommand#run}. */
    @FunctionalInterface
    public interface Command {
        int run(String[] args, PrintStream out, PrintStream err);
    }

    /** What the command answered and printed. */
    public record Output(int exit, String out, String err) {}

    private CommandRun() {}

    public static Output run(Path dataDir, Command command, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String previous = System.getProperty("aanbodwijzer.data-dir");
        System.setProperty("aanbodwijzer.data-dir", dataDir.toString());
        try {
            int exit = command.run(
                    args,
                    new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Output(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            if (previous == null) {
                System.clearProperty("aanbodwijzer.data-dir");
            } else {
                System.setProperty("aanbodwijzer.data-dir", previous);
            }
        }
    }
}
