package ballflight.cli;

import ballflight.model.InputException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read whole: the header and the data rows with their line numbers, cells exactly as
 * written (so unknown columns can be carried through unchanged). Blank lines are skipped.
 * Line numbers count records, so they are exact unless a quoted cell spans several lines.
 *
 * @param name the file as the user named it, for messages
 * @param header column names as written (a leading byte-order mark removed)
 * @param rows data rows
 */
record CasesFile(String name, List<String> header, List<Row> rows) {

    /**
     * One data row.
     *
     * @param line 1-based line number in the file (the header is line 1)
     * @param cells the cells, as many as the header has columns
     */
    record Row(long line, List<String> cells) {
    }

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setIgnoreEmptyLines(false) // keep record numbers equal to line numbers
            .get();

    /** Reads {@code path}; every problem is an {@link InputException} naming the file (and line). */
    static CasesFile read(Path path) {
        String name = path.toString();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            List<String> header = null;
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (cells.size() == 1 && cells.get(0).isBlank()) {
                    continue;
                }
                long line = record.getRecordNumber();
                if (header == null) {
                    header = new ArrayList<>(cells);
                    header.set(0, header.get(0).replace("\uFEFF", ""));
                    continue;
                }
                if (cells.size() != header.size()) {
                    throw new InputException("input", name + " line " + line + ": " + cells.size()
                            + " values but the header has " + header.size() + " columns");
                }
                rows.add(new Row(line, List.copyOf(cells)));
            }
            if (header == null) {
                throw new InputException("input", name + ": file is empty; expected a header line with at"
                        + " least exit_velocity_mph,launch_angle_deg");
            }
            if (rows.isEmpty()) {
                throw new InputException("input", name + ": no data rows after the header");
            }
            return new CasesFile(name, List.copyOf(header), List.copyOf(rows));
        } catch (NoSuchFileException e) {
            throw new InputException("input", name + ": file not found");
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // commons-csv reports malformed CSV (e.g. an unclosed quote) as unchecked exceptions.
            throw new InputException("input", name + ": cannot read as CSV: " + rootMessage(e));
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
