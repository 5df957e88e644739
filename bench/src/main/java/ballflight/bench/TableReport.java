package ballflight.bench;

import ballflight.engine.BatchCodec;
import ballflight.kernel.BatchColumn;
import ballflight.kernel.FlightBatch;
import ballflight.kernel.JavaFlightKernel;
import ballflight.kernel.KernelParams;
import ballflight.kernel.SimulationMode;
import ballflight.kernel.TableAccuracy;
import ballflight.model.AeroParameters;
import ballflight.model.DragModel;
import ballflight.model.FlightRequest;
import ballflight.units.Units;
import ballflight.verdict.Contenders;
import ballflight.verdict.TableVerdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The verdict's {@code tables} section from {@link ModelBench}: per drag model and backend, exact
 * vs table single-flight latency, the table's coefficient and carry error, and whether it pays
 * (faster by more than the JMH error).
 */
final class TableReport {
    static final String MODELS = "ModelBench.fly";
    /** Bench flights compared table vs exact for the carry error. */
    static final int DISTANCE_FLIGHTS = 160;

    private TableReport() {
    }

    static List<TableVerdict> verdicts(List<JmhResult> results) {
        List<TableVerdict> out = new ArrayList<>();
        if (results.stream().noneMatch(r -> r.benchmark().equals(MODELS))) {
            return out;
        }
        TableAccuracy acc = TableAccuracy.measure(AeroParameters.CRISIS, 10_000, TableAccuracy.SEED);
        double distanceFt = maxDistanceErrorFt();
        for (String backend : List.of(Contenders.JAVA, Contenders.NATIVE)) {
            find(results, backend, "nathan").ifPresent(n -> out.add(new TableVerdict("nathan", backend,
                    micros(n), 0, 0, 0, 0, 0, 0, false,
                    "no table form: Nathan's Cd is one multiply-add per RK4 stage, cheaper than any table read")));
            Optional<JmhResult> exact = find(results, backend, "crisis");
            Optional<JmhResult> table = find(results, backend, "crisis-table");
            if (exact.isEmpty() || table.isEmpty()) {
                continue;
            }
            JmhResult e = exact.get();
            JmhResult t = table.get();
            double ratio = e.secondsPerOp() / t.secondsPerOp();
            double error = ratio * Math.hypot(e.relativeError(), t.relativeError());
            boolean pays = ratio - error > 1.0;
            String reason = String.format(Locale.ROOT, "table %s: %.2f ± %.2f × the exact form's speed, Cd error"
                    + " mean %.4f %% max %.3f %%, carry within %.3f ft", pays ? "pays" : "does not pay", ratio, error,
                    acc.meanPercent(), acc.maxPercent(), distanceFt);
            out.add(new TableVerdict("crisis", backend, micros(e), micros(t), ratio, error, acc.meanPercent(),
                    acc.maxPercent(), distanceFt, pays, reason));
        }
        return out;
    }

    static String markdown(List<TableVerdict> tables) {
        if (tables.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("## Do lookup tables pay? (`ModelBench`)\n\n");
        md.append("One ACCURATE reference batted ball per call; the table is the crisis law's bilinear"
                + " speed × spin grid (docs/PHYSICS.md).\n\n");
        md.append("| model | backend | exact µs | table µs | exact ÷ table | table pays |\n|---|---|---:|---:|---:|---|\n");
        for (TableVerdict t : tables) {
            md.append(t.tableMicros() == 0
                    ? String.format(Locale.ROOT, "| %s | %s | %.1f | – | – | no table form |%n", t.model(), t.backend(),
                            t.exactMicros())
                    : String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.2f ± %.2f | %s |%n", t.model(), t.backend(),
                            t.exactMicros(), t.tableMicros(), t.ratio(), t.ratioError(), t.pays() ? "yes" : "no"));
        }
        tables.stream().filter(t -> t.tableMicros() > 0).findFirst().ifPresent(t -> md.append(String.format(
                Locale.ROOT, "%nTable error: Cd mean %.4f %%, max %.3f %% over 10,000 random points; carry within"
                        + " %.3f ft of the exact form over %d bench flights (ACCURATE).%n%n",
                t.meanCoefficientErrorPercent(), t.maxCoefficientErrorPercent(), t.maxDistanceErrorFt(),
                DISTANCE_FLIGHTS)));
        return md.toString();
    }

    private static Optional<JmhResult> find(List<JmhResult> results, String backend, String model) {
        return results.stream().filter(r -> r.benchmark().equals(MODELS) && backend.equals(r.param("backend"))
                && model.equals(r.param("model"))).findFirst();
    }

    private static double micros(JmhResult r) {
        return r.secondsPerOp() * 1e6;
    }

    /** Largest end-point distance difference, table vs exact, over the bench's flight spread (Java kernel). */
    static double maxDistanceErrorFt() {
        List<FlightRequest> flights = Flights.spread(DISTANCE_FLIGHTS);
        double[] exact = distances(flights, AeroParameters.CRISIS);
        double[] table = distances(flights, AeroParameters.of(DragModel.CRISIS_TABLE));
        double max = 0;
        for (int i = 0; i < exact.length; i++) {
            max = Math.max(max, Units.metresToFeet(Math.abs(exact[i] - table[i])));
        }
        return max;
    }

    private static double[] distances(List<FlightRequest> flights, AeroParameters aero) {
        try (FlightBatch b = FlightBatch.allocate(flights.size())) {
            for (int i = 0; i < flights.size(); i++) {
                BatchCodec.encode(flights.get(i), aero, b, i);
            }
            b.setSize(flights.size());
            new JavaFlightKernel().integrate(b, KernelParams.of(aero, SimulationMode.ACCURATE.dtSeconds()), null);
            double[] d = new double[flights.size()];
            for (int i = 0; i < d.length; i++) {
                d[i] = Math.hypot(b.get(BatchColumn.X_END, i), b.get(BatchColumn.Y_END, i));
            }
            return d;
        }
    }
}
