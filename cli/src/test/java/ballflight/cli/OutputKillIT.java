package ballflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM killed with SIGKILL during {@code fly --output} or {@code season --output} never
 * leaves a partial file at the target; the temp file a kill mid-write can leave
 * ({@code .<name>.<pid>.*.ballflight-tmp}) is removed by the next run writing that target.
 */
class OutputKillIT {
    private static final Path JAR = Path.of(System.getProperty("ballflight.jar", "target/ballflight.jar"));

    @TempDir
    Path dir;

    private static List<String> java(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static Process start(Path dir, List<String> cmd) throws IOException {
        return new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static int runToEnd(Path dir, List<String> cmd) throws Exception {
        Process p = start(dir, cmd);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("finished: " + cmd).isTrue();
        return p.exitValue();
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** 20,000 batted balls: the CSV result is over 1 MB, so writing it takes a while. */
    private Path bigInput() throws IOException {
        StringBuilder csv = new StringBuilder("exit_velocity_mph,launch_angle_deg,backspin_rpm\n");
        for (int i = 0; i < 20_000; i++) {
            csv.append(60 + i % 60).append(',').append(-10 + i % 55).append(',').append(1000 + i % 2000).append('\n');
        }
        return Files.writeString(dir.resolve("in.csv"), csv);
    }

    @Test
    void flyKilledWhileWritingLeavesNoPartialFile() throws Exception {
        assertThat(JAR).as("shaded jar (built at package)").exists();
        Path input = bigInput();
        Path work = Files.createDirectory(dir.resolve("fly"));
        List<String> cmd = java("fly", "--input", input.toString(), "--output", "out.csv", "--mode", "fast",
                "--backend", "java");
        assertThat(runToEnd(work, cmd)).isZero();
        byte[] complete = Files.readAllBytes(work.resolve("out.csv"));
        Files.delete(work.resolve("out.csv"));

        int killedMidWrite = 0;
        for (int attempt = 0; attempt < 5 && killedMidWrite < 1; attempt++) {
            Process p = start(work, cmd);
            // Kill the moment anything appears in the directory: the output is being written.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (p.isAlive() && names(work).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            boolean wasWriting = p.isAlive() && !names(work).isEmpty();
            p.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hooks, no finally blocks
            p.waitFor(30, TimeUnit.SECONDS);
            List<String> left = names(work);
            if (left.contains("out.csv")) {
                assertThat(Files.readAllBytes(work.resolve("out.csv"))).as("never a partial target").isEqualTo(complete);
            }
            assertThat(left).allMatch(n -> n.equals("out.csv") || n.matches("\\.out\\.csv\\.\\d+\\..*\\.ballflight-tmp"),
                    "only the target or a recognizable temp file: " + left);
            if (wasWriting && !left.contains("out.csv")) {
                killedMidWrite++;
            }
            Files.deleteIfExists(work.resolve("out.csv"));
        }
        assertThat(killedMidWrite).as("kills that landed while the output was being written").isPositive();

        // The next run removes what the killed ones left and writes the complete file.
        assertThat(runToEnd(work, cmd)).isZero();
        assertThat(names(work)).containsExactly("out.csv");
        assertThat(Files.readAllBytes(work.resolve("out.csv"))).isEqualTo(complete);
    }

    @Test
    void seasonKilledAtAnyPointLeavesNoPartialOrTempFile() throws Exception {
        assertThat(JAR).as("shaded jar (built at package)").exists();
        Path work = Files.createDirectory(dir.resolve("season"));
        List<String> cmd = java("season", "--seed", "7", "--games", "12", "--mode", "fast", "--backend", "java",
                "--quiet", "--output", "season.txt");
        long t0 = System.nanoTime();
        assertThat(runToEnd(work, cmd)).isZero();
        long fullMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        byte[] complete = Files.readAllBytes(work.resolve("season.txt"));
        Files.delete(work.resolve("season.txt"));

        for (double fraction : new double[] {0.4, 0.8, 0.97}) {
            Process p = start(work, cmd);
            boolean ended = p.waitFor((long) (fullMs * fraction), TimeUnit.MILLISECONDS);
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
            List<String> left = names(work);
            if (left.contains("season.txt")) {
                assertThat(Files.readAllBytes(work.resolve("season.txt"))).as("never partial").isEqualTo(complete);
            }
            assertThat(left).as("killed at %.0f%% (ended on its own: %s)", 100 * fraction, ended)
                    .allMatch(n -> n.equals("season.txt") || n.endsWith(".ballflight-tmp"));
            Files.deleteIfExists(work.resolve("season.txt"));
        }
        assertThat(runToEnd(work, cmd)).isZero();
        assertThat(names(work)).containsExactly("season.txt");
        assertThat(Files.readAllBytes(work.resolve("season.txt"))).isEqualTo(complete);
    }
}
