package ballflight.reference;

import ballflight.kernel.FlightOutput;
import ballflight.kernel.FlightRow;
import ballflight.kernel.JavaFlightKernel;
import ballflight.kernel.KernelParams;
import ballflight.kernel.KernelRun;
import ballflight.kernel.Stepping;
import ballflight.model.AeroParameters;
import ballflight.model.FlightRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tolerance stepping against the Hipparchus reference over {@link EnvelopeCases}, and, on the same
 * cases, the fixed RK4 step each flight class would need for the same budget: the measurement
 * behind the choice of an adaptive pair over a table of fixed steps.
 */
final class ToleranceAccuracy {
    static final long SEED = 20261204L;
    static final double[] TOLERANCES_FT = {0.001, 0.01, 0.1};
    static final double[] FIXED_DT_S = {0.001, 0.002, 0.005, 0.01, 0.02, 0.03, 0.05, 0.1};

    /** Worst errors of one class of flights and the steps taken. */
    record ClassStats(OutputErrors max, double worstFt, long flights, long accepted, long rejected) {
        double evaluationsPerFlight() {
            return flights == 0 ? 0 : (6.0 * (accepted + rejected) + flights) / flights;
        }
    }

    final int count;
    final Map<Double, ClassStats[]> tolerance = new LinkedHashMap<>();
    final Map<Double, double[]> fixedWorst = new LinkedHashMap<>();
    final Map<Double, long[]> fixedSteps = new LinkedHashMap<>();

    private ToleranceAccuracy(int count) {
        this.count = count;
    }

    static ToleranceAccuracy measure(AeroParameters aero, int count) {
        ToleranceAccuracy a = new ToleranceAccuracy(count);
        List<FlightRequest> requests = EnvelopeCases.cases(SEED, count);
        ReferenceModel model = ReferenceModel.of(aero);
        List<FlightRow> rows = new ArrayList<>(count);
        List<FlightOutput> reference = new ArrayList<>(count);
        for (FlightRequest r : requests) {
            FlightRow row = FlightRow.of(r, aero);
            rows.add(row);
            reference.add(ReferenceFlight.fly(row, model, KernelParams.DEFAULT_MAX_TIME_SECONDS));
        }
        JavaFlightKernel kernel = new JavaFlightKernel();
        for (double tol : TOLERANCES_FT) {
            KernelParams params = Stepping.tolerance(tol).params(aero);
            ClassStats[] perClass = new ClassStats[2];
            for (int pitch = 0; pitch < 2; pitch++) {
                List<Integer> idx = classIndices(count, pitch == 1);
                List<FlightRow> sub = idx.stream().map(rows::get).toList();
                long[] before = JavaFlightKernel.toleranceStepCounts();
                List<FlightOutput> out = KernelRun.fly(kernel, params, sub);
                long[] after = JavaFlightKernel.toleranceStepCounts();
                OutputErrors max = OutputErrors.ZERO;
                double worst = 0;
                for (int k = 0; k < idx.size(); k++) {
                    OutputErrors e = OutputErrors.of(out.get(k), reference.get(idx.get(k)));
                    max = max.max(e);
                    worst = Math.max(worst, e.worstFt());
                }
                perClass[pitch] = new ClassStats(max, worst, idx.size(), after[0] - before[0], after[1] - before[1]);
            }
            a.tolerance.put(tol, perClass);
        }
        for (double dt : FIXED_DT_S) {
            KernelParams params = KernelParams.of(aero, dt);
            double[] worst = new double[2];
            long[] steps = new long[2];
            for (int pitch = 0; pitch < 2; pitch++) {
                List<Integer> idx = classIndices(count, pitch == 1);
                List<FlightOutput> out = KernelRun.fly(kernel, params, idx.stream().map(rows::get).toList());
                for (int k = 0; k < idx.size(); k++) {
                    FlightOutput o = out.get(k);
                    worst[pitch] = Math.max(worst[pitch], OutputErrors.of(o, reference.get(idx.get(k))).worstFt());
                    steps[pitch] += (long) Math.ceil(o.tEnd() / dt - 1e-9);
                }
            }
            a.fixedWorst.put(dt, worst);
            a.fixedSteps.put(dt, steps);
        }
        return a;
    }

    private static List<Integer> classIndices(int count, boolean pitches) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (EnvelopeCases.isPitch(i) == pitches) {
                idx.add(i);
            }
        }
        return idx;
    }

    /** The markdown section of docs/ACCURACY.md. */
    String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("## Tolerance stepping (`--tolerance FT`)\n\n");
        sb.append(String.format(Locale.ROOT, "%d seeded cases (seed %d, `EnvelopeCases`): three in four batted "
                + "balls (exit velocity 30-125 mph, launch -30..85 deg, spray -50..50 deg, contact 1-5 ft, half toward "
                + "a fence 300-420 ft away and 8-25 ft high), one in four a pitch (65-102 mph from 50-55 ft toward the "
                + "zone, stopped at the front of the plate); spin 0-5000 rpm (pitches 0-3500) about a uniformly random "
                + "axis; -20..110 F, 0-7000 ft, 28.5-30.8 inHg, 5-95 %% humidity; a third calm, a third uniform wind "
                + "and a third sheared wind (exponent 0.1-0.4), up to 40 mph from any direction. Same reference as "
                + "above.%n%n", count, SEED));
        sb.append("Error in tolerance feet = the largest of the distance, apex and fence-height errors (ft), "
                + "100 x the hang-time error (s) and 10 x the plate-crossing x/z error of a pitch (ft): the "
                + "tolerance holds when it is at most FT. Evaluations = model evaluations per flight "
                + "(6 per accepted or rejected Dormand-Prince step, 1 to start).\n\n");
        sb.append("| tolerance (ft) | class | flights | max distance (ft) | max apex (ft) | max fence height (ft) "
                + "| max hang time (s) | max plate x/z (ft) | worst, tolerance ft | steps / flight "
                + "| rejected / flight | evaluations / flight |\n");
        sb.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<Double, ClassStats[]> e : tolerance.entrySet()) {
            for (int pitch = 0; pitch < 2; pitch++) {
                ClassStats s = e.getValue()[pitch];
                OutputErrors m = s.max();
                sb.append(String.format(Locale.ROOT,
                        "| %s | %s | %d | %.2e | %.2e | %.2e | %.2e | %.2e | %.2e | %.1f | %.1f | %.0f |%n",
                        e.getKey(), pitch == 1 ? "pitch" : "batted ball", s.flights(), m.distanceFt(), m.apexFt(),
                        m.fenceFt(), m.hangS(), m.plateFt(), s.worstFt(), (double) s.accepted() / s.flights(),
                        (double) s.rejected() / s.flights(), s.evaluationsPerFlight()));
            }
        }
        sb.append("\nThe alternative, a fixed RK4 step per flight class chosen from a table, on the same cases "
                + "(4 evaluations per step):\n\n");
        sb.append("| RK4 step (s) | batted balls: worst, tolerance ft | evaluations / flight | pitches: worst, "
                + "tolerance ft | evaluations / flight |\n|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<Double, double[]> e : fixedWorst.entrySet()) {
            long[] steps = fixedSteps.get(e.getKey());
            ClassStats[] any = tolerance.values().iterator().next();
            sb.append(String.format(Locale.ROOT, "| %.3f | %.2e | %.0f | %.2e | %.0f |%n", e.getKey(),
                    e.getValue()[0], 4.0 * steps[0] / any[0].flights(), e.getValue()[1],
                    4.0 * steps[1] / any[1].flights()));
        }
        sb.append("\nFor the same verified budget the fixed step must suit the hardest flight of its class (such as a "
                + "ball that skims the ground in a strongly sheared wind), so it needs several times the evaluations of the adaptive pair, which spends small "
                + "steps only where a flight needs them: tolerance stepping uses Dormand-Prince 5(4).\n");
        return sb.toString();
    }
}
