package ballflight.cli;

import ballflight.model.InputException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file of cases read one row at a time (so a file of any size streams in bounded memory):
 * the header, then data rows with their line numbers, cells exactly as written (so unknown columns
 * can be carried through unchanged). {@code -} is standard input; a name ending in {@code .gz},
 * or a stream starting with gzip's magic bytes, is gunzipped. Blank lines are skipped. Line numbers count records, so they are exact unless a
 * quoted cell spans several lines. Every problem is an {@link InputException} naming the file (and
 * line).
 */
final class CasesFile implements AutoCloseable {

    /**
     * One data row.
     *
     * @param line 1-based line number in the file (the header is line 1)
     * @param cells the cells, as many as the header has columns
     */
    record Row(long line, List<String> cells) {
    }

    /** The name that means standard input (and, for --output, standard output). */
    static final String STANDARD_STREAM = "-";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setIgnoreEmptyLines(false) // keep record numbers equal to line numbers
            .get();

    private final String name;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;

    private CasesFile(String name, CSVParser parser) {
        this.name = name;
        this.parser = parser;
        this.records = parser.iterator();
        List<String> first = nextCells();
        if (first == null) {
            throw new InputException("input", name + ": file is empty; expected a header line with at"
                    + " least exit_velocity_mph,launch_angle_deg");
        }
        first = new ArrayList<>(first);
        first.set(0, first.get(0).replace("\uFEFF", ""));
        this.header = List.copyOf(first);
    }

    /** Opens {@code name} ({@code -}: {@code stdin}) and reads its header. */
    static CasesFile open(String name, InputStream stdin) {
        InputStream in = null;
        try {
            in = STANDARD_STREAM.equals(name) ? stdin : Files.newInputStream(Path.of(name));
            in = new BufferedInputStream(in, 1 << 16);
            if (name.endsWith(".gz") || gzipped(in)) {
                in = new GZIPInputStream(in, 1 << 16);
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
            try {
                return new CasesFile(name, parser);
            } catch (RuntimeException e) {
                closeQuietly(parser);
                throw e;
            }
        } catch (NoSuchFileException e) {
            throw new InputException("input", name + ": file not found");
        } catch (IOException | UncheckedIOException e) {
            closeQuietly(in);
            throw new InputException("input", name + ": cannot read as CSV: " + rootMessage(e));
        }
    }

    /** Whether the stream starts with gzip's magic bytes (so piped gzip works on stdin too); does not consume. */
    private static boolean gzipped(InputStream in) throws IOException {
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        return b0 == 0x1f && b1 == 0x8b;
    }

    String name() {
        return name;
    }

    /** Column names as written (a leading byte-order mark removed). */
    List<String> header() {
        return header;
    }

    /** The next data row, or null at the end of the file. */
    Row next() {
        List<String> cells;
        long line;
        do {
            if (!hasRecord()) {
                return null;
            }
            CSVRecord record = records.next();
            cells = record.toList();
            line = record.getRecordNumber();
        } while (cells.size() == 1 && cells.get(0).isBlank());
        if (cells.size() != header.size()) {
            throw new InputException("input", name + " line " + line + ": " + cells.size()
                    + " values but the header has " + header.size() + " columns");
        }
        return new Row(line, cells);
    }

    private List<String> nextCells() {
        while (hasRecord()) {
            List<String> cells = records.next().toList();
            if (!(cells.size() == 1 && cells.get(0).isBlank())) {
                return cells;
            }
        }
        return null;
    }

    private boolean hasRecord() {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            // commons-csv reports malformed CSV (e.g. an unclosed quote) as unchecked exceptions.
            throw new InputException("input", name + ": cannot read as CSV: " + rootMessage(e));
        }
    }

    @Override
    public void close() {
        closeQuietly(parser);
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception ignored) {
            // Closing an input after reading (or failing to read) it: nothing left to report.
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
