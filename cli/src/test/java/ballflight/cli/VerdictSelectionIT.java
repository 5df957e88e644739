package ballflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.verdict.Measurement;
import ballflight.verdict.VerdictBuilder;
import ballflight.verdict.VerdictJson;
import ballflight.verdict.VerdictSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: {@code auto} follows a synthetic verdict file. The selector reads the verdict once
 * per process, so each case runs {@code ballflight info} in a child JVM.
 */
class VerdictSelectionIT {
    @TempDir
    Path dir;

    private String childInfo(String verdictProperty, String... jvmFlags) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-D" + VerdictSource.PATH_PROPERTY + "=" + verdictProperty));
        cmd.addAll(List.of(jvmFlags));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "info"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    /** Native wins at ACCURATE from 256 flights, by far more than the 1 % errors. */
    private Path crossoverVerdict() throws Exception {
        List<Measurement> m = new ArrayList<>();
        for (int n : new int[] {16, 256, 4096}) {
            double nativeFps = n < 256 ? 1000 : 3000;
            m.add(new Measurement("batch", "ACCURATE", n, "java", 1000, 10));
            m.add(new Measurement("batch", "ACCURATE", n, "native-all", nativeFps, nativeFps / 100));
        }
        Path f = dir.resolve("verdict.json");
        VerdictJson.write(VerdictBuilder.build(m, "2026-11-29", "Synthetic CPU", "25", "test", "synthetic"), f);
        return f;
    }

    @Test
    void autoRunsJavaBelowTheCrossoverAndNativeAbove() throws Exception {
        Path f = crossoverVerdict();
        String out = childInfo(f.toString());
        assertThat(out).contains("verdict:    user cache " + f + ", measured 2026-11-29 on Synthetic CPU, commit test",
                "  accurate: java below 256 flights, native from 256");
        if (out.contains("  native:   available")) {
            assertThat(out).contains("auto:       backend: java below 256 flights, native from 256 (auto: verdict for"
                    + " accurate from user cache " + f);
        }
    }

    @Test
    void nativeUnavailableMeansJavaWhateverTheVerdict() throws Exception {
        Path f = crossoverVerdict();
        String out = childInfo(f.toString(), "-Dballflight.native.path=" + dir.resolve("no-such-library.so"));
        assertThat(out).contains("  native:   unavailable", "auto:       backend: java at every batch size (auto:"
                + " verdict for accurate from user cache " + f, "; native unavailable: ");
    }

    @Test
    void malformedVerdictFileIsNamedAndIgnored() throws Exception {
        Path f = dir.resolve("broken.json");
        Files.writeString(f, "{\"schema\": 1, \"workloads\": 3}");
        String out = childInfo(f.toString());
        assertThat(out).contains("(warning: ignored " + f + ": not a verdict:");
    }

    @Test
    void noVerdictMeansNativeWhenLoadable() throws Exception {
        String out = childInfo("none");
        assertThat(out).contains("verdict:    none (-Dballflight.verdict=none)",
                "auto = native when loadable; `ballflight bench` measures this machine");
    }
}
