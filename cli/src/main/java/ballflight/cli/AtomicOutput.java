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
 * An output file written all or nothing ({@link AtomicFiles}: temp file beside the target, moved
 * into place when complete, mode from the umask), with problems reported as one-line
 * {@link InputException}s naming the option.
 */
final class AtomicOutput {

    /** What to write as text; may throw. */
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

    /** Writes {@code content} as UTF-8 text to {@code target}. */
    static void write(Path target, String option, Content content) {
        writeBytes(target, option, stream -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            content.writeTo(out);
            out.flush();
        });
    }

    /** Writes raw bytes to {@code target}; I/O problems are {@link InputException}s naming the option. */
    static void writeBytes(Path target, String option, AtomicFiles.Content content) {
        checkTarget(target, option);
        try {
            AtomicFiles.write(target, content);
        } catch (IOException e) {
            throw new InputException("output", option + ": cannot write '" + target + "': " + e);
        }
    }
}
