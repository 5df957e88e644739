package ballflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.backend.BackendSelector;
import ballflight.kernel.spi.KernelUnavailableException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code project} end to end on a short schedule (its first 20 games, then the postseason). */
class ProjectCommandTest {
    private static CliRun project(String backend, String threads, String... extra) {
        List<String> args = new ArrayList<>(List.of("project", "--seasons", "2", "--seed", "3", "--games", "20", "--mode",
                "extreme", "--no-cache", "--quiet", "--backend", backend, "--threads", threads));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void sameBytesForOneAndTwoThreadsAndBothBackends() {
        CliRun one = project("java", "1", "--format", "csv");
        assertThat(one.exitCode()).as(one.err()).isZero();
        CliRun two = project("java", "2", "--format", "csv");
        assertThat(two.out()).isEqualTo(one.out());
        String[] lines = one.out().split("\n");
        assertThat(lines).hasSize(31);
        assertThat(lines[0]).startsWith("team,league,division,mean_wins,mean_wins_se,sd_wins,p5_wins,p50_wins,p95_wins,"
                + "p_division,p_division_se,p_bye,p_bye_se,p_postseason,p_postseason_se,p_pennant,p_pennant_se,p_ws,p_ws_se");
        try {
            BackendSelector.nativeKernel();
        } catch (KernelUnavailableException e) {
            return;
        }
        assertThat(project("native", "2", "--format", "csv").out()).isEqualTo(one.out());
    }

    @Test
    void jsonHasEveryTeamAndTheOddsAddUp() throws Exception {
        CliRun run = project("java", "2", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode teams = new ObjectMapper().readTree(run.out()).get("teams");
        assertThat(teams).hasSize(30);
        double post = 0;
        double ws = 0;
        for (JsonNode t : teams) {
            post += t.get("p_postseason").asDouble();
            ws += t.get("p_ws").asDouble();
        }
        assertThat(post).isCloseTo(12.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(ws).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void badInputExitsTwoNamingTheFieldAndWritesNothing(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.txt");
        CliRun zero = CliRun.of("project", "--seasons", "0", "--seed", "1", "--output", out.toString());
        assertThat(zero.exitCode()).isEqualTo(2);
        assertThat(zero.err()).contains("error: --seasons: seasons = 0 is out of range: allowed 1 or more");
        Path changes = dir.resolve("what.csv");
        Files.writeString(changes, "change,subject,field,value\nremove,Aaron Judge,,\nmove,Shohei Ohtani,team,LAD\n");
        CliRun own = CliRun.of("project", "--seasons", "1", "--seed", "1", "--changes", changes.toString(), "--output",
                out.toString());
        assertThat(own.exitCode()).isEqualTo(2);
        assertThat(own.err()).contains("error: what.csv line 3: value = 'LAD' Shohei Ohtani already plays for LAD");
        Files.writeString(changes, "change,subject,field,value\npark,COL,elevation_ft\n");
        CliRun malformed = CliRun.of("project", "--seasons", "1", "--seed", "1", "--changes", changes.toString());
        assertThat(malformed.exitCode()).isEqualTo(2);
        assertThat(malformed.err()).contains("what.csv line 2: line = 'park,COL,elevation_ft' has 3 cells");
        CliRun compare = CliRun.of("project", "--seasons", "1", "--seed", "1", "--compare");
        assertThat(compare.exitCode()).isEqualTo(2);
        assertThat(compare.err()).contains("--compare: needs --changes");
        assertThat(out).doesNotExist();
    }
}
