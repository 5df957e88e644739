package ballflight.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ballflight.backend.Backend;
import ballflight.engine.FlightSimulator;
import ballflight.model.FlightRequest;
import ballflight.model.FlightResult;
import ballflight.model.Launch;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The shaded jar as users run it: {@code java -jar cli/target/ballflight.jar ...} in a child JVM.
 * Catches what in-process tests cannot: the manifest (main class, version, Enable-Native-Access),
 * the merged service files, and real exit codes. Runs in failsafe's integration-test phase.
 */
class ShadedJarIT {
    private static final Path JAR = Path.of(System.getProperty("ballflight.jar", "target/ballflight.jar"));

    /**
     * One child-JVM run.
     *
     * @param exitCode process exit code
     * @param out stdout
     * @param err stderr
     */
    private record Proc(int exitCode, String out, String err) {
    }

    /** Runs the jar without --enable-native-access: the manifest alone must grant it. */
    private static Proc run(String... args) throws IOException, InterruptedException {
        return run(List.of(), args);
    }

    private static Proc run(List<String> jvmFlags, String... args) throws IOException, InterruptedException {
        assertThat(JAR).as("shaded jar (built at package)").exists();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvmFlags);
        cmd.addAll(List.of("-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("ballflight-it", ".out");
        Path err = Files.createTempFile("ballflight-it", ".err");
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("jar finished").isTrue();
            return new Proc(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Test
    void flyJsonFromTheJarMatchesTheApi() throws Exception {
        Proc p = run("fly", "--ev", "100", "--la", "28", "--backspin", "1800", "--backend", "java", "--format", "json");

        assertThat(p.exitCode()).as(p.err()).isZero();
        assertThat(p.err().strip()).isEqualTo("backend: java (requested); stepping: "
                + ballflight.kernel.Stepping.tolerance(ballflight.kernel.Stepping.DEFAULT_TOLERANCE_FT).describe());
        FlightResult expected;
        try (FlightSimulator sim = FlightSimulator.builder().backend(Backend.JAVA)
                .toleranceFt(ballflight.kernel.Stepping.DEFAULT_TOLERANCE_FT).build()) {
            expected = sim.fly(FlightRequest.of(Launch.of(100, 28).withBackspinRpm(1800)));
        }
        JsonNode json = new ObjectMapper().readTree(p.out());
        assertThat(json.get("distance_ft").asDouble()).isCloseTo(expected.distanceFt(), within(0.0005 + 1e-9));
    }

    @Test
    void versionComesFromTheManifest() throws Exception {
        Proc p = run("--version");
        assertThat(p.exitCode()).isZero();
        assertThat(p.out().strip()).isEqualTo("ballflight " + System.getProperty("ballflight.version"));
    }

    @Test
    void infoProbesNativeWithoutAnyWarning() throws Exception {
        // info loads the native library if it is bundled; the manifest must make that warning-free.
        Proc p = run("info");
        assertThat(p.exitCode()).isZero();
        assertThat(p.out()).contains("  java:", "  native:", "auto:");
        // Without the launcher's module flag java-simd refuses, with the fix in the reason.
        assertThat(p.out()).contains("  java-simd: unavailable: the Vector API module jdk.incubator.vector is not in"
                + " the boot layer: add --add-modules jdk.incubator.vector");
        assertThat(p.err()).isEmpty();
    }

    @Test
    void withTheLauncherFlagsJavaSimdRunsAndTheIncubatorWarningStaysOffStdout() throws Exception {
        List<String> launcher = List.of("--add-modules=jdk.incubator.vector");
        Proc info = run(launcher, "info");
        assertThat(info.exitCode()).as(info.err()).isZero();
        assertThat(info.out()).contains("  java-simd: available: java-simd (Vector API").doesNotContain("WARNING");
        assertThat(info.err()).contains("Using incubator modules: jdk.incubator.vector");
        Proc fly = run(launcher, "fly", "--ev", "100", "--la", "28", "--backend", "java", "--format", "json");
        assertThat(fly.exitCode()).as(fly.err()).isZero();
        assertThat(new ObjectMapper().readTree(fly.out()).get("distance_ft").asDouble()).isPositive();
        assertThat(fly.out().strip()).startsWith("{").endsWith("}");
    }

    @Test
    void badInputExits2WithOneLineAndNoStackTrace() throws Exception {
        Proc p = run("fly", "--ev", "170", "--la", "28", "--backend", "java");
        assertThat(p.exitCode()).isEqualTo(2);
        assertThat(p.err().strip()).isEqualTo("error: --ev: exit_velocity_mph = 170 is out of range: allowed 0 to 150 mph");
        assertThat(p.out()).isEmpty();
    }
}
