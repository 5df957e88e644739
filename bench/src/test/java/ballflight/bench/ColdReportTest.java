package ballflight.bench;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.verdict.ColdVerdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColdReportTest {
    private static JmhResult cold(String contender, String mode, int flights, double seconds) {
        return new JmhResult(ColdReport.BENCHMARK, Map.of("contender", contender, "mode", mode,
                "batchSize", Integer.toString(flights)), seconds, Double.NaN, Double.NaN, "25", 1);
    }

    @Test
    void oneVerdictPerModeAndFlightsFastestFirstAndOtherBenchmarksIgnored() {
        List<JmhResult> results = List.of(
                cold("java", "ACCURATE", 4096, 1.2), cold("native-all", "ACCURATE", 4096, 0.4),
                cold("java-simd", "ACCURATE", 4096, 3.0), cold("java", "ACCURATE", 1, 0.01),
                cold("native-all", "ACCURATE", 1, 0.2),
                new JmhResult("BatchBench.integrate", Map.of("contender", "java", "mode", "ACCURATE",
                        "batchSize", "16"), 1e-3, 1e-5, Double.NaN, "25", 5));
        List<ColdVerdict> v = ColdReport.verdicts(results);
        assertThat(v).containsExactly(
                new ColdVerdict("ACCURATE", 1, List.of("java", "native-all"), List.of(0.01, 0.2)),
                new ColdVerdict("ACCURATE", 4096, List.of("native-all", "java", "java-simd"), List.of(0.4, 1.2, 3.0)));
        String md = ColdReport.markdown(v);
        assertThat(md).contains("| accurate | 4096 | 1.200 | – | 3.000 | – | 0.400 | native-all |");
        assertThat(ColdReport.markdown(List.of())).isEmpty();
    }
}
