package ballflight.cli;

import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes CSV records byte for byte as {@link CSVPrinter#printRecord} does with {@link #FORMAT}
 * (numbers as {@link Numbers#roundedText}, NaN as an empty cell), quicker when no cell needs
 * quoting: letters, digits and {@code . _ + -}, which commons-csv never quotes, are built into one
 * line and written at once; a record with any other cell goes through the printer. {@code fly
 * --input} writes one record a row, and the printer's per-cell work was a large share of its
 * writer thread.
 */
final class CsvRecordWriter {
    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private final Appendable out;
    private final CSVPrinter printer;
    private final StringBuilder line = new StringBuilder(256);

    CsvRecordWriter(Appendable out) throws IOException {
        this.out = out;
        this.printer = new CSVPrinter(out, FORMAT);
    }

    void header(List<String> names) throws IOException {
        printer.printRecord(names);
    }

    /** One record: {@code cells}, then {@code numbers} rounded to {@code decimals} (NaN: empty). */
    void row(List<String> cells, double[] numbers, int decimals) throws IOException {
        boolean plain = !cells.isEmpty();
        for (int i = 0; i < cells.size() && plain; i++) {
            plain = isPlain(cells.get(i));
        }
        if (!plain) {
            for (String cell : cells) {
                printer.print(cell);
            }
            for (double v : numbers) {
                printer.print(Double.isNaN(v) ? null : Numbers.roundedText(v, decimals));
            }
            printer.println();
            return;
        }
        // Numbers print as digits, '.', '-', 'E', "Infinity": never quoted, and never first.
        line.setLength(0);
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cells.get(i));
        }
        for (double v : numbers) {
            line.append(',');
            if (!Double.isNaN(v)) {
                Numbers.appendRounded(line, v, decimals);
            }
        }
        out.append(line.append('\n'));
    }

    void flush() throws IOException {
        printer.flush();
    }

    /** Non-empty and only characters commons-csv's minimal quoting leaves alone anywhere in a record. */
    static boolean isPlain(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            boolean ok = c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
                    || c == '.' || c == '_' || c == '+' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
