package ballflight.nativekernel;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Removes library extraction directories ({@code <prefix><pid>-<random>}) left by processes that
 * have ended. Directories of live processes, and names without a pid, are never touched.
 */
final class StaleExtractions {
    private StaleExtractions() {
    }

    /** Deletes the stale extraction directories under {@code parent}; returns how many. */
    static int delete(Path parent, String prefix) {
        int deleted = 0;
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(parent, prefix + "*")) {
            for (Path dir : dirs) {
                long pid = pidOf(dir.getFileName().toString().substring(prefix.length()));
                if (pid > 0 && ProcessHandle.of(pid).isEmpty() && deleteTree(dir)) {
                    deleted++;
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // Best effort: cleaning up must never stop the library from loading.
        }
        return deleted;
    }

    /** The pid in {@code <pid>-<random>}, or -1. */
    private static long pidOf(String rest) {
        int dash = rest.indexOf('-');
        try {
            return dash > 0 ? Long.parseLong(rest.substring(0, dash)) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean deleteTree(Path dir) {
        if (!Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false; // e.g. a DLL still mapped by a process we could not see: next time
        }
    }
}
