package ballflight.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The pitch-by-pitch CSV file ({@code .csv} or {@code .csv.gz}), streamed: each game's rows are
 * appended as soon as the game is merged, so memory stays bounded whatever the season's length.
 * A {@code .gz} file is a series of gzip members, one per game, compressed on the worker threads
 * (RFC 1952 allows members back to back; gzip, zcat, Python and pandas read them as one stream).
 * The file appears complete or not at all ({@link StagedFile}).
 */
final class PitchFile implements AutoCloseable {
    private final StagedFile file;
    private final OutputStream out;
    private final boolean gzip;

    /** @param option the command-line option, for error messages */
    PitchFile(Path target, String option) {
        String name = target.getFileName() == null ? "" : target.getFileName().toString();
        this.gzip = name.endsWith(".csv.gz");
        if (!gzip && !name.endsWith(".csv")) {
            throw new ExportException(option + ": file = '" + target + "' must end in .csv or .csv.gz");
        }
        this.file = new StagedFile(target, option);
        this.out = file.stream();
        write(encode(StatcastGame.header().getBytes(StandardCharsets.UTF_8)));
    }

    /** The bytes to append for {@code rows}: as they are, or one gzip member. */
    byte[] encode(byte[] rows) {
        if (!gzip) {
            return rows;
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream(rows.length / 4 + 64);
        // Deflate's fastest level: a season's file is ~25 % larger than at the default level, in a
        // third of the time (it runs on the worker threads, inside the season's time).
        try (GZIPOutputStream z = new GZIPOutputStream(b, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            z.write(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toByteArray();
    }

    void write(byte[] bytes) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new ExportException(file.option() + ": cannot write '" + file.target() + "': " + e.getMessage());
        }
    }

    /** Moves the finished file into place. */
    void commit() {
        file.commit();
    }

    /** Removes the unfinished file (after a commit: nothing). */
    @Override
    public void close() {
        file.close();
    }
}
