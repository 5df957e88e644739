package ballflight.cli;

import ballflight.export.ExportException;
import ballflight.export.StagedFile;
import ballflight.model.InputException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.io.OutputStreamWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a file all or nothing ({@link StagedFile}: a temp file in the target's directory, renamed
 * into place only when the content is complete). A failure leaves the target as it was.
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
        try (StagedFile file = new StagedFile(target, option)) {
            Writer out = new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8);
            content.writeTo(out);
            out.flush();
            file.commit();
        } catch (IOException e) {
            throw new InputException("output", option + ": cannot write '" + target + "': " + e);
        } catch (ExportException e) {
            throw new InputException("output", e.getMessage());
        }
    }
}
