package ballflight.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ballflight.kernel.SimulationMode;
import ballflight.verdict.Verdict;
import ballflight.verdict.VerdictJson;
import ballflight.verdict.WorkloadVerdict;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Smoke test of the report generator on real (short, noisy) JMH output: no benchmark runs here. */
class ReportTest {
    private static final Report.Provenance PROVENANCE = new Report.Provenance("2026-11-29T04:37:00Z",
            "Test CPU (2 cores)", "abc1234", "fixture");

    private static Report report() throws Exception {
        Path fixture = Path.of(ReportTest.class.getResource("/jmh-fixture.json").toURI());
        return new Report(Report.read(fixture), PROVENANCE, new StepCounts());
    }

    @Test
    void readsEveryRowWithItsUnitConverted() throws Exception {
        List<JmhResult> rows = Report.read(Path.of(ReportTest.class.getResource("/jmh-fixture.json").toURI()));
        assertThat(rows).hasSize(24);
        JmhResult first = rows.get(0);
        assertThat(first.benchmark()).isEqualTo("SingleFlightBench.fly");
        assertThat(first.params()).containsEntry("backend", "java").containsEntry("mode", "ACCURATE");
        assertThat(first.secondsPerOp()).isCloseTo(1270.611814663089e-6, within(1e-15));
        assertThat(rows).filteredOn(r -> !Double.isNaN(r.allocBytesPerOp())).hasSize(8);
    }

    @Test
    void verdictCoversEveryWorkloadMeasuredByBothSides() throws Exception {
        Verdict v = report().verdict();
        assertThat(v.workloads()).extracting(w -> w.workload() + " " + w.mode() + " " + w.batchSize())
                .containsExactlyInAnyOrder("batch EXTREME 16", "batch EXTREME 256", "single-batted ACCURATE 1",
                        "single-batted EXTREME 1", "single-pitch ACCURATE 1", "single-pitch EXTREME 1");
        WorkloadVerdict b256 = v.workloads().stream().filter(w -> w.batchSize() == 256).findFirst().orElseThrow();
        assertThat(b256.nativeFlightsPerS()).isCloseTo(23431.44, within(0.01)); // 256 / 10925.49 µs (native-all)
        assertThat(b256.bestNative()).isEqualTo("native-all");
        // The fixture's errors are larger than its differences: nothing wins beyond them.
        assertThat(v.workloads()).allSatisfy(w -> assertThat(w.winner()).isEqualTo("java"));
        assertThat(VerdictJson.read(new ByteArrayInputStream(VerdictJson.write(v).getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(v);
    }

    @Test
    void markdownHasTheTablesAndProvenance() throws Exception {
        String md = report().markdown();
        assertThat(md).contains("- date: 2026-11-29T04:37:00Z", "- machine: Test CPU (2 cores)", "- commit: `abc1234`",
                "## Single flight", "## Batch throughput", "## Call overhead", "## Allocation", "## Verdict",
                "## Targets", "| extreme | 16 |", "14,468 ±", "| 58.8 |", "| 1,324 |");
        long steps = new StepCounts().batch(SimulationMode.EXTREME, 16);
        String nsPerStep = String.format(java.util.Locale.ROOT, "%.1f", 1105.8558049687224e3 / steps);
        assertThat(md).contains("14,468 ± 13,926 (" + nsPerStep + ")");
    }

    @Test
    void aGameRowBecomesTheOneGameTableAndATargetLine() throws Exception {
        Path fixture = Path.of(ReportTest.class.getResource("/jmh-fixture.json").toURI());
        List<JmhResult> rows = new java.util.ArrayList<>(Report.read(fixture));
        rows.add(new JmhResult(Report.GAME, java.util.Map.of("backend", "native", "mode", "ACCURATE"), 31.25e-3, 1.5e-3,
                Double.NaN, "25", 5));
        String md = new Report(rows, PROVENANCE, new StepCounts()).markdown();
        assertThat(md).contains("## One game (`GameBench`)", "| one game | accurate | native | 31.3 ± 1.5 | 32 ± 2 |",
                "- one 9-inning ACCURATE game, native: 31.3 ms (target < 20 ms)");
        assertThat(report().markdown()).as("no game rows, no game table").doesNotContain("## One game");
    }

    @Test
    void stepCountsArePrefixSums() {
        StepCounts s = new StepCounts();
        long sixteen = s.batch(SimulationMode.EXTREME, 16);
        long eight = s.batch(SimulationMode.EXTREME, 8);
        assertThat(eight).isPositive().isLessThan(sixteen);
        // The reference ball flies 5.13 s: 513 steps of 10 ms (the landing falls inside the last).
        assertThat(s.single(SimulationMode.EXTREME, Flights.battedBall())).isEqualTo(514);
    }

    @Test
    void notJmhOutputIsRefused(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("x.json");
        Files.writeString(f, "{\"a\": 1}");
        assertThatThrownBy(() -> Report.read(f)).hasMessageContaining("is not JMH JSON output");
    }

    @Test
    void anAllocationRunDoesNotCountAgainWhereAnUnprofiledRunTimedTheSameConfiguration() throws Exception {
        Path fixture = Path.of(ReportTest.class.getResource("/jmh-fixture.json").toURI());
        List<JmhResult> rows = new java.util.ArrayList<>(Report.read(fixture));
        // Unprofiled runs of two EXTREME x16 contenders (the fixture's are all under -prof gc).
        rows.add(new JmhResult(Report.BATCH, java.util.Map.of("batchSize", "16", "contender", "java", "mode", "EXTREME"),
                400e-6, 4e-6, Double.NaN, "25", 5));
        rows.add(new JmhResult(Report.BATCH, java.util.Map.of("batchSize", "16", "contender", "native-all",
                "mode", "EXTREME"), 200e-6, 2e-6, Double.NaN, "25", 5));
        Verdict v = new Report(rows, PROVENANCE, new StepCounts()).verdict();
        WorkloadVerdict w = v.workloads().stream().filter(e -> e.workload().equals("batch") && e.batchSize() == 16)
                .findFirst().orElseThrow();
        assertThat(w.bestNative()).isEqualTo("native-all");
        assertThat(w.nativeFlightsPerS()).isCloseTo(16 / 200e-6, within(1e-6));
        assertThat(w.ranking()).doesNotHaveDuplicates();
        // java-parallel has only its profiled run, which still counts.
        assertThat(w.ranking()).contains("java-parallel");
    }
}
