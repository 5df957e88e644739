package ballflight.cli;

import ballflight.io.AtomicFiles;
import ballflight.model.InputException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a file all or nothing ({@link AtomicFiles}): into a temp file in the target's directory
 * (same file system, so the final move is a rename; created with the mode the umask gives), moved
 * into place only when the content is complete. A failure leaves the target as it was and removes
 * the temp file. A target that exists and is not a regular file ({@code /dev/null}, a pipe) is
 * written in place: renaming over it would replace the device itself.
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

    /** Writes {@code content} as UTF-8 text to {@code target}. */
    static void write(Path target, String option, Content content) {
        writeBytes(target, option, stream -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            content.writeTo(out);
            out.flush();
        });
    }

    /**
     * Writes raw bytes to {@code target} ({@link AtomicFiles}: mode from the umask) through a temp
     * file named for this process; I/O problems are {@link InputException}s naming the option.
     */
    static void writeBytes(Path target, String option, AtomicFiles.Content content) {
        checkTarget(target, option);
        Path absolute = target.toAbsolutePath();
        try {
            if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
                try (var out = Files.newOutputStream(absolute)) {
                    content.writeTo(out);
                }
                return;
            }
            AtomicFiles.write(absolute, tempPrefix(absolute, ProcessHandle.current().pid()), TEMP_SUFFIX, content);
        } catch (IOException e) {
            throw new InputException("output", option + ": cannot write '" + target + "': " + e);
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
