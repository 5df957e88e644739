package ballflight.bench;

import ballflight.verdict.Contenders;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Time to result in fresh JVMs ({@link ColdRun}, one process per measurement) for every batch
 * contender, mode and number of flights; written as rows shaped like JMH's JSON (benchmark
 * {@value #BENCHMARK}, single-shot, seconds per op) so the results file, {@code --from-results}
 * and the report treat them like the JMH groups.
 */
final class ColdSuite {
    static final String BENCHMARK = "ballflight.bench.ColdRun.timeToResult";
    /** Flights per fresh process: one ball, a small batch, one kernel call, a file's worth. */
    static final int[] FLIGHTS = {1, 256, 4096, 16384};
    static final int[] QUICK_FLIGHTS = {1, 4096};
    static final String[] MODES = {"ACCURATE", "EXTREME"};
    static final List<String> CONTENDERS = List.of(Contenders.JAVA, Contenders.JAVA_PARALLEL, Contenders.JAVA_SIMD,
            Contenders.JAVA_SIMD_PARALLEL, Contenders.NATIVE_ALL_CORES);

    private ColdSuite() {
    }

    /** Runs every configuration once and returns the JMH-shaped rows. */
    static ArrayNode measure(boolean quick, PrintStream progress) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode rows = mapper.createArrayNode();
        int[] flights = quick ? QUICK_FLIGHTS : FLIGHTS;
        for (String mode : MODES) {
            for (int n : flights) {
                List<String> line = new ArrayList<>();
                for (String contender : CONTENDERS) {
                    double seconds = run(contender, mode, n);
                    line.add(contender + " " + String.format(Locale.ROOT, "%.3f s", seconds));
                    ObjectNode row = rows.addObject();
                    row.put("benchmark", BENCHMARK);
                    row.put("mode", "ss");
                    row.put("jdkVersion", System.getProperty("java.version"));
                    row.put("vmName", System.getProperty("java.vm.name"));
                    row.put("forks", 1);
                    row.put("measurementIterations", 1);
                    ObjectNode params = row.putObject("params");
                    params.put("contender", contender);
                    params.put("mode", mode);
                    params.put("batchSize", Integer.toString(n));
                    ObjectNode primary = row.putObject("primaryMetric");
                    primary.put("score", seconds);
                    primary.put("scoreError", Double.NaN);
                    primary.put("scoreUnit", "s/op");
                }
                progress.printf("  cold %s x%d: %s%n", mode.toLowerCase(Locale.ROOT), n, String.join(", ", line));
            }
        }
        return rows;
    }

    /** One fresh JVM: the seconds {@link ColdRun} prints. */
    static double run(String contender, String mode, int flights) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(ForkFlags.ALL);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), ColdRun.class.getName(),
                contender, mode, Integer.toString(flights)));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IOException("cold run " + contender + " " + mode + " x" + flights + " failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            p.destroyForcibly();
        }
        for (String line : out.split("\n")) {
            if (line.startsWith(ColdRun.PREFIX)) {
                return Double.parseDouble(line.substring(ColdRun.PREFIX.length()).split(" ")[0]);
            }
        }
        throw new IOException("cold run " + contender + " printed no time: " + out);
    }
}
