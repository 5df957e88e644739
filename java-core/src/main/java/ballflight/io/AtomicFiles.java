package ballflight.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file all or nothing: into a temp file beside the target (same file system, so the
 * final move is a rename), moved into place only when the content is complete; a failure removes
 * the temp file and leaves the target as it was. The temp file is created with a plain
 * {@code open(O_CREAT|O_EXCL)}, not {@link Files#createTempFile}, so the result gets the mode the
 * user's umask gives every new file (createTempFile forces 0600).
 */
public final class AtomicFiles {

    /** What to write; may throw. The stream is closed by {@link #write}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final int NAME_ATTEMPTS = 100;

    private AtomicFiles() {
    }

    /** Writes {@code content} to {@code target} (parent directories must exist). */
    public static void write(Path target, Content content) throws IOException {
        write(target, "." + target.toAbsolutePath().getFileName() + ".", ".tmp", content);
    }

    /** As {@link #write(Path, Content)}, the temp file named {@code <tempPrefix><random><tempSuffix>}. */
    public static void write(Path target, String tempPrefix, String tempSuffix, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = null;
        try {
            OutputStream out = null;
            for (int attempt = 0; out == null; attempt++) {
                temp = absolute.resolveSibling(tempPrefix
                        + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + tempSuffix);
                try {
                    out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                } catch (FileAlreadyExistsException e) {
                    temp = null;
                    if (attempt >= NAME_ATTEMPTS) {
                        throw e;
                    }
                }
            }
            try (OutputStream o = out) {
                content.writeTo(o);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
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
