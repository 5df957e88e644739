package ballflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FidelityCommandTest {

    @Test
    void badSeasonCountsModesAndGamesAreOneLineErrors() {
        CliRun zero = CliRun.of("fidelity", "--seasons", "0", "--seed", "1");
        assertThat(zero.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(zero.errLines()).singleElement().asString().contains("--seasons", "0", "1 to 100");
        CliRun mode = CliRun.of("fidelity", "--seasons", "2", "--seed", "1", "--mode", "warp");
        assertThat(mode.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(mode.errLines()).singleElement().asString().contains("--mode", "warp");
        CliRun games = CliRun.of("fidelity", "--seed", "1", "--games", "2431");
        assertThat(games.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(games.errLines()).singleElement().asString().contains("--games", "2430");
    }

    @Test
    void aShortRunPrintsEveryRowAsJsonWithConsecutiveSeeds() throws Exception {
        CliRun run = CliRun.of("fidelity", "--seasons", "2", "--seed", "7", "--games", "24", "--mode", "extreme",
                "--backend", "java", "--threads", "2", "--format", "json", "--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(run.out());
        assertThat(j.get("seeds").toString()).isEqualTo("[7,8]");
        assertThat(j.get("games").asInt()).isEqualTo(24);
        List<String> keys = new ArrayList<>();
        for (JsonNode row : j.get("rows")) {
            keys.add(row.get("key").asText());
            assertThat(row.get("per_season").size()).isEqualTo(2);
            assertThat(row.has("r") && row.has("slope") && row.has("rms") && row.has("target") && row.has("holds"))
                    .isTrue();
        }
        assertThat(keys).contains("team_wins", "team_wins_sd", "rockies_wins", "hitter_k_pct", "hitter_avg",
                "pitcher_era", "pitcher_ip", "pitcher_ip_overruns", "hitter_pa", "hr_leader");
        assertThat(j.get("standings").size()).isEqualTo(30);
        assertThat(j.get("workload_overruns").get(0).has("games_2025")).isTrue();
    }
}
