package ballflight.reference;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.kernel.FlightOutput;
import ballflight.kernel.FlightRow;
import ballflight.kernel.JavaFlightKernel;
import ballflight.kernel.KernelParams;
import ballflight.kernel.KernelRun;
import ballflight.kernel.SimulationMode;
import ballflight.model.AeroParameters;
import ballflight.model.Atmosphere;
import ballflight.model.FlightRequest;
import ballflight.model.Launch;
import ballflight.model.Wind;
import ballflight.units.Units;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the Java kernel against the Hipparchus reference over a seeded spread of batted balls,
 * in every mode, and writes the table to {@code target/accuracy.md} (and to
 * {@code docs/ACCURACY.md} with {@code -Dballflight.accuracy.write=true}).
 */
class AccuracyTest {
    static final long SEED = 20261129L;
    static final int CASES = 240;
    static final String WRITE_PROPERTY = "ballflight.accuracy.write";
    /** Envelope cases for tolerance stepping: a sample in {@code make test}, 10,000 in {@code make accuracy}. */
    static final String CASES_PROPERTY = "ballflight.accuracy.cases";
    static final int SAMPLE_CASES = 300;
    private static ToleranceAccuracy toleranceAccuracy;

    private static final AeroParameters AERO = AeroParameters.NATHAN;
    private static List<FlightRequest> requests;
    private static List<FlightOutput> reference;
    private static final Map<SimulationMode, Stats> STATS = new EnumMap<>(SimulationMode.class);

    /** Max and mean absolute errors of one mode. */
    record Stats(double maxDistanceFt, double meanDistanceFt, double maxHangS, double meanHangS,
                 double maxApexFt, double meanApexFt) {
    }

    @BeforeAll
    static void measure() throws IOException {
        requests = cases();
        ReferenceModel model = ReferenceModel.of(AERO);
        reference = new ArrayList<>();
        List<FlightRow> rows = new ArrayList<>();
        for (FlightRequest r : requests) {
            FlightRow row = FlightRow.of(r, AERO);
            rows.add(row);
            reference.add(ReferenceFlight.fly(row, model, KernelParams.DEFAULT_MAX_TIME_SECONDS));
        }
        JavaFlightKernel kernel = new JavaFlightKernel();
        for (SimulationMode mode : SimulationMode.values()) {
            KernelParams params = KernelParams.of(AERO, mode.dtSeconds());
            STATS.put(mode, stats(KernelRun.fly(kernel, params, rows)));
        }
        toleranceAccuracy = ToleranceAccuracy.measure(AERO, Integer.getInteger(CASES_PROPERTY, SAMPLE_CASES));
        String table = table() + "\n" + toleranceAccuracy.markdown();
        Path target = basedir().resolve("target/accuracy.md");
        Files.createDirectories(target.getParent());
        Files.writeString(target, table);
        if (Boolean.getBoolean(WRITE_PROPERTY)) {
            Path doc = basedir().resolve("../docs/ACCURACY.md").normalize();
            Files.createDirectories(doc.getParent());
            Files.writeString(doc, table);
        }
        System.out.print(table);
    }

    /** Seeded batted balls: EV 50..120 mph, LA -20..70 deg, spin 0..4000 rpm, weather and wind. */
    static List<FlightRequest> cases() {
        RandomGenerator rnd = RandomGeneratorFactory.of("L64X128MixRandom").create(SEED);
        List<FlightRequest> list = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            double spin = rnd.nextDouble(0, 4000);
            double back = spin;
            double side = 0;
            int kind = i % 8;
            if (kind == 5) {
                back = -Math.min(spin, 2500); // topspin
            } else if (kind == 6 || kind == 7) {
                double tilt = rnd.nextDouble(-Math.PI / 3, Math.PI / 3);
                back = spin * Math.cos(tilt);
                side = spin * Math.sin(tilt);
            }
            Launch launch = new Launch(rnd.nextDouble(50, 120), rnd.nextDouble(-20, 70), rnd.nextDouble(-45, 45),
                    back, side, rnd.nextDouble(1, 5));
            Atmosphere air = new Atmosphere(rnd.nextDouble(40, 100), rnd.nextDouble(0, 5500),
                    rnd.nextDouble(29.5, 30.3), rnd.nextDouble(10, 90));
            Wind wind = switch (i % 3) {
                case 0 -> Wind.CALM;
                case 1 -> Wind.of(rnd.nextDouble(0, 20), rnd.nextDouble(-180, 180));
                default -> new Wind(rnd.nextDouble(0, 20), rnd.nextDouble(-180, 180), rnd.nextDouble(0.1, 0.4),
                        rnd.nextDouble(10, 60));
            };
            list.add(FlightRequest.of(launch).withAtmosphere(air).withWind(wind));
        }
        return list;
    }

    private static Stats stats(List<FlightOutput> out) {
        double[] max = new double[3];
        double[] sum = new double[3];
        for (int i = 0; i < out.size(); i++) {
            FlightOutput k = out.get(i);
            FlightOutput r = reference.get(i);
            double[] err = {
                Units.metresToFeet(Math.abs(k.distance() - r.distance())),
                Math.abs(k.tEnd() - r.tEnd()),
                Units.metresToFeet(Math.abs(k.apexZ() - r.apexZ())),
            };
            for (int j = 0; j < 3; j++) {
                max[j] = Math.max(max[j], err[j]);
                sum[j] += err[j];
            }
        }
        int n = out.size();
        return new Stats(max[0], sum[0] / n, max[1], sum[1] / n, max[2], sum[2] / n);
    }

    private static String table() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Accuracy of the kernels\n\n");
        sb.append("Generated by `AccuracyTest` (java-core/src/test/java/ballflight/reference/AccuracyTest.java). ");
        sb.append("Do not edit by hand. Regenerate from the repository root with:\n\n");
        sb.append("    make accuracy      # 10,000 envelope cases for tolerance stepping, about a minute\n\n");
        sb.append("(`mvn -B -ntp -pl java-core verify -Dtest=AccuracyTest -Dsurefire.failIfNoSpecifiedTests=false "
                + "-Dballflight.accuracy.write=true -Dballflight.accuracy.cases=10000`). `make test` runs the same "
                + "test on a " + SAMPLE_CASES + "-case sample and writes its tables to `java-core/target/accuracy.md`.\n\n");
        sb.append("## Fixed RK4 steps (`--mode`)\n\n");
        sb.append(String.format(Locale.ROOT, "%d seeded batted balls (seed %d): exit velocity 50-120 mph, "
                + "launch angle -20 to 70 deg, spray -45 to 45 deg, spin 0-4000 rpm (pure backspin, topspin "
                + "on 1 in 8, tilted axis with sidespin on 2 in 8), 40-100 F, 0-5500 ft elevation; "
                + "a third calm, a third uniform wind up to 20 mph, a third sheared wind (exponent 0.1-0.4).%n%n",
                CASES, SEED));
        sb.append("Reference: the same model integrated by Hipparchus `DormandPrince853Integrator` (abs tol 1e-11, "
                + "rel tol 1e-12) with event detection for landing and apex (`ReferenceFlight`). Errors are "
                + "absolute differences kernel minus reference.\n\n");
        sb.append("| mode | dt (s) | max distance err (ft) | mean distance err (ft) | max hang-time err (s) "
                + "| mean hang-time err (s) | max apex err (ft) | mean apex err (ft) |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<SimulationMode, Stats> e : STATS.entrySet()) {
            Stats s = e.getValue();
            sb.append(String.format(Locale.ROOT, "| %s | %.3f | %.2e | %.2e | %.2e | %.2e | %.2e | %.2e |%n",
                    e.getKey().name(), e.getKey().dtSeconds(), s.maxDistanceFt, s.meanDistanceFt, s.maxHangS,
                    s.meanHangS, s.maxApexFt, s.meanApexFt));
        }
        sb.append("\nThe numbers are deterministic (seeded cases, no timings), so regenerating on another machine "
                + "should not change them; speed is measured by the bench module.\n");
        sb.append("\nAsserted by the test: ACCURATE within 0.02 ft (distance, apex) and 1e-4 s (hang time); "
                + "every mode within 0.25 ft. "
                + "The kernel contract suite (`KernelContractTest`) holds every mode to 1e-4 m and 1e-5 s on its "
                + "own drag-only, full-model, wind, shear, spin-decay, fence, stop-plane and time-limit cases.\n");
        return sb.toString();
    }

    private static Path basedir() {
        return Path.of(System.getProperty("basedir", "."));
    }

    @Test
    void accurateModeMatchesTheReference() {
        Stats s = STATS.get(SimulationMode.ACCURATE);
        assertThat(s.maxDistanceFt).as("ACCURATE distance error, ft").isLessThan(0.02);
        assertThat(s.maxApexFt).as("ACCURATE apex error, ft").isLessThan(0.02);
        assertThat(s.maxHangS).as("ACCURATE hang-time error, s").isLessThan(1e-4);
    }

    @Test
    void everyModeIsWithinAQuarterFoot() {
        for (Map.Entry<SimulationMode, Stats> e : STATS.entrySet()) {
            assertThat(e.getValue().maxDistanceFt).as(e.getKey() + " distance error, ft").isLessThan(0.25);
            assertThat(e.getValue().maxApexFt).as(e.getKey() + " apex error, ft").isLessThan(0.25);
        }
    }

    @Test
    void toleranceSteppingStaysWithinItsToleranceOnEveryOutput() {
        for (Map.Entry<Double, ToleranceAccuracy.ClassStats[]> e : toleranceAccuracy.tolerance.entrySet()) {
            for (ToleranceAccuracy.ClassStats s : e.getValue()) {
                assertThat(s.flights()).isPositive();
                assertThat(s.worstFt()).as("tolerance %s ft: worst error in tolerance ft, %s", e.getKey(), s.max())
                        .isLessThanOrEqualTo(e.getKey());
            }
        }
    }

    @Test
    void toleranceSteppingTakesFewerEvaluationsThanTheFixedStepMeetingTheSameBudget() {
        double tol = 0.01;
        ToleranceAccuracy.ClassStats batted = toleranceAccuracy.tolerance.get(tol)[0];
        // The largest fixed step whose batted-ball worst case meets the budget, and its evaluations.
        double fixedEvaluations = Double.POSITIVE_INFINITY;
        for (Map.Entry<Double, double[]> e : toleranceAccuracy.fixedWorst.entrySet()) {
            if (e.getValue()[0] <= tol) {
                fixedEvaluations = Math.min(fixedEvaluations,
                        4.0 * toleranceAccuracy.fixedSteps.get(e.getKey())[0] / batted.flights());
            }
        }
        assertThat(batted.evaluationsPerFlight()).isLessThan(fixedEvaluations);
    }

    @Test
    void casesSpanTheRequiredRanges() {
        assertThat(requests).hasSizeGreaterThanOrEqualTo(200);
        assertThat(reference).allSatisfy(r -> assertThat(r.reason()).isEqualTo(ballflight.model.EndReason.GROUND));
    }
}
