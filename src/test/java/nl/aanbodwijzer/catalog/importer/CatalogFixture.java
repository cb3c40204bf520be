package nl.aanbodwijzer.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the real catalog-data, changed on purpose. */
public final class CatalogFixture {
    static final Path CATALOG_DATA = Path.of("catalog-data");

    private CatalogFixture() {}

    /** A copy of catalog-data in {@code target}. */
    public static Path copy(Path target) {
        try (Stream<Path> files = Files.walk(CATALOG_DATA)) {
            for (Path source : files.toList()) {
                Path destination =
                        target.resolve(CATALOG_DATA.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(source, destination);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the first {@code find} in {@code file} by {@code replacement}; the text must be there. */
    static void replace(Path dir, String file, String find, String replacement) {
        try {
            Path path = dir.resolve(file);
            String text = Files.readString(path);
            assertThat(text).as("fixture text in %s", file).contains(find);
            Files.writeString(
                    path,
                    text.replaceFirst(
                            java.util.regex.Pattern.quote(find),
                            java.util.regex.Matcher.quoteReplacement(replacement)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path dir, String file, String text) {
        try {
            Files.writeString(dir.resolve(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
