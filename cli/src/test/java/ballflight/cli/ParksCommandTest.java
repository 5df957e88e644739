package ballflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.backend.BackendSelector;
import ballflight.kernel.spi.KernelUnavailableException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParksCommandTest {

    @Test
    void oneBallInEveryParkAsJsonTextAndCsv() throws Exception {
        CliRun json = CliRun.of("parks", "--ev", "98", "--la", "32", "--backspin", "2200", "--mode", "extreme",
                "--backend", "java", "--format", "json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode n = new ObjectMapper().readTree(json.out());
        assertThat(n.get("parks")).hasSize(30);
        int gone = 0;
        for (JsonNode p : n.get("parks")) {
            gone += p.get("home_run").asBoolean() ? 1 : 0;
        }
        assertThat(n.get("home_run_parks").asInt()).isEqualTo(gone).isEqualTo(n.get("hr_at").size());
        assertThat(n.get("verdict").asText()).isEqualTo("HR in " + gone + " of 30 parks");
        CliRun text = CliRun.of("parks", "--ev", "98", "--la", "32", "--backspin", "2200", "--mode", "extreme",
                "--backend", "java");
        assertThat(text.out().lines().findFirst().orElseThrow()).startsWith("HR in " + gone + " of 30 parks");
        assertThat(text.out()).contains("Coors Field");
        // Each park's breeze (Savant's carry beyond its air): in from center at Coors, out at Sacramento.
        assertThat(text.out().lines().filter(l -> l.startsWith("COL ")).findFirst().orElseThrow()).contains(" 1.5 in ");
        assertThat(text.out().lines().filter(l -> l.startsWith("ATH ")).findFirst().orElseThrow()).contains(" 3.1 out ");
        CliRun csv = CliRun.of("parks", "--ev", "98", "--la", "32", "--backspin", "2200", "--mode", "extreme",
                "--backend", "java", "--format", "csv");
        assertThat(csv.out().lines().toList()).hasSize(31);
        assertThat(csv.out().lines().findFirst().orElseThrow()).startsWith("team,venue,temperature_f");
    }

    @Test
    void everyRowOfAFile(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("balls.csv");
        Files.writeString(in, "exit_velocity_mph,launch_angle_deg,spray_angle_deg,backspin_rpm,temperature_f\n"
                + "80,30,0,2200,70\n115,30,0,2200,70\n");
        CliRun run = CliRun.of("parks", "--input", in.toString(), "--mode", "extreme", "--backend", "java");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).hasSize(2);
        assertThat(run.out().lines().toList().get(0)).contains("HR in 0 of 30 parks");
        assertThat(run.out().lines().toList().get(1)).contains("HR in 30 of 30 parks");
        CliRun csv = CliRun.of("parks", "--input", in.toString(), "--mode", "extreme", "--backend", "java", "--format", "csv");
        assertThat(csv.out().lines().toList()).hasSize(61);
    }

    @Test
    void everyBackendGivesTheSameAnswer() {
        try {
            BackendSelector.nativeKernel();
        } catch (KernelUnavailableException e) {
            Assumptions.abort("native kernel unavailable here: " + e.getMessage());
        }
        String[] args = {"parks", "--ev", "99", "--la", "30", "--spray", "10", "--sidespin", "800", "--backspin", "2200",
            "--format", "csv", "--backend", "java"};
        CliRun java = CliRun.of(args);
        args[args.length - 1] = "native";
        CliRun nativeRun = CliRun.of(args);
        assertThat(nativeRun.exitCode()).as(nativeRun.err()).isZero();
        assertThat(nativeRun.out()).isEqualTo(java.out());
    }

    @Test
    void badInputExitsTwoWithOneLineNamingTheOption(@TempDir Path dir) throws Exception {
        assertBad(new String[] {"parks", "--la", "30"}, "--ev is required");
        assertBad(new String[] {"parks", "--ev", "300", "--la", "30"}, "--ev");
        assertBad(new String[] {"parks", "--ev", "100", "--la", "30", "--month", "13"}, "--month");
        assertBad(new String[] {"parks", "--ev", "100", "--la", "30", "--day"}, "--day needs --month");
        assertBad(new String[] {"parks", "--ev", "100", "--la", "30", "--month", "7", "--day", "--night"}, "choose one");
        assertBad(new String[] {"parks", "--ev", "100", "--la", "30", "--wind-speed", "10"}, "--wind-speed needs --wind-dir");
        assertBad(new String[] {"parks", "--ev", "100", "--la", "30", "--format", "xml"}, "--format");
        Path in = dir.resolve("bad.csv");
        Files.writeString(in, "launch_angle_deg\n30\n");
        assertBad(new String[] {"parks", "--input", in.toString()}, "exit_velocity_mph");
    }

    private static void assertBad(String[] args, String message) {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
        assertThat(run.errLines()).as(String.join(" ", args)).hasSize(1);
        assertThat(run.errLines().getFirst()).contains(message);
    }
}
