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
 * leaves the target as it was and removes the temp file. A target that exists and is not a
 * regular file ({@code /dev/null}, a pipe) is written in place: renaming over it would replace
 * the device itself.
 */
final class AtomicOutput {

    /** What to write; may throw. */
    @FunctionalInterface
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private AtomicOutput() {
    }

    /** Fails early (before any work) if {@code target} cannot be written: no directory, or a directory itself. */
    static void checkTarget(Path target, String option) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new InputException("output", option + ": directory '" + dir + "' does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new InputException("output", option + ": '" + target + "' is a directory");
        }
    }

    /** Writes {@code content} to {@code target}; I/O problems are {@link InputException}s naming the option. */
    static void write(Path target, String option, Content content) {
        checkTarget(target, option);
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            writeInPlace(absolute, target, option, content);
            return;
        }
        Path dir = absolute.getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
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

    private static void writeInPlace(Path absolute, Path target, String option, Content content) {
        try (Writer out = Files.newBufferedWriter(absolute, StandardCharsets.UTF_8)) {
            content.writeTo(out);
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
