package ballflight.game;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A bundled CSV without quoted cells (the schedule and runner tables written by
 * docs/data/extract_schedule2025.py): rows as string arrays, columns checked against the header.
 */
public final class ResourceTable {
    private final List<String[]> rows;

    private ResourceTable(List<String[]> rows) {
        this.rows = rows;
    }

    public static ResourceTable load(String resource, String... header) {
        try (InputStream in = ResourceTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled data " + resource + " is missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String first = r.readLine();
            if (first == null || !Arrays.equals(first.split(",", -1), header)) {
                throw new IllegalStateException(resource + ": header must be " + String.join(",", header)
                        + ", got " + first);
            }
            List<String[]> rows = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    String[] cells = line.split(",", -1);
                    if (cells.length != header.length) {
                        throw new IllegalStateException(resource + ": line " + (rows.size() + 2) + " has "
                                + cells.length + " cells, expected " + header.length);
                    }
                    rows.add(cells);
                }
            }
            return new ResourceTable(List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    public List<String[]> rows() {
        return rows;
    }
}
