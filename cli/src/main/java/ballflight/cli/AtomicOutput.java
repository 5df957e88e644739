package ballflight.cli;

import ballflight.model.InputException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file all or nothing: into a temp file in the target's directory (same file system,
 * so the final move is a rename), moved into place only when the content is complete. A failure
 * leaves the target as it was and removes the temp file.
 *
 * <p>A process killed (SIGKILL, power loss) while writing never leaves a partial file at the
 * target; what it can leave is its temp file {@code .<name>.<pid>.<random>.ballflight-tmp}. The
 * next command writing the same target deletes every such file whose process is gone, so at
 * most one dead process's temp file per target exists between runs (documented in the README).
 */
final class AtomicOutput {

    /** What to write; may throw. */
    @FunctionalInterface
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private AtomicOutput() {
    }

    static final String TEMP_SUFFIX = ".ballflight-tmp";

    /**
     * Fails early (before any work) if {@code target} cannot be written: no directory, or a
     * directory itself. Also removes temp files of earlier, killed writers of the same target.
     */
    static void checkTarget(Path target, String option) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new InputException("output", option + ": directory '" + dir + "' does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new InputException("output", option + ": '" + target + "' is a directory");
        }
        deleteStaleTemps(absolute);
    }

    /** {@code .<name>.<pid>.} : the prefix of this process's temp files for {@code target}. */
    private static String tempPrefix(Path target, long pid) {
        return "." + target.getFileName() + "." + pid + ".";
    }

    /** Deletes {@code .<name>.<pid>.*.ballflight-tmp} next to {@code target} whose process has ended. */
    static void deleteStaleTemps(Path target) {
        String start = "." + target.getFileName() + ".";
        try (var entries = Files.newDirectoryStream(target.getParent(), start + "*" + TEMP_SUFFIX)) {
            for (Path p : entries) {
                String rest = p.getFileName().toString().substring(start.length());
                int dot = rest.indexOf('.');
                long pid;
                try {
                    pid = Long.parseLong(rest.substring(0, Math.max(dot, 0)));
                } catch (NumberFormatException notOurs) {
                    continue;
                }
                if (ProcessHandle.of(pid).isEmpty()) {
                    deleteQuietly(p);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // Best effort: an unreadable directory fails later, at the write, with its own message.
        }
    }

    /** Writes {@code content} to {@code target}; I/O problems are {@link InputException}s naming the option. */
    static void write(Path target, String option, Content content) {
        checkTarget(target, option);
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, tempPrefix(absolute, ProcessHandle.current().pid()), TEMP_SUFFIX);
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException e) {
            throw new InputException("output", option + ": cannot write '" + target + "': " + e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // Best effort: the failure being reported matters more than a stray temp file.
        }
    }
}
