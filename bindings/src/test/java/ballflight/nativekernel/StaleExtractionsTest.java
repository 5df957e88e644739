package ballflight.nativekernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleExtractionsTest {
    @TempDir
    Path parent;

    /** A pid that belonged to a process which has ended. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        p.waitFor();
        return p.pid();
    }

    @Test
    void directoriesOfEndedProcessesAreRemovedOthersKept() throws Exception {
        String prefix = NativeLibraryLoader.EXTRACT_PREFIX;
        Path stale = Files.createDirectory(parent.resolve(prefix + deadPid() + "-123"));
        Files.writeString(stale.resolve("ballflight.dll"), "a library that was never deleted");
        Path live = Files.createDirectory(parent.resolve(prefix + ProcessHandle.current().pid() + "-456"));
        Path foreign = Files.createDirectory(parent.resolve(prefix + "somebody-else"));
        Path unrelated = Files.createDirectory(parent.resolve("other-77-1"));

        assertThat(StaleExtractions.delete(parent, prefix)).isEqualTo(1);
        assertThat(stale).doesNotExist();
        assertThat(live).isDirectory();
        assertThat(foreign).isDirectory();
        assertThat(unrelated).isDirectory();
    }
}
