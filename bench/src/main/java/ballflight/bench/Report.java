package ballflight.bench;

import ballflight.kernel.SimulationMode;
import ballflight.verdict.Contenders;
import ballflight.verdict.Measurement;
import ballflight.verdict.ModeVerdict;
import ballflight.verdict.Verdict;
import ballflight.verdict.VerdictBuilder;
import ballflight.verdict.Workload;
import ballflight.verdict.WorkloadVerdict;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns JMH's JSON into the verdict ({@link VerdictBuilder}) and docs/BENCHMARKS.md: flights/s
 * and ns per RK4 step per contender and workload, native ÷ fastest Java with its error, the
 * call overhead, the allocation per call, and the targets.
 */
public final class Report {
    static final String BATCH = "BatchBench.integrate";
    static final String SINGLE = "SingleFlightBench.fly";
    static final String ONE_STEP = "OverheadBench.oneStepFlights";
    static final String DOWNCALL = "OverheadBench.emptyDowncall";
    static final String GAME = "GameBench.game";
    /** The target for one 9-inning ACCURATE game on one core, ms. */
    static final double GAME_TARGET_MS = 20.0;
    static final List<String> BATCH_CONTENDERS = List.of(Contenders.JAVA, Contenders.JAVA_PARALLEL,
            Contenders.JAVA_SIMD, Contenders.JAVA_SIMD_PARALLEL, Contenders.NATIVE_ONE_THREAD,
            Contenders.NATIVE_ALL_CORES);
    /** The starting plan's single-flight figures, trajectories/s. */
    static final double[] PLAN_FLIGHTS_PER_S = {58.8, 118.7, 290.9, 568.5};

    /**
     * @param date ISO date-time of the run
     * @param machine CPU model and cores
     * @param commit source commit
     * @param method how it was measured (one line)
     */
    public record Provenance(String date, String machine, String commit, String method) {
    }

    private final List<JmhResult> results;
    /** {@link #results} without the allocation runs that an unprofiled run already times. */
    private final List<JmhResult> timings;
    private final Provenance provenance;
    private final StepCounts steps;
    private final Verdict verdict;

    public Report(List<JmhResult> results, Provenance provenance, StepCounts steps) {
        this.results = List.copyOf(results);
        this.timings = timings(this.results);
        this.provenance = provenance;
        this.steps = steps;
        this.verdict = VerdictBuilder.build(measurements(), provenance.date(), provenance.machine(), jdk(),
                provenance.commit(), provenance.method()).withTables(TableReport.verdicts(this.results))
                .withHost(ballflight.verdict.MachineId.current()) // measured here: runs and --from-results alike
                .withCold(ColdReport.verdicts(this.results));

    }

    public static List<JmhResult> read(Path jmhJson) throws IOException {
        JsonNode root = new ObjectMapper().readTree(jmhJson.toFile());
        if (root == null || !root.isArray()) {
            throw new IOException(jmhJson + " is not JMH JSON output (expected an array of results)");
        }
        List<JmhResult> out = new ArrayList<>();
        root.forEach(row -> out.add(JmhResult.of(row)));
        return out;
    }

    public Verdict verdict() {
        return verdict;
    }

    private String jdk() {
        return results.isEmpty() ? System.getProperty("java.version") : results.get(0).jdk();
    }

    /**
     * The runs that time each configuration: a run under {@code -prof gc} (the allocation group)
     * counts only where no unprofiled run of the same benchmark and parameters exists, so no
     * workload is judged twice.
     */
    private static List<JmhResult> timings(List<JmhResult> results) {
        return results.stream().filter(r -> Double.isNaN(r.allocBytesPerOp()) || results.stream().noneMatch(
                o -> Double.isNaN(o.allocBytesPerOp()) && o.benchmark().equals(r.benchmark())
                        && o.params().equals(r.params()))).toList();
    }

    private List<Measurement> measurements() {
        List<Measurement> out = new ArrayList<>();
        for (JmhResult r : timings) {
            if (r.benchmark().equals(BATCH)) {
                int n = Integer.parseInt(r.param("batchSize"));
                out.add(measurement(Workload.BATCH, r.param("mode"), n, r.param("contender"), r));
            } else if (r.benchmark().equals(SINGLE)) {
                String workload = r.param("flight").equals("pitch") ? Workload.SINGLE_PITCH : Workload.SINGLE_BATTED;
                out.add(measurement(workload, r.param("mode"), 1, r.param("backend"), r));
            }
        }
        return out;
    }

    private static Measurement measurement(String workload, String mode, int n, String contender, JmhResult r) {
        double fps = n / r.secondsPerOp();
        return new Measurement(workload, mode, n, contender, fps, fps * r.relativeError());
    }

    private Optional<JmhResult> find(String benchmark, String... keyValues) {
        return timings.stream().filter(r -> r.benchmark().equals(benchmark) && matches(r, keyValues)).findFirst();
    }

    private static boolean matches(JmhResult r, String[] keyValues) {
        for (int i = 0; i < keyValues.length; i += 2) {
            if (!keyValues[i + 1].equals(r.params().get(keyValues[i]))) {
                return false;
            }
        }
        return true;
    }

    // ---- markdown ----------------------------------------------------------------------------

    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append("Generated by `make bench` (`ballflight.bench.Suite`): do not edit by hand.\n\n");
        md.append("- date: ").append(provenance.date()).append('\n');
        md.append("- machine: ").append(provenance.machine()).append('\n');
        md.append("- verdict host (auto follows the verdict only on this machine): ")
                .append(verdict.host() == null ? "not recorded" : verdict.host().describe()).append('\n');
        md.append("- JDK: ").append(jdk()).append('\n');
        md.append("- commit: `").append(provenance.commit()).append("`\n");
        md.append("- method: ").append(provenance.method()).append('\n');
        md.append("- errors: JMH's 99.9 % confidence half-width; a ratio's error adds both relative errors in"
                + " quadrature. A contender wins only if its ratio minus the error is above 1.\n\n");
        singleFlights(md);
        game(md);
        batches(md);
        overhead(md);
        allocation(md);
        verdictSection(md);
        md.append(ColdReport.markdown(verdict.cold()));
        md.append(TableReport.markdown(verdict.tables()));
        targets(md);
        return md.toString();
    }

    private void singleFlights(StringBuilder md) {
        Set<String> modes = modesOf(SINGLE);
        if (modes.isEmpty()) {
            return;
        }
        md.append("## Single flight (one kernel call per flight)\n\n");
        md.append("The reference batted ball (100 mph, 28°, 1800 rpm, ~409 ft) and a 95 mph four-seamer from"
                + " 55 ft to the front of the plate (y = 17 in).\n\n");
        md.append("| flight | mode | steps | java µs | native µs | java flights/s | native flights/s |"
                + " java ns/step | native ns/step | native ÷ java | winner |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (String flight : List.of("batted", "pitch")) {
            for (String mode : modes) {
                Optional<JmhResult> j = find(SINGLE, "flight", flight, "mode", mode, "backend", Contenders.JAVA);
                Optional<JmhResult> n = find(SINGLE, "flight", flight, "mode", mode, "backend", Contenders.NATIVE);
                if (j.isEmpty() || n.isEmpty()) {
                    continue;
                }
                long s = steps.single(SimulationMode.valueOf(mode),
                        flight.equals("pitch") ? Flights.pitch() : Flights.battedBall());
                String workload = flight.equals("pitch") ? Workload.SINGLE_PITCH : Workload.SINGLE_BATTED;
                WorkloadVerdict w = entry(workload, mode, 1);
                md.append("| ").append(flight).append(" | ").append(mode.toLowerCase(Locale.ROOT)).append(" | ")
                        .append(s).append(" | ").append(micros(j.get())).append(" | ").append(micros(n.get()))
                        .append(" | ").append(fps(1, j.get())).append(" | ").append(fps(1, n.get())).append(" | ")
                        .append(nsPerStep(j.get(), s)).append(" | ").append(nsPerStep(n.get(), s)).append(" | ")
                        .append(ratio(w)).append(" | ").append(w.winner()).append(" |\n");
            }
        }
        md.append('\n');
    }

    private void game(StringBuilder md) {
        List<JmhResult> games = results.stream().filter(r -> r.benchmark().equals(GAME)).toList();
        if (games.isEmpty()) {
            return;
        }
        md.append("## One game (`GameBench`)\n\n");
        md.append("A whole 9-inning game, NYY at LAD, on one thread with a warm engine (as a season worker runs"
                + " it): every pitch and batted ball flown, rules and box score; each op the next seed of a"
                + " fixed sequence. Target: under ").append(String.format(Locale.ROOT, "%.0f", GAME_TARGET_MS))
                .append(" ms at ACCURATE.\n\n");
        md.append("| measurement | mode | backend | ms per game | games/s |\n|---|---|---|---:|---:|\n");
        for (JmhResult r : games) {
            md.append("| one game | ").append(r.param("mode").toLowerCase(Locale.ROOT)).append(" | ")
                    .append(r.param("backend")).append(" | ")
                    .append(String.format(Locale.ROOT, "%.1f ± %.1f", r.secondsPerOp() * 1e3, r.errorSecondsPerOp() * 1e3))
                    .append(" | ").append(fps(1, r)).append(" |\n");
        }
        md.append('\n');
    }

    private void batches(StringBuilder md) {
        Set<String> modes = modesOf(BATCH);
        if (modes.isEmpty()) {
            return;
        }
        md.append("## Batch throughput (one kernel call per batch of the seeded spread)\n\n");
        md.append("Flights/s ± error, and ns per RK4 step (batch time ÷ steps of every flight in the batch)."
                + " The spread: 3 of 4 batted balls (EV 40–120 mph, LA −30..70°, spin 500–3500 rpm, half with"
                + " wind up to 15 mph), 1 of 4 pitches (70–100 mph). `java-simd` is the Vector API kernel"
                + " (bit-identical to `java`); `java-parallel`, `java-simd-parallel` and `native-all` use every"
                + " core; `java`, `java-simd` and `native-1` one. Native is compared with the fastest of the four"
                + " Java contenders by mean; when Java wins, the simplest Java contender within the error of"
                + " the fastest runs.\n\n");
        md.append("| mode | batch | steps/flight |");
        BATCH_CONTENDERS.forEach(c -> md.append(' ').append(c).append(" flights/s (ns/step) |"));
        md.append(" native ÷ fastest Java | winner |\n|---|---:|---:|");
        BATCH_CONTENDERS.forEach(c -> md.append("---:|"));
        md.append("---:|---|\n");
        for (String mode : modes) {
            for (int n : sizesOf(BATCH, mode)) {
                long s = steps.batch(SimulationMode.valueOf(mode), n);
                md.append("| ").append(mode.toLowerCase(Locale.ROOT)).append(" | ").append(n).append(" | ")
                        .append(String.format(Locale.ROOT, "%.0f", (double) s / n)).append(" |");
                for (String c : BATCH_CONTENDERS) {
                    Optional<JmhResult> r = find(BATCH, "mode", mode, "batchSize", Integer.toString(n), "contender", c);
                    md.append(' ').append(r.map(x -> fps(n, x) + " (" + nsPerStep(x, s) + ")").orElse("–")).append(" |");
                }
                WorkloadVerdict w = entry(Workload.BATCH, mode, n);
                md.append(' ').append(w == null ? "–" : ratio(w)).append(" | ")
                        .append(w == null ? "–" : w.winner()).append(" |\n");
            }
        }
        md.append('\n');
    }

    private void overhead(StringBuilder md) {
        Optional<JmhResult> downcall = find(DOWNCALL, "contender", Contenders.NATIVE_ONE_THREAD);
        if (downcall.isEmpty() && find(ONE_STEP).isEmpty()) {
            return;
        }
        md.append("## Call overhead\n\n");
        md.append("| measurement | time per call | per flight |\n|---|---:|---:|\n");
        downcall.ifPresent(d -> md.append("| empty downcall (`bf_thread_count`) | ").append(nanos(d.secondsPerOp(),
                d.errorSecondsPerOp())).append(" | – |\n"));
        for (String c : List.of(Contenders.JAVA, Contenders.NATIVE_ONE_THREAD)) {
            for (String n : List.of("1", "4096")) {
                find(ONE_STEP, "contender", c, "batchSize", n).ifPresent(r -> md.append("| ").append(c).append(", ")
                        .append(n).append(" one-step flight(s) | ").append(nanos(r.secondsPerOp(), r.errorSecondsPerOp()))
                        .append(" | ").append(nanos(r.secondsPerOp() / Integer.parseInt(n), r.errorSecondsPerOp()
                                / Integer.parseInt(n))).append(" |\n"));
            }
        }
        Optional<JmhResult> single = find(SINGLE, "flight", "batted", "mode", "ACCURATE", "backend", Contenders.NATIVE);
        if (downcall.isPresent() && single.isPresent()) {
            md.append(String.format(Locale.ROOT, "%nThe bare downcall is %.4f %% of one ACCURATE batted-ball call on"
                    + " the native kernel (target: under 1 %%).%n", 100 * downcall.get().secondsPerOp()
                    / single.get().secondsPerOp()));
        }
        Optional<JmhResult> j1 = find(ONE_STEP, "contender", Contenders.JAVA, "batchSize", "1");
        Optional<JmhResult> n1 = find(ONE_STEP, "contender", Contenders.NATIVE_ONE_THREAD, "batchSize", "1");
        if (j1.isPresent() && n1.isPresent() && single.isPresent()) {
            md.append(String.format(Locale.ROOT, "A whole native call that does one step costs %s more than the"
                    + " same call in Java: %.3f %% of one ACCURATE batted-ball flight.%n",
                    nanos(n1.get().secondsPerOp() - j1.get().secondsPerOp(), Double.NaN),
                    100 * (n1.get().secondsPerOp() - j1.get().secondsPerOp()) / single.get().secondsPerOp()));
        }
        md.append('\n');
    }

    private void allocation(StringBuilder md) {
        List<JmhResult> gc = results.stream().filter(r -> !Double.isNaN(r.allocBytesPerOp())).toList();
        if (gc.isEmpty()) {
            return;
        }
        md.append("## Allocation (`-prof gc`, gc.alloc.rate.norm)\n\n");
        md.append("| benchmark | contender | mode | batch | bytes per call | bytes per flight |\n|---|---|---|---:|---:|---:|\n");
        for (JmhResult r : gc) {
            int n = Integer.parseInt(r.params().getOrDefault("batchSize", "1"));
            String c = r.params().getOrDefault("contender", r.params().getOrDefault("backend", "?"));
            md.append("| ").append(r.benchmark()).append(" | ").append(c).append(" | ")
                    .append(r.params().getOrDefault("mode", "–").toLowerCase(Locale.ROOT)).append(" | ").append(n)
                    .append(String.format(Locale.ROOT, " | %.1f | %.3f |%n", r.allocBytesPerOp(), r.allocBytesPerOp() / n));
        }
        md.append("\nBytes per call that do not grow with the batch are per-call bookkeeping (the Java kernel's"
                + " per-call integrator object, the native call's parameter struct; java-parallel makes one"
                + " integrator per chunk); bytes that grow with it would be allocation per flight.\n\n");
    }

    private void verdictSection(StringBuilder md) {
        md.append("## Verdict (what `auto` does)\n\n");
        md.append("| mode | crossover batch size | auto runs |\n|---|---:|---|\n");
        for (ModeVerdict m : verdict.modes()) {
            md.append("| ").append(m.mode().toLowerCase(Locale.ROOT)).append(" | ")
                    .append(m.crossoverBatchSize() == null ? "none" : m.crossoverBatchSize().toString()).append(" | ")
                    .append(m.decision()).append(" |\n");
        }
        md.append("\nOther step sizes follow the closest measured mode; the single batted ball counts as batch"
                + " size 1. Per workload:\n\n");
        for (WorkloadVerdict w : verdict.workloads()) {
            md.append("- ").append(w.workload()).append(' ').append(w.mode().toLowerCase(Locale.ROOT))
                    .append(w.workload().equals(Workload.BATCH) ? " ×" + w.batchSize() : "").append(": ")
                    .append(w.decision()).append('\n');
        }
        md.append('\n');
    }

    private void targets(StringBuilder md) {
        md.append("## Targets\n\n");
        bestBatch("ACCURATE", 4096).ifPresent(b -> md.append(String.format(Locale.ROOT,
                "- ACCURATE, batch 4096: best %s, %,.0f flights/s (target ≥ 20,000)%n", b.contender(), b.flightsPerS())));
        bestBatch("EXTREME", 4096).ifPresent(b -> md.append(String.format(Locale.ROOT,
                "- EXTREME, batch 4096: best %s, %,.0f flights/s (target ≥ 150,000)%n", b.contender(), b.flightsPerS())));
        for (String flight : List.of("batted", "pitch")) {
            double target = flight.equals("pitch") ? 25 : 250;
            for (String backend : List.of(Contenders.JAVA, Contenders.NATIVE)) {
                find(SINGLE, "flight", flight, "mode", "ACCURATE", "backend", backend).ifPresent(r -> md.append(
                        String.format(Locale.ROOT, "- one ACCURATE %s, %s: %.1f µs (target < %.0f µs)%n",
                                flight.equals("pitch") ? "pitch" : "batted ball", backend, r.secondsPerOp() * 1e6,
                                target)));
            }
        }
        results.stream().filter(r -> r.benchmark().equals(GAME) && r.param("mode").equals("ACCURATE"))
                .forEach(r -> md.append(String.format(Locale.ROOT, "- one 9-inning ACCURATE game, %s: %.1f ms (target < %.0f ms)%n",
                        r.param("backend"), r.secondsPerOp() * 1e3, GAME_TARGET_MS)));
        md.append("\nThe starting plan's single-flight figures against one call on one core:\n\n");
        md.append("| mode | plan (trajectories/s) | java flights/s | native flights/s | best ÷ plan |\n"
                + "|---|---:|---:|---:|---:|\n");
        SimulationMode[] modes = SimulationMode.values();
        for (int i = 0; i < modes.length; i++) {
            String mode = modes[i].name();
            Optional<JmhResult> j = find(SINGLE, "flight", "batted", "mode", mode, "backend", Contenders.JAVA);
            Optional<JmhResult> n = find(SINGLE, "flight", "batted", "mode", mode, "backend", Contenders.NATIVE);
            if (j.isEmpty() || n.isEmpty()) {
                continue;
            }
            double best = Math.max(1 / j.get().secondsPerOp(), 1 / n.get().secondsPerOp());
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %,.0f | %,.0f | %.0f× |%n", mode.toLowerCase(Locale.ROOT),
                    PLAN_FLIGHTS_PER_S[i], 1 / j.get().secondsPerOp(), 1 / n.get().secondsPerOp(),
                    best / PLAN_FLIGHTS_PER_S[i]));
        }
        md.append('\n');
    }

    private Optional<Measurement> bestBatch(String mode, int n) {
        return measurements().stream().filter(m -> m.workload().equals(Workload.BATCH) && m.mode().equals(mode)
                && m.batchSize() == n).max(java.util.Comparator.comparingDouble(Measurement::flightsPerS));
    }

    private WorkloadVerdict entry(String workload, String mode, int n) {
        return verdict.workloads().stream().filter(w -> w.workload().equals(workload) && w.mode().equals(mode)
                && w.batchSize() == n).findFirst().orElse(null);
    }

    private Set<String> modesOf(String benchmark) {
        Set<String> present = new LinkedHashSet<>();
        results.stream().filter(r -> r.benchmark().equals(benchmark)).forEach(r -> present.add(r.param("mode")));
        Set<String> ordered = new LinkedHashSet<>();
        for (SimulationMode m : SimulationMode.values()) {
            if (present.contains(m.name())) {
                ordered.add(m.name());
            }
        }
        return ordered;
    }

    private TreeSet<Integer> sizesOf(String benchmark, String mode) {
        TreeSet<Integer> sizes = new TreeSet<>();
        results.stream().filter(r -> r.benchmark().equals(benchmark) && r.param("mode").equals(mode))
                .forEach(r -> sizes.add(Integer.parseInt(r.param("batchSize"))));
        return sizes;
    }

    private static String ratio(WorkloadVerdict w) {
        return String.format(Locale.ROOT, "%.2f ± %.2f", w.ratio(), w.ratioError());
    }

    private static String fps(int n, JmhResult r) {
        double f = n / r.secondsPerOp();
        return String.format(Locale.ROOT, "%,.0f ± %,.0f", f, f * r.relativeError());
    }

    private static String micros(JmhResult r) {
        return String.format(Locale.ROOT, "%.1f ± %.1f", r.secondsPerOp() * 1e6, r.errorSecondsPerOp() * 1e6);
    }

    private static String nanos(double seconds, double error) {
        return Double.isNaN(error) ? String.format(Locale.ROOT, "%.1f ns", seconds * 1e9)
                : String.format(Locale.ROOT, "%.1f ± %.1f ns", seconds * 1e9, error * 1e9);
    }

    private static String nsPerStep(JmhResult r, long steps) {
        return String.format(Locale.ROOT, "%.1f", r.secondsPerOp() * 1e9 / steps);
    }
}
