package ballflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.backend.BackendSelector;
import ballflight.kernel.spi.KernelUnavailableException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class PaCommandTest {
    private static final List<String> KEYS = List.of("pa", "k_pct", "bb_pct", "hbp_pct", "hr_pct", "avg", "obp", "slg",
            "babip", "gb_pct", "ld_pct", "fb_pct", "pu_pct", "mean_ev_mph", "mean_la_deg", "pitches_per_pa");

    private static CliRun pa(String backend, String... extra) {
        List<String> args = new ArrayList<>(List.of("pa", "--n", "600", "--seed", "11", "--mode", "extreme",
                "--format", "json", "--backend", backend));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void jsonHasExactlyTheContractKeysAsFractionsAndTheSameSeedRepeats() throws Exception {
        CliRun run = pa("java");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactlyElementsOf(KEYS);
        assertThat(json.get("pa").asLong()).isEqualTo(600);
        assertThat(json.get("k_pct").asDouble()).isBetween(0.0, 1.0);
        assertThat(pa("java", "--threads", "1").out()).isEqualTo(run.out());
    }

    @Test
    void unknownNamesExit2WithTheClosestMatches() {
        CliRun run = pa("java", "--batter", "Aron Jduge");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).contains("--batter", "Aaron Judge");
        assertThat(pa("java", "--park", "XYZ").exitCode()).isEqualTo(2);
    }

    @Test
    void namedPlayersAndParkRunAndTextFormatPrintsTheMatchup() {
        CliRun run = CliRun.of("pa", "--batter", "Aaron Judge", "--pitcher", "Tarik Skubal", "--park", "COL", "--n", "200",
                "--seed", "3", "--mode", "extreme", "--backend", "java");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("batter: Aaron Judge, pitcher: Tarik Skubal, park: Coors Field", "k_pct");
    }

    @Test
    void contactAddsTheProfileBeside2025WithoutChangingTheLeagueLine() throws Exception {
        CliRun plain = pa("java");
        CliRun run = pa("java", "--contact");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        JsonNode base = new ObjectMapper().readTree(plain.out());
        for (String key : KEYS) {
            assertThat(json.get(key)).as(key).isEqualTo(base.get(key));
        }
        JsonNode contact = json.get("contact");
        assertThat(contact.get("balls").asLong()).isPositive().isLessThan(600);
        assertThat(contact.get("engine").get("hard_hit_pct").asDouble()).isBetween(0.0, 1.0);
        assertThat(contact.get("mlb_2025").get("hard_hit_pct").asDouble()).isBetween(0.3, 0.5);
        assertThat(contact.get("mlb_2025").get("hr_pull_pct").isNull()).as("not in 2025's leaderboards").isTrue();
        CliRun text = CliRun.of("pa", "--n", "300", "--seed", "5", "--mode", "extreme", "--backend", "java", "--contact");
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("fair batted balls", "hard_hit_pct", "barrel_pct", "hr_oppo_pct", "2025");
    }

    @Test
    void nativeBackendGivesTheJavaOutputWhenItLoads() {
        try {
            BackendSelector.nativeKernel();
        } catch (KernelUnavailableException e) {
            Assumptions.abort("native kernel unavailable here: " + e.getMessage());
        }
        CliRun nativeRun = pa("native");
        assertThat(nativeRun.exitCode()).as(nativeRun.err()).isZero();
        assertThat(nativeRun.out()).isEqualTo(pa("java").out());
    }
}
