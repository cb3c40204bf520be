package nl.aanbodwijzer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Where index generations live: a folder per process under the temporary folder. A generation
 * deletes its own folder when it closes, but a killed process cannot; so the first generation of a
 * process removes the folders of processes that are gone.
 */
final class IndexDirectories {
    private static final Path ROOT = Path.of(System.getProperty("java.io.tmpdir"), "aanbodwijzer-index");
    private static final AtomicBoolean SWEPT = new AtomicBoolean();

    private IndexDirectories() {}

    /** A new, empty folder for one index generation of this process. */
    static Path newGeneration() throws IOException {
        if (SWEPT.compareAndSet(false, true)) {
            sweep();
        }
        Path own = Files.createDirectories(
                ROOT.resolve(String.valueOf(ProcessHandle.current().pid())));
        return Files.createTempDirectory(own, "generation-");
    }

    /** Removes the folders of processes that no longer run. */
    static void sweep() throws IOException {
        if (!Files.isDirectory(ROOT)) {
            return;
        }
        try (Stream<Path> folders = Files.list(ROOT)) {
            for (Path folder : folders.toList()) {
                Long pid = processId(folder);
                if (pid != null && !alive(pid)) {
                    delete(folder);
                }
            }
        }
    }

    static Path root() {
        return ROOT;
    }

    private static Long processId(Path folder) {
        try {
            return Long.parseLong(folder.getFileName().toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Deletes a folder and what is in it; what another process removes meanwhile is no error. */
    static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (java.nio.file.NoSuchFileException e) {
            // gone already
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
