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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GameSeasonCommandTest {
    private static final List<String> PA_KEYS = List.of("pa", "k_pct", "bb_pct", "hbp_pct", "hr_pct", "avg", "obp", "slg",
            "babip", "gb_pct", "ld_pct", "fb_pct", "pu_pct", "mean_ev_mph", "mean_la_deg", "pitches_per_pa");

    private static CliRun season(String backend, String threads, String... extra) {
        List<String> args = new ArrayList<>(List.of("season", "--seed", "5", "--games", "8", "--mode", "extreme",
                "--format", "json", "--quiet", "--backend", backend, "--threads", threads));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void gamePrintsALineScoreAndABoxScore() {
        CliRun run = CliRun.of("game", "--away", "nyy", "--home", "LAD", "--seed", "3", "--box", "--mode", "extreme",
                "--backend", "java");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("NYY at LAD, Dodger Stadium", "R  H  E", "NYY batting", "LAD pitching", "Aaron Judge");
        assertThat(CliRun.of("game", "--away", "NYY", "--home", "LAD", "--seed", "3", "--box", "--mode", "extreme",
                "--backend", "java").out()).as("same seed, same game").isEqualTo(run.out());
    }

    @Test
    void gameJsonWithPlayByPlay() throws Exception {
        CliRun run = CliRun.of("game", "--away", "SEA", "--home", "COL", "--seed", "1", "--play-by-play", "--format", "json",
                "--mode", "extreme", "--backend", "java");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(run.out());
        int away = 0;
        for (JsonNode n : j.get("away_line")) {
            away += n.asInt();
        }
        assertThat(j.get("away_runs").asInt()).isEqualTo(away);
        assertThat(j.get("away_runs").asInt()).isNotEqualTo(j.get("home_runs").asInt());
        assertThat(j.get("plays").size()).isGreaterThan(50);
    }

    @Test
    void unknownOrIdenticalTeamsAreBadInput() {
        CliRun unknown = CliRun.of("game", "--away", "NYX", "--home", "LAD", "--seed", "1");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.errLines()).singleElement().asString().contains("--away", "NYX", "NYY");
        CliRun same = CliRun.of("game", "--away", "LAD", "--home", "lad", "--seed", "1");
        assertThat(same.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void seasonJsonHasTheContractKeysAndDoesNotDependOnThreads() throws Exception {
        CliRun one = season("java", "1");
        assertThat(one.exitCode()).as(one.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(one.out());
        assertThat(j.get("games").asInt()).isEqualTo(8);
        assertThat(j.get("seed").asLong()).isEqualTo(5);
        int wins = 0;
        for (JsonNode s : j.get("standings")) {
            assertThat(s.has("team") && s.has("wins") && s.has("losses")).isTrue();
            wins += s.get("wins").asInt();
        }
        assertThat(wins).isEqualTo(8);
        List<String> keys = new ArrayList<>(PA_KEYS);
        keys.addAll(List.of("runs_per_team_game", "hr_per_team_game", "home_win_pct"));
        List<String> actual = new ArrayList<>();
        j.get("league").fieldNames().forEachRemaining(actual::add);
        assertThat(actual).containsExactlyElementsOf(keys);
        CliRun two = season("java", "2");
        assertThat(two.out()).isEqualTo(one.out());
        CliRun eight = season("java", "8");
        assertThat(eight.out()).isEqualTo(one.out());
    }

    @Test
    void seasonIsTheSameOnTheNativeBackendWhenItLoads() {
        try {
            BackendSelector.nativeKernel();
        } catch (KernelUnavailableException e) {
            Assumptions.abort("native kernel unavailable here: " + e.getMessage());
        }
        CliRun nativeRun = season("native", "2");
        assertThat(nativeRun.exitCode()).as(nativeRun.err()).isZero();
        assertThat(nativeRun.out()).isEqualTo(season("java", "2").out());
    }

    @Test
    void hrQualityAddsTheParksAnswerOfEveryFairBall() throws Exception {
        CliRun run = CliRun.of("season", "--games", "24", "--seed", "3", "--mode", "extreme", "--format", "json", "--quiet",
                "--backend", "java", "--threads", "2", "--hr-quality");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(run.out());
        JsonNode q = j.get("hr_quality");
        int balls = 0;
        int hr = 0;
        for (JsonNode h : q.get("hitters")) {
            balls += h.get("balls").asInt();
            hr += h.get("hr").asInt();
            assertThat(h.get("xhr").asDouble()).isBetween(0.0, (double) h.get("balls").asInt());
        }
        assertThat(balls).isEqualTo(q.get("league").get("balls").asInt()).isGreaterThan(24 * 40);
        int boxHr = 0;
        for (JsonNode b : j.get("batters")) {
            boxHr += b.get("hr").asInt();
        }
        assertThat(hr).as("the simulated home runs are the box scores'").isEqualTo(boxHr);
        CliRun text = CliRun.of("season", "--games", "24", "--seed", "3", "--mode", "extreme", "--quiet", "--backend", "java",
                "--hr-quality");
        assertThat(text.out()).contains("Home-run quality", "Hitters by xHR", "Pitchers by xHR allowed")
                .as("the depth players stand for many players: not in the tables or leaders")
                .doesNotContain("Depth arm").doesNotContain("Depth bat");
    }

    @Test
    void seasonOfOneTeamPlaysIts162Games() throws Exception {
        CliRun run = CliRun.of("season", "--team", "nyy", "--seed", "5", "--mode", "extreme", "--format", "json", "--quiet",
                "--backend", "java", "--threads", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(run.out());
        assertThat(j.get("games").asInt()).isEqualTo(162);
        assertThat(j.get("team").asText()).isEqualTo("NYY");
        int wins = 0;
        int yankees = 0;
        for (JsonNode s : j.get("standings")) {
            wins += s.get("wins").asInt();
            if (s.get("team").asText().equals("NYY")) {
                yankees = s.get("wins").asInt() + s.get("losses").asInt();
            }
        }
        assertThat(wins).as("one win per game").isEqualTo(162);
        assertThat(yankees).isEqualTo(162);
        assertThat(j.get("league").get("pa").asInt()).as("about 76 PA per game").isBetween(162 * 65, 162 * 90);
    }

    @Test
    void anUnknownSeasonTeamListsTheValidOnes() {
        CliRun run = CliRun.of("season", "--team", "NYX", "--seed", "1");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().contains("--team", "NYX", "ARI", "NYY", "WSN");
        CliRun tooMany = CliRun.of("season", "--team", "LAD", "--games", "163", "--seed", "1");
        assertThat(tooMany.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(tooMany.errLines()).singleElement().asString().contains("--games", "1 to 162", "LAD");
    }

    @Test
    void seasonWritesItsOutputFileAndRejectsBadCounts(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("season.txt");
        CliRun run = CliRun.of("season", "--seed", "1", "--games", "4", "--mode", "extreme", "--backend", "java",
                "--output", file.toString(), "--profile");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(file)).contains("Standings", "runs_per_team_game");
        assertThat(run.err()).contains("4 games in", "games/s", "profile: 4 games", "pitch flights", "batted-ball flights",
                "aim-map flights", "fielding + swing logic", "rules/baserunning/box", "orchestration");
        CliRun zero = CliRun.of("season", "--seed", "1", "--games", "0");
        assertThat(zero.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(zero.errLines()).singleElement().asString().contains("--games", "1 to 2430");
    }
}
