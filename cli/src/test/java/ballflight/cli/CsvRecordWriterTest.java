package ballflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.units.Decimals;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

class CsvRecordWriterTest {
    /** Plain characters and every one commons-csv may quote for: delimiter, quote, line ends, space, '#'. */
    private static final String ALPHABET = "0123456789abcXYZ._+-,\" \r\n#!\t'é";

    private static String cell(SplittableRandom random) {
        if (random.nextInt(8) == 0) {
            return random.nextBoolean() ? "" : null;
        }
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(1, 6);
        for (int i = 0; i < n; i++) {
            // Mostly plain characters, so that both paths run often.
            int limit = random.nextInt(4) == 0 ? ALPHABET.length() : 21;
            s.append(ALPHABET.charAt(random.nextInt(limit)));
        }
        return s.toString();
    }

    /** Mostly batch-column values; sometimes NaN, infinities and magnitudes off the fast path. */
    private static double number(SplittableRandom random) {
        return switch (random.nextInt(20)) {
            case 0 -> Double.NaN;
            case 1 -> random.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            case 2 -> Math.pow(10, random.nextDouble(-8, 12)) * (random.nextBoolean() ? 1 : -1);
            default -> random.nextDouble(-500, 500);
        };
    }

    /** Against the printer fed what the writer was fed before: the rounded Double, null for NaN. */
    @Test
    void writesWhatPrintRecordWrites() throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        StringBuilder ours = new StringBuilder();
        StringBuilder theirs = new StringBuilder();
        CsvRecordWriter writer = new CsvRecordWriter(ours);
        CSVPrinter printer = new CSVPrinter(theirs, CsvRecordWriter.FORMAT);
        List<String> header = List.of("exit_velocity_mph", "a b", "distance_ft");
        writer.header(header);
        printer.printRecord(header);
        int plainRecords = 0;
        for (int r = 0; r < 20_000; r++) {
            List<String> cells = new ArrayList<>();
            int n = random.nextInt(0, 5);
            for (int i = 0; i < n; i++) {
                String c = cell(random);
                cells.add(c == null ? "" : c);
            }
            double[] numbers = new double[random.nextInt(0, 6)];
            for (int i = 0; i < numbers.length; i++) {
                numbers[i] = number(random);
            }
            if (!cells.isEmpty() && cells.stream().allMatch(CsvRecordWriter::isPlain)) {
                plainRecords++;
            }
            writer.row(cells, numbers, 3);
            List<Object> all = new ArrayList<>(cells);
            for (double v : numbers) {
                all.add(Double.isNaN(v) ? null : (Object) Decimals.round(v, 3));
            }
            printer.printRecord(all);
        }
        assertThat(ours.toString()).isEqualTo(theirs.toString());
        assertThat(plainRecords).as("records that took the fast path").isGreaterThan(1_000);
    }

    @Test
    void onlySafeCharactersArePlain() {
        assertThat(CsvRecordWriter.isPlain("85.7")).isTrue();
        assertThat(CsvRecordWriter.isPlain("-1.5E-4")).isTrue();
        assertThat(CsvRecordWriter.isPlain("distance_ft")).isTrue();
        assertThat(CsvRecordWriter.isPlain("")).isFalse();
        assertThat(CsvRecordWriter.isPlain("a,b")).isFalse();
        assertThat(CsvRecordWriter.isPlain("#1")).isFalse();
        assertThat(CsvRecordWriter.isPlain("x ")).isFalse();
    }
}
