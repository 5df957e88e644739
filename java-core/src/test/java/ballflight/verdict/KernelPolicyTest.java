package ballflight.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.kernel.SimulationMode;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The pure decision {@code auto} makes from a verdict. */
class KernelPolicyTest {
    private static final double ACCURATE = SimulationMode.ACCURATE.dtSeconds();
    private static final Predicate<String> ALL = k -> true;
    private static final Predicate<String> NO_NATIVE = k -> !k.equals("native");

    private static Predicate<String> only(String... kernels) {
        return Set.of(kernels)::contains;
    }

    @Test
    void javaBelowTheCrossoverNativeAbove() {
        KernelPlan plan = KernelPolicy.plan(VerdictFixtures.crossoverAt256(), ACCURATE, ALL);
        assertThat(plan.mode()).isEqualTo("ACCURATE");
        assertThat(plan.kernelFor(1)).isEqualTo("java");
        assertThat(plan.kernelFor(16)).isEqualTo("java");
        assertThat(plan.kernelFor(255)).isEqualTo("java");
        assertThat(plan.kernelFor(256)).isEqualTo("native");
        assertThat(plan.kernelFor(1_000_000)).isEqualTo("native");
        assertThat(plan.describe()).isEqualTo("java below 256 flights, native from 256");
    }

    @Test
    void nativeUnavailableFallsBackToTheBestJava() {
        KernelPlan plan = KernelPolicy.plan(VerdictFixtures.crossoverAt256(), ACCURATE, NO_NATIVE);
        assertThat(plan.kernelFor(1)).isEqualTo("java");
        assertThat(plan.kernelFor(256)).isEqualTo("java-parallel");
        assertThat(plan.kernelFor(4096)).isEqualTo("java-parallel");
        assertThat(plan.bands()).noneMatch(b -> b.kernel().equals("native"));
        // The fallback is said, not silent.
        assertThat(plan.unavailable()).containsExactly("native");
        assertThat(plan.describe()).isEqualTo("java below 256 flights, java-parallel (instead of native) from 256");
    }

    @Test
    void marginWithinTheErrorStaysOnJava() {
        Verdict v = new VerdictFixtures().single("ACCURATE", 1000, 1010).batch("ACCURATE", 4096, 1000, 1000, 1012, 0.02)
                .verdict();
        KernelPlan plan = KernelPolicy.plan(v, ACCURATE, ALL);
        assertThat(plan.bands()).containsExactly(new KernelPlan.Band(1, "java"));
        assertThat(plan.unavailable()).isEmpty();
        assertThat(plan.describe()).isEqualTo("java at every batch size");
    }

    @Test
    void stepsBetweenModesUseTheClosestMeasuredMode() {
        Verdict v = VerdictFixtures.crossoverAt256();
        assertThat(KernelPolicy.plan(v, 0.002, ALL).mode()).isEqualTo("ACCURATE");
        assertThat(KernelPolicy.plan(v, 0.005, ALL).mode()).isEqualTo("EXTREME");
        assertThat(KernelPolicy.plan(v, SimulationMode.EXTREME.dtSeconds(), ALL).kernelFor(4096))
                .isEqualTo("java-parallel");
    }

    @Test
    void thePitchWorkloadIsReportedButDoesNotSteer() {
        Verdict v = new VerdictFixtures().single("ACCURATE", 1000, 1000)
                .add(Workload.SINGLE_PITCH, "ACCURATE", 1, "java", 100, 0.01)
                .add(Workload.SINGLE_PITCH, "ACCURATE", 1, "native", 500, 0.01)
                .verdict();
        assertThat(v.workloads()).anyMatch(w -> w.workload().equals(Workload.SINGLE_PITCH) && w.winner().equals("native"));
        assertThat(KernelPolicy.plan(v, ACCURATE, ALL).kernelFor(1)).isEqualTo("java");
    }

    @Test
    void simdContendersRunWhereTheVerdictNamesThem() {
        KernelPlan plan = KernelPolicy.plan(VerdictFixtures.simdContenders(), ACCURATE, ALL);
        assertThat(plan.bands()).containsExactly(new KernelPlan.Band(1, "java"), new KernelPlan.Band(16, "java-simd"),
                new KernelPlan.Band(4096, "java-simd-parallel"), new KernelPlan.Band(65536, "native"));
        assertThat(plan.describe()).isEqualTo("java below 16 flights, java-simd from 16 to 4095,"
                + " java-simd-parallel from 4096 to 65535, native from 65536");
    }

    @Test
    void withoutTheVectorApiTheNextOfTheRankingRuns() {
        KernelPlan plan = KernelPolicy.plan(VerdictFixtures.simdContenders(), ACCURATE,
                only("java", "java-parallel", "native"));
        // 16: java-simd (2000) gives way to native (2010, inside the error of java-simd but ahead of
        // java-parallel at 1500); 4096: java-simd-parallel's tie partner native.
        assertThat(plan.bands()).containsExactly(new KernelPlan.Band(1, "java"),
                new KernelPlan.Band(16, "native", "java-simd"), new KernelPlan.Band(4096, "native", "java-simd-parallel"),
                new KernelPlan.Band(65536, "native"));
        assertThat(plan.unavailable()).containsExactly("java-simd", "java-simd-parallel");
        assertThat(plan.describe()).isEqualTo("java below 16 flights, native (instead of java-simd) from 16 to 4095,"
                + " native (instead of java-simd-parallel) from 4096 to 65535, native from 65536");
    }

    @Test
    void withNeitherVectorApiNorNativeThePlanStaysOnTheScalarKernels() {
        KernelPlan plan = KernelPolicy.plan(VerdictFixtures.simdContenders(), ACCURATE, only("java", "java-parallel"));
        assertThat(plan.kernelFor(1)).isEqualTo("java");
        assertThat(plan.kernelFor(16)).isEqualTo("java-parallel");
        assertThat(plan.kernelFor(4096)).isEqualTo("java-parallel");
        assertThat(plan.kernelFor(65536)).isEqualTo("java-parallel");
        assertThat(plan.unavailable()).containsExactly("java-simd", "java-simd-parallel", "native");
    }

    @Test
    void aRankingOfUnavailableKernelsEndsOnPlainJava() {
        KernelPlan plan = KernelPolicy.plan(VerdictFixtures.simdContenders(), ACCURATE, only("java"));
        assertThat(plan.bands()).extracting(KernelPlan.Band::kernel).containsOnly("java");
        assertThat(plan.bands().get(plan.bands().size() - 1)).isEqualTo(new KernelPlan.Band(65536, "java", "native"));
        assertThat(List.of(plan.kernelFor(1), plan.kernelFor(100_000))).containsOnly("java");
    }
}
