package ballflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --pitches} and {@code --retrosheet} on game and season: files, bad targets, atomicity. */
class ExportOptionsTest {

    @Test
    void aGameWritesItsPitchesAndItsRetrosheetFiles(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("game.csv");
        Path retro = dir.resolve("retro");
        CliRun run = CliRun.of("game", "--away", "NYY", "--home", "BOS", "--seed", "7", "--mode", "extreme",
                "--backend", "java", "--format", "json", "--box", "--pitches", csv.toString(), "--retrosheet", retro.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).startsWith("game_pk,game_date,home_team,away_team,inning,inning_topbot,");
        long pitches = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out()).get("home_pitching")
                .findValues("pitches").stream().mapToLong(n -> n.asLong()).sum()
                + new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out()).get("away_pitching")
                .findValues("pitches").stream().mapToLong(n -> n.asLong()).sum();
        assertThat(rows).hasSize(1 + (int) pitches);
        assertThat(rows.get(1)).contains(",BOS,NYY,1,Top,0,0,0,");
        try (Stream<Path> files = Files.list(retro)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("2025BOS.EVA", "BOS2025.ROS", "NYY2025.ROS", "TEAM2025");
        }
        String events = Files.readString(retro.resolve("2025BOS.EVA"));
        assertThat(events).startsWith("id,BOS2025").contains("\nversion,2\n", "\ninfo,visteam,NYY\n", "\nstart,judga001,\"Aaron Judge\",0,1,")
                .contains("\ndata,er,");
        assertThat(events.chars().allMatch(c -> c < 128)).as("ASCII").isTrue();
    }

    @Test
    void aSeasonStreamsAGzipFileThatReadsAsOneStream(@TempDir Path dir) throws Exception {
        Path gz = dir.resolve("p.csv.gz");
        CliRun run = CliRun.of("season", "--seed", "1", "--games", "3", "--mode", "extreme", "--backend", "java",
                "--quiet", "--threads", "2", "--pitches", gz.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)),
                StandardCharsets.UTF_8))) {
            List<String> lines = in.lines().toList();
            assertThat(lines.get(0)).startsWith("game_pk,");
            assertThat(lines.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).distinct().toList())
                    .containsExactly("0", "1", "2");
            assertThat(lines.size()).isGreaterThan(3 * 200);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("p.csv.gz");
        }
    }

    @Test
    void badTargetsExitTwoBeforeTheFirstGame(@TempDir Path dir) throws Exception {
        CliRun noDir = CliRun.of("season", "--seed", "1", "--quiet", "--pitches", dir.resolve("nope/p.csv").toString());
        assertThat(noDir.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(noDir.errLines()).anyMatch(l -> l.startsWith("error: --pitches: directory") && l.contains("does not exist"));
        assertThat(noDir.err()).doesNotContain("games in");

        CliRun suffix = CliRun.of("game", "--away", "NYY", "--home", "BOS", "--seed", "1", "--pitches",
                dir.resolve("p.txt").toString());
        assertThat(suffix.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(suffix.errLines()).anyMatch(l -> l.contains("--pitches") && l.contains(".csv or .csv.gz"));

        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        CliRun retro = CliRun.of("season", "--seed", "1", "--quiet", "--retrosheet", file.resolve("sub").toString());
        assertThat(retro.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(retro.errLines()).anyMatch(l -> l.startsWith("error: --retrosheet:"));
        assertThat(retro.err()).doesNotContain("games in");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("plain-file");
        }
    }
}
