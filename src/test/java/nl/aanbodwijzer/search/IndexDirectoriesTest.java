package nl.aanbodwijzer.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The index folders of a process that was killed are removed by the next process. */
class IndexDirectoriesTest {
    @Test
    void shouldRemoveTheFoldersOfProcessesThatAreGoneAndKeepTheOthers() throws IOException {
        Path gone = IndexDirectories.root().resolve(String.valueOf(Long.MAX_VALUE));
        Files.createDirectories(gone.resolve("generation-1"));
        Files.writeString(gone.resolve("generation-1").resolve("_0.cfs"), "index");
        Path mine = IndexDirectories.newGeneration();

        IndexDirectories.sweep();

        assertThat(gone).doesNotExist();
        assertThat(mine).isDirectory();
        IndexDirectories.delete(mine);
    }
}
