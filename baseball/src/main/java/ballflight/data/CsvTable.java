package ballflight.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small CSV table read from the class path (the bundled {@code mlb-2025} files: a header row,
 * comma-separated, double quotes around cells that contain commas). java-core has no CSV
 * dependency and these files are written by our own extractor, so a reader of that subset is enough.
 */
final class CsvTable {
    private final String resource;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String[]> rows = new ArrayList<>();

    private CsvTable(String resource) {
        this.resource = resource;
    }

    static CsvTable load(String resource) {
        CsvTable t = new CsvTable(resource);
        InputStream in = CsvTable.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("bundled data file " + resource + " is missing from the class path");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String[] header = split(r.readLine());
            for (int i = 0; i < header.length; i++) {
                t.columns.put(header[i], i);
            }
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    t.rows.add(split(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return t;
    }

    int size() {
        return rows.size();
    }

    /** The cell, or "" if the row is short. */
    String text(int row, String column) {
        Integer c = columns.get(column);
        if (c == null) {
            throw new IllegalStateException(resource + " has no column " + column);
        }
        String[] r = rows.get(row);
        return c < r.length ? r[c].trim() : "";
    }

    /** The cell as a number, or NaN when empty or not a number (the caller fills it in). */
    double number(int row, String column) {
        String s = text(row, column);
        if (s.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String[] split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells.toArray(String[]::new);
    }
}
