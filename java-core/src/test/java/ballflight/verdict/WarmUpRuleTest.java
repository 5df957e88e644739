package ballflight.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WarmUpRuleTest {
    private static final double EXTREME_DT = 0.01;

    /** Warm: java for one ball, java-simd-parallel by 25 % over native from 256 flights (as JMH saw it). */
    private static Verdict warm() {
        VerdictFixtures f = new VerdictFixtures().single("EXTREME", 10000, 9000);
        for (int n : new int[] {256, 4096}) {
            f.add(Workload.BATCH, "EXTREME", n, Contenders.JAVA, 40_000, 0.01)
                    .add(Workload.BATCH, "EXTREME", n, Contenders.JAVA_SIMD_PARALLEL, 300_000, 0.02)
                    .add(Workload.BATCH, "EXTREME", n, Contenders.NATIVE_ALL_CORES, 240_000, 0.02);
        }
        return f.verdict();
    }

    private static Verdict withSimdAfter16384(double simdParallelSeconds) {
        return warm().withCold(List.of(
                new ColdVerdict("EXTREME", 1, List.of("java", "native-all"), List.of(0.02, 0.1)),
                new ColdVerdict("EXTREME", 4096, List.of("native-all", "java", "java-simd-parallel"), List.of(0.15, 0.17, 1.0)),
                new ColdVerdict("EXTREME", 16384, List.of("native-all", "java", "java-simd-parallel"),
                        List.of(0.22, 0.47, simdParallelSeconds))));
    }

    private static KernelPlan later(Verdict v) {
        KernelPlan cold = KernelPolicy.coldPlan(v, EXTREME_DT, k -> true);
        KernelPlan warm = KernelPolicy.plan(v, EXTREME_DT, k -> true);
        return WarmUpRule.afterCold(v, cold, warm, KernelPolicy.coldLimit(v, cold));
    }

    @Test
    void aWarmKernelThatHadNotCaughtUpInTheFreshRunsLeavesItsBandToTheColdWinner() {
        Verdict slow = withSimdAfter16384(1.31);
        assertThat(KernelPolicy.plan(slow, EXTREME_DT, k -> true).kernelFor(4096)).isEqualTo("java-simd-parallel");
        KernelPlan later = later(slow);
        // The scalar Java kernel has nothing to catch up: its band stays.
        assertThat(later.describe()).isEqualTo("java below 256 flights, native from 256");
        assertThat(later.kernelFor(100_000)).isEqualTo("native");
    }

    @Test
    void oneThatHadCaughtUpKeepsItsBandAndNoFreshRunsMeansTheWarmPlan() {
        // 0.26 s against native's 0.22 s: within 1.25 x, so it is warm by then.
        KernelPlan caught = later(withSimdAfter16384(0.26));
        assertThat(caught).isEqualTo(KernelPolicy.plan(warm(), EXTREME_DT, k -> true));
        assertThat(caught.kernelFor(4096)).isEqualTo("java-simd-parallel");
        KernelPlan warmPlan = KernelPolicy.plan(warm(), EXTREME_DT, k -> true);
        assertThat(WarmUpRule.afterCold(warm(), KernelPlan.always("EXTREME", "native"), warmPlan, 16384)).isEqualTo(warmPlan);
    }
}
