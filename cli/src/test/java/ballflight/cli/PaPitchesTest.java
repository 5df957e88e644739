package ballflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pa --pitches}: one Savant row per pitch, in plate-appearance order, the same for any thread count. */
class PaPitchesTest {
    private static final int N = 1_200;

    private static CliRun pa(Path file, String threads, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("pa", "--n", String.valueOf(N), "--seed", "8", "--backend",
                "java", "--mode", "extreme", "--format", "json", "--threads", threads, "--pitches", file.toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void everyPitchIsARowAndEveryPlateAppearanceEndsWithItsEvent(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("p.csv");
        CliRun run = pa(csv, "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        double pitchesPerPa = new ObjectMapper().readTree(run.out()).get("pitches_per_pa").asDouble();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.getFirst()).startsWith("game_pk,game_date,home_team");
        List<String> rows = lines.subList(1, lines.size());
        assertThat((double) rows.size() / N).isCloseTo(pitchesPerPa, org.assertj.core.data.Offset.offset(0.001));
        int columns = lines.getFirst().split(",", -1).length;
        long events = 0;
        int lastPa = 0;
        for (String row : rows) {
            String[] f = row.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
            assertThat(f).as(row).hasSize(columns);
            int pa = Integer.parseInt(f[12]);
            assertThat(pa).as("at_bat_number runs in order").isBetween(lastPa, lastPa + 1);
            lastPa = pa;
            if (!f[34].isEmpty()) {
                events++;
            }
        }
        assertThat(lastPa).isEqualTo(N);
        assertThat(events).as("one events value per plate appearance").isEqualTo(N);
        Path gz = dir.resolve("p.csv.gz");
        assertThat(pa(gz, "1").exitCode()).isZero();
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Files.readAllBytes(gz)))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).as("1 thread, gzip = 2 threads, plain")
                    .isEqualTo(Files.readString(csv));
        }
    }

    @Test
    void aBadTargetExitsTwoAndWritesNothing(@TempDir Path dir) {
        CliRun run = pa(dir.resolve("p.txt"), "1");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--pitches", "must end in .csv or .csv.gz");
        assertThat(dir.toFile().list()).isEmpty();
    }
}
