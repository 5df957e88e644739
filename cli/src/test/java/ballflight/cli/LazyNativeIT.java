package ballflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code auto} touches the native library only when its plan runs native, and an extraction
 * removes the directories earlier, ended processes left behind (what Windows always leaves).
 * A stale directory planted in {@code -Dballflight.native.dir} shows which runs extracted.
 */
class LazyNativeIT {
    private static final Path JAR = Path.of(System.getProperty("ballflight.jar", "target/ballflight.jar"));

    @TempDir
    Path dir;

    private String run(Path extractTo, String... args) throws Exception {
        return run(extractTo, null, args);
    }

    /** @param verdict a verdict file for {@code -Dballflight.verdict} (null: the jar's) */
    private String run(Path extractTo, Path verdict, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dballflight.native.dir=" + extractTo));
        if (verdict != null) {
            cmd.add("-Dballflight.verdict=" + verdict);
        }
        cmd.addAll(List.of("-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    /** A directory named like an extraction of a process that has ended. */
    private Path plantStale(Path extractTo) throws Exception {
        Process gone = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).start();
        gone.getInputStream().readAllBytes();
        gone.waitFor();
        Path stale = Files.createDirectories(extractTo.resolve("ballflight-native-" + gone.pid() + "-1"));
        Files.writeString(stale.resolve("ballflight.dll"), "left by a run that could not delete it");
        return stale;
    }

    @Test
    void autoWithAJavaPlanNeverLoadsTheLibraryWhileNativeExtractsAndCleansUp() throws Exception {
        assertThat(JAR).as("shaded jar (built at package)").exists();
        Path extractTo = dir.resolve("native");
        Path stale = plantStale(extractTo);

        // The jar's verdict, said to be from another machine: auto follows the safe rule, Java below 64
        // flights and native only from 64 (probed then): one ball, no extraction, stale dir untouched.
        String jarVerdict;
        try (var in = LazyNativeIT.class.getResourceAsStream("/ballflight/default-verdict.json")) {
            jarVerdict = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(jarVerdict).contains("\"cpu_model\"");
        Path elsewhere = Files.writeString(dir.resolve("elsewhere-verdict.json"),
                jarVerdict.replaceFirst("\"cpu_model\"\\s*:\\s*\"[^\"]*\"", "\"cpu_model\" : \"Another CPU\""));
        String auto = run(extractTo, elsewhere, "fly", "--ev", "100", "--la", "28", "--mode", "fast");
        assertThat(auto).contains("backend: java below 64 flights, native from 64 when the native library loads",
                "the verdict is from another machine");
        assertThat(stale).isDirectory();

        String nativeRun = run(extractTo, "fly", "--ev", "100", "--la", "28", "--backend", "native");
        assertThat(nativeRun).contains("backend: native (requested)");
        assertThat(stale).as("removed by the native run's extraction").doesNotExist();
    }

    @Test
    void withThisMachinesVerdictTheLibraryLoadsOnlyWhenANativeBandIsReachedAndAFailureThenFallsBack() throws Exception {
        Path extractTo = dir.resolve("native");
        Path stale = plantStale(extractTo);
        ballflight.verdict.Verdict jar;
        try (var in = LazyNativeIT.class.getResourceAsStream("/ballflight/default-verdict.json")) {
            jar = ballflight.verdict.VerdictJson.read(in);
        }
        Path here = dir.resolve("here-verdict.json");
        ballflight.verdict.VerdictJson.write(jar.withHost(ballflight.verdict.MachineId.current()), here);

        // One ball: the cold plan runs java, so the library is never touched.
        String one = run(extractTo, here, "fly", "--ev", "100", "--la", "28", "--mode", "extreme");
        assertThat(one).contains("backend: cold (until the process has flown", "if the native library fails to load"
                + " when first needed: ");
        assertThat(stale).isDirectory();

        // 5,000 rows reach the native band; with a library that cannot load, the fallback plan flies
        // them and the result is the Java kernel's, byte for byte.
        StringBuilder csv = new StringBuilder("exit_velocity_mph,launch_angle_deg,spray_angle_deg,backspin_rpm\n");
        for (int i = 0; i < 5000; i++) {
            csv.append(70 + i % 45).append(',').append(-10 + i % 60).append(',').append(-40 + i % 80).append(',')
                    .append(1000 + 7 * (i % 300)).append('\n');
        }
        Path in = Files.writeString(dir.resolve("balls.csv"), csv.toString());
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dballflight.native.path=" + dir.resolve("no-such-library.so"), "-Dballflight.verdict=" + here,
                "-jar", JAR.toString(), "fly", "--input", in.toString(), "--output", dir.resolve("auto.csv").toString(),
                "--mode", "extreme"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        run(extractTo, "fly", "--input", in.toString(), "--output", dir.resolve("java.csv").toString(), "--mode", "extreme",
                "--backend", "java");
        assertThat(Files.readAllBytes(dir.resolve("auto.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("java.csv")));
    }
}
