package ballflight.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ballflight.backend.Backend;
import ballflight.backend.BackendSelector;
import ballflight.engine.FlightSimulator;
import ballflight.kernel.spi.KernelUnavailableException;
import ballflight.model.FlightResult;
import ballflight.validation.ValidationSuite;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** validate, info, demo, and the top-level command. */
class OtherCommandsTest {

    @Test
    void validateOnJavaPassesEveryCheckAndExits0() {
        int checks;
        try (FlightSimulator sim = FlightSimulator.builder().backend(Backend.JAVA).build()) {
            checks = ValidationSuite.run(sim).size();
        }
        CliRun run = CliRun.of("validate", "--backend", "java");

        assertThat(run.exitCode()).as(run.out()).isZero();
        List<String> rows = run.out().lines().filter(l -> l.endsWith("PASS") || l.endsWith("FAIL")).toList();
        assertThat(rows).hasSize(checks).allMatch(l -> l.endsWith("PASS"));
        assertThat(rows.get(0)).contains("400.0 +- 15.0 ft");
        assertThat(run.out()).contains(checks + " of " + checks + " checks passed");
    }

    @Test
    void infoListsTheBackendsAndWhatAutoPicks() {
        CliRun run = CliRun.of("info");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("jdk:", System.getProperty("java.version"), System.getProperty("java.home"),
                System.getProperty("os.arch"));
        assertThat(run.out()).containsPattern("(?m)^ {2}java: +available: java");
        String nativeLine = run.out().lines().filter(l -> l.startsWith("  native:")).findFirst().orElseThrow();
        try {
            assertThat(nativeLine).contains("available: " + BackendSelector.nativeKernel().describe());
        } catch (KernelUnavailableException e) {
            assertThat(nativeLine).contains("unavailable: " + e.getMessage());
        }
        String simdLine = run.out().lines().filter(l -> l.startsWith("  java-simd:")).findFirst().orElseThrow();
        try {
            assertThat(simdLine).contains("available: " + BackendSelector.simdKernel().describe());
        } catch (KernelUnavailableException e) {
            assertThat(simdLine).contains("unavailable: " + e.getMessage());
        }
        assertThat(run.out()).contains("auto:", BackendSelector.select(Backend.AUTO).reason());
        assertThat(run.out()).contains("verdict:");
    }

    @Test
    void demoPrintsTheDistanceTableAndTheTiming() {
        CliRun run = CliRun.of("demo", "--backend", "java", "--mode", "extreme", "--flights", "50");

        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("EV \\ LA")).findFirst().orElseThrow());
        assertThat(lines.get(header)).contains("-10", "50");
        List<String> rows = lines.subList(header + 1, header + 1 + DemoCommand.exitVelocitiesMph().size());
        assertThat(rows.get(0)).startsWith("70 mph");
        assertThat(rows.get(rows.size() - 1)).startsWith("115 mph");
        // The 100 mph, 30 deg cell is the API's distance for that ball, rounded to a foot.
        int la30 = DemoCommand.launchAnglesDeg().indexOf(30.0);
        String[] cells = rows.get(DemoCommand.exitVelocitiesMph().indexOf(100.0)).split("\\s+");
        FlightResult expected;
        try (FlightSimulator sim = FlightSimulator.builder().backend(Backend.JAVA)
                .mode(ballflight.kernel.SimulationMode.EXTREME).build()) {
            expected = sim.fly(DemoCommand.cell(100, 30));
        }
        assertThat(Double.parseDouble(cells[2 + la30])).isCloseTo(expected.distanceFt(), within(0.5 + 1e-9));
        assertThat(run.out()).contains("backend: java (requested)", "timing batch: 50 flights in", "flights/s");
    }

    @Test
    void helpAndVersionExit0() {
        assertThat(CliRun.of("--help").out()).contains("fly", "validate", "info", "demo", "Exit codes");
        CliRun version = CliRun.of("--version");
        assertThat(version.exitCode()).isZero();
        // Tests run from classes, not the jar: the fallback shows.
        assertThat(version.out()).contains(ManifestVersion.UNKNOWN);
        assertThat(CliRun.of("fly", "--help").out()).contains("--ev", "--input", "--wind-dir");
    }

    @Test
    void noSubcommandShowsUsageAndExits2() {
        CliRun run = CliRun.of();
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Usage: ballflight");
    }

    @Test
    void nativeRequestedButUnavailableExits3WithTheReason() {
        String reason;
        try {
            BackendSelector.nativeKernel();
            Assumptions.abort("native kernel loads here; nothing to refuse");
            return;
        } catch (KernelUnavailableException e) {
            reason = e.getMessage();
        }
        CliRun run = CliRun.of("fly", "--backend", "native", "--ev", "100", "--la", "28");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).contains("backend native was requested but cannot run", reason);
    }

    @Test
    void nativeBackendGivesTheJavaAnswerWhenItLoads() throws Exception {
        try {
            BackendSelector.nativeKernel();
        } catch (KernelUnavailableException e) {
            Assumptions.abort("native kernel unavailable here: " + e.getMessage());
        }
        String[] ball = {"fly", "--ev", "100", "--la", "28", "--backspin", "1800", "--format", "json", "--backend"};
        CliRun nativeRun = CliRun.of(java.util.stream.Stream.concat(java.util.Arrays.stream(ball),
                java.util.stream.Stream.of("native")).toArray(String[]::new));
        CliRun javaRun = CliRun.of(java.util.stream.Stream.concat(java.util.Arrays.stream(ball),
                java.util.stream.Stream.of("java")).toArray(String[]::new));
        assertThat(nativeRun.exitCode()).as(nativeRun.err()).isZero();
        assertThat(nativeRun.errLines()).containsExactly("backend: native (requested); stepping: "
                + ballflight.kernel.Stepping.tolerance(ballflight.kernel.Stepping.DEFAULT_TOLERANCE_FT).describe());
        assertThat(nativeRun.out()).isEqualTo(javaRun.out());
    }
}
