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
        return write("verdict.json", m);
    }

    private Path write(String name, List<Measurement> m) throws Exception {
        Path f = dir.resolve(name);
        VerdictJson.write(VerdictBuilder.build(m, "2026-11-29", "Synthetic CPU", "25", "test", "synthetic")
                .withHost(ballflight.verdict.MachineId.current()), f);
        return f;
    }

    @Test
    void autoRunsJavaBelowTheCrossoverAndNativeAbove() throws Exception {
        Path f = crossoverVerdict();
        String out = childInfo(f.toString());
        assertThat(out).contains("verdict:    user cache " + f + ", measured 2026-11-29 on Synthetic CPU, commit test",
                "  accurate: warm: java below 256 flights, native from 256");
        if (out.contains("  native:   available")) {
            assertThat(out).contains("auto:       backend: java below 256 flights, native from 256 (auto: verdict for"
                    + " accurate from user cache " + f);
        }
    }

    @Test
    void nativeUnavailableMeansJavaWhateverTheVerdict() throws Exception {
        Path f = crossoverVerdict();
        String out = childInfo(f.toString(), "-Dballflight.native.path=" + dir.resolve("no-such-library.so"));
        assertThat(out).contains("  native:   unavailable", "auto:       backend: java below 256 flights, java (instead of"
                + " native) from 256 (auto: verdict for accurate from user cache " + f, "; native unavailable: ");
    }

    /**
     * java-parallel ties native below 256 flights; java-simd-parallel is the best Java from 256,
     * where native ties it; native wins from 4096.
     */
    private Path simdVerdict() throws Exception {
        List<Measurement> m = new ArrayList<>();
        for (int n : new int[] {16, 256, 4096}) {
            double simdParallelFps = n < 256 ? 900 : 3000;
            double nativeFps = n < 256 ? 1500 : n < 4096 ? 3000 : 9000;
            m.add(new Measurement("batch", "ACCURATE", n, "java", 1000, 10));
            m.add(new Measurement("batch", "ACCURATE", n, "java-parallel", 1500, 15));
            m.add(new Measurement("batch", "ACCURATE", n, "java-simd-parallel", simdParallelFps, simdParallelFps / 100));
            m.add(new Measurement("batch", "ACCURATE", n, "native-all", nativeFps, nativeFps / 100));
        }
        return write("simd-verdict.json", m);
    }

    @Test
    void autoRunsJavaSimdWhereTheVerdictSaysSo() throws Exception {
        Path f = simdVerdict();
        String out = childInfo(f.toString(), "--add-modules=jdk.incubator.vector");
        assertThat(out).contains("  java-simd: available", "  accurate: warm: java-parallel below 256 flights,"
                + " java-simd-parallel from 256 to 4095, native from 4096");
        if (out.contains("  native:   available")) {
            assertThat(out).contains("auto:       backend: java-parallel below 256 flights, java-simd-parallel from 256"
                    + " to 4095, native from 4096 (auto: verdict for accurate from user cache " + f + ", measured");
        }
    }

    @Test
    void withoutTheVectorApiAutoFallsBackAndSaysWhy() throws Exception {
        Path f = simdVerdict();
        String out = childInfo(f.toString(), "-Dballflight.native.path=" + dir.resolve("no-such-library.so"));
        assertThat(out).contains("  java-simd: unavailable: the Vector API module jdk.incubator.vector",
                "auto:       backend: java-parallel below 256 flights, java-parallel (instead of java-simd-parallel)"
                        + " from 256 to 4095, java-parallel (instead of native) from 4096 (auto: verdict for accurate",
                "; java-simd-parallel unavailable: the Vector API module jdk.incubator.vector is not in the boot layer",
                "; native unavailable: ");
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

    @Test
    void aVerdictFromAnotherMachineIsNotFollowedAndInfoSaysWhose() throws Exception {
        ballflight.verdict.MachineId here = ballflight.verdict.MachineId.current();
        ballflight.verdict.MachineId other = new ballflight.verdict.MachineId("Other CPU 9000", here.cores() + 62,
                here.simd(), here.os(), here.arch(), here.jdk());
        List<Measurement> m = new ArrayList<>();
        for (int n : new int[] {16, 256, 4096}) {
            m.add(new Measurement("batch", "ACCURATE", n, "java", 1000, 10));
            m.add(new Measurement("batch", "ACCURATE", n, "native-all", 3000, 30));
        }
        Path f = dir.resolve("other.json");
        VerdictJson.write(VerdictBuilder.build(m, "2026-11-29", "Other CPU 9000", "25", "test", "synthetic")
                .withHost(other), f);
        String out = childInfo(f.toString());
        assertThat(out).contains("  machine:  " + other.describe() + ": not this machine (" + here.describe() + ")");
        String safe = "java below 64 flights, native from 64 when the native library loads, else "
                + (here.cores() > 1 ? "java below 4096 flights, java-parallel from 4096" : "java at every batch size");
        assertThat(out).contains("auto:       backend: " + safe + " (auto: safe rule, the verdict is from another machine ("
                + other.describe() + ")");
        // The same verdict made here is followed.
        VerdictJson.write(VerdictBuilder.build(m, "2026-11-29", "Other CPU 9000", "25", "test", "synthetic")
                .withHost(here), f);
        String followed = childInfo(f.toString());
        assertThat(followed).contains("  machine:  " + here.describe() + ": this machine");
        assertThat(followed).doesNotContain("safe rule");
    }

    @Test
    void withFreshJvmTimesAutoRunsAProcesssFirstFlightsByTheColdRankingAndInfoShowsBothPlans() throws Exception {
        List<Measurement> m = new ArrayList<>();
        for (int n : new int[] {16, 256, 4096}) {
            m.add(new Measurement("batch", "ACCURATE", n, "java", 1000, 10));
            m.add(new Measurement("batch", "ACCURATE", n, "java-parallel", 1800, 18));
            m.add(new Measurement("batch", "ACCURATE", n, "native-all", 1000, 10));
        }
        List<ballflight.verdict.ColdVerdict> cold = List.of(
                new ballflight.verdict.ColdVerdict("ACCURATE", 1, List.of("java", "native-all"), List.of(0.01, 0.2)),
                new ballflight.verdict.ColdVerdict("ACCURATE", 4096, List.of("native-all", "java"), List.of(0.5, 1.5)));
        Path f = dir.resolve("cold.json");
        VerdictJson.write(VerdictBuilder.build(m, "2026-11-29", "Synthetic CPU", "25", "test", "synthetic")
                .withHost(ballflight.verdict.MachineId.current()).withCold(cold), f);
        String out = childInfo(f.toString());
        // java-parallel has no fresh run to judge it by, so the warm plan follows the cold one unchanged.
        assertThat(out).contains("  accurate: warm: java-parallel at every batch size",
                "  accurate: cold: java below 4096 flights, native from 4096 (up to 4096 flights per process)",
                "  accurate: then: java-parallel at every batch size");
        if (out.contains("  native:   available")) {
            assertThat(out).contains("auto:       backend: cold (until the process has flown 4096 flights): java below"
                    + " 4096 flights, native from 4096; then warm: java-parallel at every batch size (auto:");
        }
    }
}
