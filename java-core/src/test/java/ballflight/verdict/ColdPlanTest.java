package ballflight.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColdPlanTest {
    private static final double ACCURATE_DT = 0.001;

    /** java first for one ball, native for a few thousand, java-simd-parallel once enough work pays its warm-up. */
    private static List<ColdVerdict> cold() {
        return List.of(
                new ColdVerdict("ACCURATE", 1, List.of("java", "native-all", "java-simd"), List.of(0.01, 0.15, 0.3)),
                new ColdVerdict("ACCURATE", 256, List.of("native-all", "java", "java-simd"), List.of(0.2, 0.3, 0.9)),
                new ColdVerdict("ACCURATE", 4096, List.of("native-all", "java-simd-parallel", "java"), List.of(0.4, 2.0, 1.1)),
                new ColdVerdict("ACCURATE", 16384, List.of("java-simd-parallel", "native-all", "java"), List.of(0.9, 1.0, 4.0)),
                new ColdVerdict("EXTREME", 1, List.of("native-all", "java"), List.of(0.1, 0.2)));
    }

    @Test
    void bandsByFlightsSoFarFromTheFastestColdContenderThatRuns() {
        Verdict v = VerdictFixtures.crossoverAt256().withCold(cold());
        KernelPlan plan = KernelPolicy.coldPlan(v, ACCURATE_DT, k -> true);
        assertThat(plan.mode()).isEqualTo("ACCURATE");
        assertThat(plan.describe()).isEqualTo("java below 256 flights, native from 256 to 16383, java-simd-parallel from 16384");
        assertThat(KernelPolicy.coldLimit(v, plan)).isEqualTo(16384);
        assertThat(plan.kernelFor(1)).isEqualTo("java");
        assertThat(plan.kernelFor(5000)).isEqualTo("native");

        KernelPlan noNative = KernelPolicy.coldPlan(v, ACCURATE_DT, k -> !k.equals("native"));
        assertThat(noNative.describe()).isEqualTo("java below 256 flights, java (instead of native) from 256 to 4095,"
                + " java-simd-parallel (instead of native) from 4096 to 16383, java-simd-parallel from 16384");
        // The EXTREME step picks the EXTREME measurements.
        assertThat(KernelPolicy.coldPlan(v, 0.01, k -> true).describe()).isEqualTo("native at every batch size");
    }

    @Test
    void noColdSectionNoColdPlanAndTheSectionRoundTrips() throws IOException {
        assertThat(KernelPolicy.coldPlan(VerdictFixtures.crossoverAt256(), ACCURATE_DT, k -> true)).isNull();
        Verdict v = VerdictFixtures.crossoverAt256().withCold(cold());
        Verdict back = VerdictJson.read(new ByteArrayInputStream(VerdictJson.write(v).getBytes(StandardCharsets.UTF_8)));
        assertThat(back.cold()).isEqualTo(v.cold());
    }
}
