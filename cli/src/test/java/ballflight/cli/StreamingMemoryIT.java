package ballflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fly --input} streams: a generated file more than twice the size of the heap flies
 * through a child JVM capped at {@code -Xmx64m}, every row comes out in order with its results,
 * and the output (as large as the input) is complete. Holding the file in memory (what the
 * command did before it streamed) runs out of heap here.
 */
class StreamingMemoryIT {
    private static final Path JAR = Path.of(System.getProperty("ballflight.jar", "target/ballflight.jar"));
    private static final int ROWS = 100_000;
    /** A carried-through column that makes each row ~1.5 KB: 150 MB of input for 100,000 flights. */
    private static final String PADDING = "x".repeat(1500);
    private static final long HEAP_BYTES = 64L << 20;

    @TempDir
    Path dir;

    @Test
    void aFileFarLargerThanTheHeapStreamsThroughInOrder() throws Exception {
        Path in = dir.resolve("big.csv");
        try (BufferedWriter w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
            w.write("id,exit_velocity_mph,launch_angle_deg,backspin_rpm,note\n");
            for (int i = 0; i < ROWS; i++) {
                w.write(String.format(Locale.ROOT, "%d,%.1f,%.1f,%d,%s\n", i, 60.0 + i % 60, -10.0 + i % 50,
                        1000 + i % 1500, PADDING));
            }
        }
        assertThat(Files.size(in)).isGreaterThan(2 * HEAP_BYTES);
        Path out = dir.resolve("out.csv");
        Path err = dir.resolve("err.txt");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-jar", JAR.toString(),
                "fly", "--backend", "java", "--mode", "extreme", "--input", in.toString(), "--output", out.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(err.toFile()).start();
        try {
            assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("finished").isTrue();
        } finally {
            p.destroyForcibly();
        }
        assertThat(p.exitValue()).as(Files.readString(err)).isZero();

        long rows = 0;
        try (BufferedReader r = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            assertThat(r.readLine()).isEqualTo("id,exit_velocity_mph,launch_angle_deg,backspin_rpm,note,"
                    + String.join(",", FlightReport.BATCH_COLUMNS));
            String line;
            while ((line = r.readLine()) != null) {
                String[] cells = line.split(",");
                assertThat(cells[0]).isEqualTo(Long.toString(rows));
                assertThat(cells[4]).isEqualTo(PADDING);
                assertThat(cells).hasSize(5 + FlightReport.BATCH_COLUMNS.size());
                rows++;
            }
        }
        assertThat(rows).isEqualTo(ROWS);
    }
}
