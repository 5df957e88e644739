package ballflight.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A file written under a temporary name in its target's directory (same file system) and renamed
 * into place only when complete: readers see the whole file or none. Creating it checks at once
 * that the directory can be written, before any work is done.
 */
public final class StagedFile implements AutoCloseable {
    private final Path target;
    private final String option;
    private final Path temp;
    private OutputStream stream;
    private boolean committed;

    public StagedFile(Path target, String option) {
        this.target = target.toAbsolutePath();
        this.option = option;
        Path dir = this.target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ExportException(option + ": directory '" + dir + "' does not exist");
        }
        if (Files.isDirectory(this.target)) {
            throw new ExportException(option + ": '" + target + "' is a directory");
        }
        try {
            this.temp = Files.createTempFile(dir, "." + this.target.getFileName() + ".", ".tmp");
        } catch (IOException e) {
            throw new ExportException(option + ": cannot write in '" + dir + "': " + e.getMessage());
        }
    }

    Path target() {
        return target;
    }

    String option() {
        return option;
    }

    public OutputStream stream() {
        if (stream == null) {
            try {
                stream = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
            } catch (IOException e) {
                throw new ExportException(option + ": cannot write '" + target + "': " + e.getMessage());
            }
        }
        return stream;
    }

    public void commit() {
        try {
            if (stream != null) {
                stream.close();
            }
            // A temp file is private (0600); the finished file is an ordinary one.
            if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        } catch (IOException e) {
            throw new ExportException(option + ": cannot write '" + target + "': " + e.getMessage());
        }
    }

    @Override
    public void close() {
        if (committed) {
            return;
        }
        try {
            if (stream != null) {
                stream.close();
            }
        } catch (IOException ignored) {
            // Being removed anyway.
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // Best effort: the failure being reported matters more than a stray temp file.
        }
    }
}
