package ballflight.simd;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.backend.BackendSelector;
import ballflight.kernel.spi.KernelProvider;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The java-simd provider: found through ServiceLoader, and a clean refusal without the Vector API module. */
class VectorKernelProviderTest {

    @Test
    void theSelectorFindsJavaSimdAndItsParallelTwinHere() throws Exception {
        KernelProvider provider = ServiceLoader.load(KernelProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("java-simd")).findFirst().orElseThrow();
        assertThat(provider.create()).isInstanceOf(VectorFlightKernel.class);
        assertThat(BackendSelector.simdKernel().name()).isEqualTo("java-simd");
        assertThat(BackendSelector.kernelNamed("java-simd-parallel").name()).isEqualTo("java-simd-parallel");
        assertThat(BackendSelector.kernelNamed("java-simd-parallel")).isSameAs(BackendSelector.simdParallelKernel());
    }

    @Test
    void withoutTheModuleFlagTheProviderRefusesWithTheFix() throws Exception {
        assertThat(child()).isEqualTo("java-simd unavailable: the Vector API module jdk.incubator.vector is not in the"
                + " boot layer: add --add-modules jdk.incubator.vector to the java command line (the ballflight"
                + " launcher does, except for a one-ball fly, which starts quicker without it)");
    }

    @Test
    void withTheModuleFlagTheChildRunsIt() throws Exception {
        assertThat(child("--add-modules", "jdk.incubator.vector")).startsWith("java-simd available: java-simd (Vector API");
    }

    /** stdout of {@link ProviderStatusMain} in a fresh JVM (the selector probes once per process). */
    private static String child(String... flags) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(List.of(flags));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), ProviderStatusMain.class.getName()));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.strip();
    }
}
