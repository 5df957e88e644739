package ballflight.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.kernel.SimulationMode;
import org.junit.jupiter.api.Test;

/** The pure decision {@code auto} makes from a verdict. */
class KernelPolicyTest {
    private static final double ACCURATE = SimulationMode.ACCURATE.dtSeconds();

    @Test
    void javaBelowTheCrossoverNativeAbove() {
        KernelPlan plan = KernelPolicy.plan(VerdictFixtures.crossoverAt256(), ACCURATE, true);
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
        KernelPlan plan = KernelPolicy.plan(VerdictFixtures.crossoverAt256(), ACCURATE, false);
        assertThat(plan.kernelFor(1)).isEqualTo("java");
        assertThat(plan.kernelFor(256)).isEqualTo("java-parallel");
        assertThat(plan.kernelFor(4096)).isEqualTo("java-parallel");
        assertThat(plan.bands()).noneMatch(b -> b.kernel().equals("native"));
    }

    @Test
    void marginWithinTheErrorStaysOnJava() {
        Verdict v = new VerdictFixtures().single("ACCURATE", 1000, 1010).batch("ACCURATE", 4096, 1000, 1000, 1012, 0.02)
                .verdict();
        KernelPlan plan = KernelPolicy.plan(v, ACCURATE, true);
        assertThat(plan.bands()).containsExactly(new KernelPlan.Band(1, "java"));
        assertThat(plan.describe()).isEqualTo("java at every batch size");
    }

    @Test
    void stepsBetweenModesUseTheClosestMeasuredMode() {
        Verdict v = VerdictFixtures.crossoverAt256();
        assertThat(KernelPolicy.plan(v, 0.002, true).mode()).isEqualTo("ACCURATE");
        assertThat(KernelPolicy.plan(v, 0.005, true).mode()).isEqualTo("EXTREME");
        assertThat(KernelPolicy.plan(v, SimulationMode.EXTREME.dtSeconds(), true).kernelFor(4096))
                .isEqualTo("java-parallel");
    }

    @Test
    void thePitchWorkloadIsReportedButDoesNotSteer() {
        Verdict v = new VerdictFixtures().single("ACCURATE", 1000, 1000)
                .add(Workload.SINGLE_PITCH, "ACCURATE", 1, "java", 100, 0.01)
                .add(Workload.SINGLE_PITCH, "ACCURATE", 1, "native", 500, 0.01)
                .verdict();
        assertThat(v.workloads()).anyMatch(w -> w.workload().equals(Workload.SINGLE_PITCH) && w.winner().equals("native"));
        assertThat(KernelPolicy.plan(v, ACCURATE, true).kernelFor(1)).isEqualTo("java");
    }
}
