package ballflight.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;

/**
 * One row of JMH's JSON output, with its time converted to seconds per op.
 *
 * @param benchmark class and method, e.g. {@code BatchBench.integrate}
 * @param params the @Param values
 * @param secondsPerOp mean time per op
 * @param errorSecondsPerOp half-width of the 99.9 % confidence interval (NaN with one iteration)
 * @param allocBytesPerOp {@code gc.alloc.rate.norm} if -prof gc ran, else NaN
 * @param jdk JVM of the fork, e.g. {@code 25.0.3 (OpenJDK 64-Bit Server VM)}
 * @param iterations measurement iterations times forks
 */
public record JmhResult(String benchmark, Map<String, String> params, double secondsPerOp, double errorSecondsPerOp,
                        double allocBytesPerOp, String jdk, int iterations) {

    static JmhResult of(JsonNode row) {
        String full = row.path("benchmark").asText();
        String[] parts = full.split("\\.");
        String name = parts.length >= 2 ? parts[parts.length - 2] + "." + parts[parts.length - 1] : full;
        Map<String, String> params = new TreeMap<>();
        row.path("params").properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
        JsonNode primary = row.path("primaryMetric");
        double perUnit = secondsPer(primary.path("scoreUnit").asText());
        double alloc = Double.NaN;
        JsonNode gc = row.path("secondaryMetrics").path("gc.alloc.rate.norm");
        if (!gc.isMissingNode()) {
            alloc = gc.path("score").asDouble(Double.NaN);
        }
        String jdk = row.path("jdkVersion").asText("?") + " (" + row.path("vmName").asText("?") + ")";
        int iterations = row.path("measurementIterations").asInt(0) * Math.max(1, row.path("forks").asInt(1));
        return new JmhResult(name, params, primary.path("score").asDouble(Double.NaN) * perUnit,
                primary.path("scoreError").asDouble(Double.NaN) * perUnit, alloc, jdk, iterations);
    }

    /** Seconds in one unit of an average-time score such as {@code us/op}. */
    static double secondsPer(String unit) {
        return switch (unit) {
            case "s/op" -> 1.0;
            case "ms/op" -> 1e-3;
            case "us/op" -> 1e-6;
            case "ns/op" -> 1e-9;
            default -> throw new IllegalArgumentException("unsupported JMH score unit '" + unit
                    + "': the suite measures average time per op");
        };
    }

    public String param(String key) {
        String v = params.get(key);
        if (v == null) {
            throw new IllegalArgumentException(benchmark + " has no @Param " + key);
        }
        return v;
    }

    /** Error as a fraction of the score; an undefined error counts as 100 % (no decision on it). */
    public double relativeError() {
        double r = errorSecondsPerOp / secondsPerOp;
        return Double.isFinite(r) ? r : 1.0;
    }
}
