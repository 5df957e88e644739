package ballflight.bench;

import ballflight.verdict.Contenders;
import ballflight.verdict.VerdictJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The benchmark suite behind {@code make bench} and {@code ballflight bench}: runs the JMH groups
 * (iterations sized so the full suite fits 15 minutes on 2 cores, the quick one 3), merges their
 * JSON into one file, and writes the report and the verdict.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar ballflight.bench.Suite [--quick] [--cold-only]
 * --results FILE.json [--markdown docs/BENCHMARKS.md] [--verdict FILE.json] [--commit ID]
 * [--from-results FILE.json [--load TEXT]]} ({@code --from-results} skips the measurement and
 * reports an existing JMH JSON file, dated by the file's modification time, the end of its run;
 * {@code --load} carries the load averages that run printed).
 */
public final class Suite {

    /** One JMH run: which benchmark, which parameter values, how long. */
    record Group(String label, String benchmark, Map<String, String[]> params, int warmups, double warmupSeconds,
                 int iterations, double iterationSeconds, boolean gc) {
    }

    private Suite() {
    }

    private static boolean isSimd(String contender) {
        return contender.startsWith(Contenders.JAVA_SIMD);
    }

    static List<Group> groups(boolean quick) {
        List<Group> g = new ArrayList<>();
        String[] contenders = Report.BATCH_CONTENDERS.stream().filter(c -> !isSimd(c)).toArray(String[]::new);
        // The Vector API kernel takes ~6 s of JIT to reach its steady speed (10-100x slower before),
        // far longer than the scalar kernels: its contenders get their own groups with a longer
        // warm-up, and --quick leaves them out.
        String[] simd = Report.BATCH_CONTENDERS.stream().filter(Suite::isSimd).toArray(String[]::new);
        if (quick) {
            g.add(new Group("single flight", "SingleFlightBench.fly", Map.of("mode", new String[] {"ACCURATE", "EXTREME"},
                    "flight", new String[] {"batted"}), 2, 0.3, 5, 0.3, false));
            g.add(new Group("batches", "BatchBench.integrate", Map.of("contender", contenders,
                    "mode", new String[] {"ACCURATE", "EXTREME"}, "batchSize", new String[] {"16", "256", "4096"}),
                    1, 0.4, 5, 0.3, false));
            g.add(new Group("drag models", "ModelBench.fly", Map.of(), 2, 0.3, 3, 0.3, false));
            g.add(new Group("one game", "GameBench.game", Map.of(), 2, 0.5, 3, 0.5, false));
            return g;
        }
        g.add(new Group("single flight", "SingleFlightBench.fly", Map.of(), 2, 0.5, 5, 0.4, false));
        g.add(new Group("drag models", "ModelBench.fly", Map.of(), 2, 0.5, 3, 0.5, false));
        // ~35 ms per op: ~30 games per 1 s iteration, two backends, ~20 s in all.
        g.add(new Group("one game", "GameBench.game", Map.of(), 3, 1, 5, 1, false));
        g.add(new Group("empty downcall", "OverheadBench.emptyDowncall", Map.of("contender",
                new String[] {"native-1"}, "batchSize", new String[] {"1"}), 3, 0.5, 5, 0.5, false));
        g.add(new Group("one-step calls", "OverheadBench.oneStepFlights", Map.of(), 3, 0.5, 5, 0.5, false));
        g.add(new Group("batches up to 4096", "BatchBench.integrate", Map.of("contender", contenders,
                "mode", new String[] {"ACCURATE", "EXTREME"}, "batchSize", new String[] {"16", "256", "4096"}),
                2, 1, 5, 1, false));
        g.add(new Group("batches up to 4096, java-simd", "BatchBench.integrate", Map.of("contender", simd,
                "mode", new String[] {"ACCURATE", "EXTREME"}, "batchSize", new String[] {"16", "256", "4096"}),
                7, 1, 5, 1, false));
        // One op takes seconds here (ACCURATE: ~30 s on one thread): each iteration is one op, and
        // the ACCURATE warm-up is the JIT's first seconds inside the first measured op.
        g.add(new Group("batches of 65536, extreme", "BatchBench.integrate", Map.of("contender", contenders,
                "mode", new String[] {"EXTREME"}, "batchSize", new String[] {"65536"}), 1, 0.1, 4, 0.1, false));
        g.add(new Group("batches of 65536, extreme, java-simd", "BatchBench.integrate", Map.of("contender", simd,
                "mode", new String[] {"EXTREME"}, "batchSize", new String[] {"65536"}), 7, 1, 4, 0.1, false));
        g.add(new Group("batches of 65536, accurate", "BatchBench.integrate", Map.of("contender", contenders,
                "mode", new String[] {"ACCURATE"}, "batchSize", new String[] {"65536"}), 0, 0.1, 3, 0.1, false));
        g.add(new Group("batches of 65536, accurate, java-simd", "BatchBench.integrate", Map.of("contender", simd,
                "mode", new String[] {"ACCURATE"}, "batchSize", new String[] {"65536"}), 2, 0.1, 3, 0.1, false));
        g.add(new Group("allocation", "BatchBench.integrate", Map.of("contender", contenders,
                "mode", new String[] {"EXTREME"}, "batchSize", new String[] {"16", "256"}), 2, 0.5, 3, 0.5, true));
        g.add(new Group("allocation, java-simd", "BatchBench.integrate", Map.of("contender", simd,
                "mode", new String[] {"EXTREME"}, "batchSize", new String[] {"16", "256"}), 7, 1, 3, 0.5, true));
        return g;
    }

    /** Runs the groups and writes all their results to {@code resultsJson}. */
    public static void measure(boolean quick, Path resultsJson, PrintStream progress, boolean verbose)
            throws IOException, RunnerException {
        measure(quick, resultsJson, progress, verbose, false);
    }

    /** As above; {@code coldOnly} skips the JMH groups (only the fresh-JVM runs). */
    static void measure(boolean quick, Path resultsJson, PrintStream progress, boolean verbose, boolean coldOnly)
            throws IOException, RunnerException {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode all = mapper.createArrayNode();
        Path dir = Files.createTempDirectory("ballflight-jmh");
        List<Group> groups = coldOnly ? List.of() : groups(quick);
        for (int i = 0; i < groups.size(); i++) {
            Group group = groups.get(i);
            progress.printf("[%d/%d] %s (%s)%n", i + 1, groups.size(), group.label(), group.benchmark());
            Path part = dir.resolve("part-" + i + ".json");
            ChainedOptionsBuilder o = new OptionsBuilder()
                    .include("ballflight\\.bench\\." + group.benchmark().replace(".", "\\.") + "$")
                    .warmupIterations(group.warmups()).warmupTime(millis(group.warmupSeconds()))
                    .measurementIterations(group.iterations()).measurementTime(millis(group.iterationSeconds()))
                    .forks(1).jvmArgsAppend(ForkFlags.ALL.toArray(String[]::new))
                    .shouldFailOnError(true)
                    .verbosity(verbose ? VerboseMode.NORMAL : VerboseMode.SILENT)
                    .resultFormat(ResultFormatType.JSON).result(part.toString());
            group.params().forEach(o::param);
            if (group.gc()) {
                o.addProfiler(GCProfiler.class);
            }
            new Runner(o.build()).run();
            JsonNode rows = mapper.readTree(part.toFile());
            rows.forEach(all::add);
            Files.delete(part);
        }
        Files.delete(dir);
        progress.printf("[cold] time to result in fresh JVMs (%s)%n", ColdSuite.class.getSimpleName());
        ColdSuite.measure(quick, progress).forEach(all::add);
        Path parent = resultsJson.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        mapper.writerWithDefaultPrettyPrinter().writeValue(resultsJson.toFile(), all);
    }

    private static TimeValue millis(double seconds) {
        return TimeValue.milliseconds(Math.round(seconds * 1000));
    }

    /** The method line of the report. */
    static String method(boolean quick) {
        return (quick ? "`ballflight bench --quick`" : "`make bench`") + ": JMH 1.37, 1 fork per configuration,"
                + " average time per call; iterations per group in `ballflight.bench.Suite`";
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new LinkedHashMap<>();
        boolean quick = false;
        boolean coldOnly = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--cold-only" -> coldOnly = true;
                case "--results", "--markdown", "--verdict", "--commit", "--from-results", "--load" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(args[i] + " needs a value");
                    }
                    opts.put(args[i], args[++i]);
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; usage: [--quick] [--cold-only] --results FILE [--markdown FILE] [--verdict FILE] [--commit ID]"
                        + " [--from-results FILE [--load TEXT]]");
            }
        }
        Path results;
        String load = opts.getOrDefault("--load", "not recorded (report of an earlier run)");
        Instant measured;
        if (opts.containsKey("--from-results")) {
            results = Path.of(opts.get("--from-results"));
            measured = Files.getLastModifiedTime(results).toInstant();
        } else {
            String out = opts.get("--results");
            if (out == null) {
                throw new IllegalArgumentException("--results FILE is required (where the raw JMH JSON goes)");
            }
            results = Path.of(out);
            load = Machine.loadAverage();
            measure(quick, results, System.out, true, coldOnly);
            load = load + " before, " + Machine.loadAverage() + " after";
            measured = Instant.now();
        }
        Report.Provenance provenance = new Report.Provenance(
                measured.truncatedTo(ChronoUnit.SECONDS).toString(), Machine.describe(),
                opts.getOrDefault("--commit", "unknown"), method(quick) + "; 1-minute load average " + load);
        Report report = new Report(Report.read(results), provenance, new StepCounts());
        if (opts.containsKey("--markdown")) {
            Files.writeString(Path.of(opts.get("--markdown")), report.markdown());
            System.out.println("wrote " + opts.get("--markdown"));
        }
        if (opts.containsKey("--verdict")) {
            VerdictJson.write(report.verdict(), Path.of(opts.get("--verdict")));
            System.out.println("wrote " + opts.get("--verdict"));
        }
        System.out.println("raw JMH results: " + results);
    }
}
