package ballflight.nativekernel;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.backend.Backend;
import ballflight.backend.BackendSelection;
import ballflight.backend.BackendSelector;
import ballflight.kernel.SimulationMode;
import ballflight.verdict.KernelPolicy;
import ballflight.verdict.LoadedVerdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Backend selection with the real service registration. The selector decides once per process,
 * so the failure cases run in a child JVM ({@link SelectNativeMain}).
 */
class NativeSelectionTest {

    @Test
    void explicitNativeRequestGetsTheNativeKernel() {
        NativeFlightKernel kernel = NativeTestSupport.kernel();
        BackendSelection s = BackendSelector.select(Backend.NATIVE);
        assertThat(s.kernel()).isSameAs(kernel);
        assertThat(s.kernel().describe()).contains(kernel.libraryPath().toString(), "abi " + NativeAbi.ABI_VERSION, "thread", "simd [");
        // auto follows the verdict in use (jar default or user cache) if measured here: native where it
        // won, else Java (java-simd is not on this module's class path, so a verdict naming it falls
        // back); a verdict from another machine gives the safe rule (native loads here).
        BackendSelection auto = BackendSelector.select(Backend.AUTO);
        LoadedVerdict verdict = BackendSelector.verdict();
        for (int n : new int[] {1, 16, 256, 4096}) {
            String expected = verdict.verdict() == null ? "native"
                    : !verdict.verdict().measuredOn(ballflight.verdict.MachineId.current())
                    ? ballflight.verdict.SafePlan.plan("ACCURATE", k -> true, 2).kernelFor(n)
                    : KernelPolicy.plan(verdict.verdict(), SimulationMode.ACCURATE.dtSeconds(),
                            k -> !k.startsWith("java-simd")).kernelFor(n);
            assertThat(auto.kernelFor(n).name()).as("auto kernel for %d flights", n).isEqualTo(expected);
        }
    }

    private record Child(int exitCode, String output) {
    }

    private static Child runChild(List<String> jvmFlags) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmFlags);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(SelectNativeMain.class.getName());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("child JVM finished").isTrue();
        return new Child(p.exitValue(), out);
    }

    @Test
    void bogusLibraryPathMakesNativeFailLoudly() throws Exception {
        String bogus = Path.of("target", "no-such-dir", System.mapLibraryName("ballflight")).toAbsolutePath()
                .toString();
        Child c = runChild(List.of("--enable-native-access=ALL-UNNAMED", "-D" + NativeLibraryLoader.PATH_PROPERTY
                + "=" + bogus));
        assertThat(c.exitCode()).as(c.output()).isEqualTo(SelectNativeMain.UNAVAILABLE);
        assertThat(c.output()).contains("backend native was requested but cannot run", bogus,
                NativeLibraryLoader.PATH_PROPERTY, "platform: ");
    }

    @Test
    void missingNativeAccessFlagIsNamed() throws Exception {
        NativeTestSupport.kernel(); // only meaningful where the library itself loads
        Child c = runChild(List.of("--illegal-native-access=deny"));
        assertThat(c.exitCode()).as(c.output()).isEqualTo(SelectNativeMain.UNAVAILABLE);
        assertThat(c.output()).contains("--enable-native-access=ALL-UNNAMED");
    }

    @Test
    void childWithTheFlagLoadsTheLibrary() throws Exception {
        NativeTestSupport.kernel();
        Child c = runChild(List.of("--enable-native-access=ALL-UNNAMED", "--illegal-native-access=deny"));
        assertThat(c.exitCode()).as(c.output()).isZero();
        assertThat(c.output()).contains("native (Rust RK4 via FFM");
    }
}
