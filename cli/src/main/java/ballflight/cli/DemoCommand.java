package ballflight.cli;

import ballflight.engine.FlightSimulator;
import ballflight.model.FlightRequest;
import ballflight.model.FlightResult;
import ballflight.model.InputException;
import ballflight.model.Launch;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ballflight demo}: a table of carry distances over exit velocity and launch angle, then
 * how long the batch took. Spin choice: 1800 rpm backspin for every positive launch angle (a
 * typical line-drive/fly-ball value), none for grounders and flat liners (LA &lt;= 0), so the
 * table shows the effect of speed and angle alone. Distance is to the first ground contact.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = {"Print carry distance (ft) for exit velocity 70..115 mph x launch angle -10..50 deg"
                + " on a standard day, then time one flyAll batch.",
            "Spin: 1800 rpm backspin when the launch angle is > 0, none otherwise; spray 0 (center)."})
final class DemoCommand implements Callable<Integer> {
    static final double BACKSPIN_RPM = 1800;
    static final int MAX_TIMING_FLIGHTS = 1_000_000;

    @Spec
    CommandSpec spec;

    @Mixin
    SimulationOptions simulation;

    @Option(names = "--flights", paramLabel = "N", defaultValue = "4096",
            description = "Flights in the timing batch (1 to 1000000). Default: ${DEFAULT-VALUE}.")
    int timingFlights;

    static List<Double> exitVelocitiesMph() {
        List<Double> v = new ArrayList<>();
        for (int ev = 70; ev <= 115; ev += 5) {
            v.add((double) ev);
        }
        return v;
    }

    static List<Double> launchAnglesDeg() {
        List<Double> v = new ArrayList<>();
        for (int la = -10; la <= 50; la += 10) {
            v.add((double) la);
        }
        return v;
    }

    /** The demo's batted ball for one table cell. */
    static FlightRequest cell(double evMph, double laDeg) {
        return FlightRequest.of(Launch.of(evMph, laDeg).withBackspinRpm(laDeg > 0 ? BACKSPIN_RPM : 0));
    }

    @Override
    public Integer call() {
        if (timingFlights < 1 || timingFlights > MAX_TIMING_FLIGHTS) {
            throw new InputException("flights", "--flights: flights = " + timingFlights
                    + " is out of range: allowed 1 to " + MAX_TIMING_FLIGHTS);
        }
        List<Double> evs = exitVelocitiesMph();
        List<Double> las = launchAnglesDeg();
        List<FlightRequest> table = new ArrayList<>();
        for (double ev : evs) {
            for (double la : las) {
                table.add(cell(ev, la));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        try (FlightSimulator sim = simulation.builder().build()) {
            long t0 = System.nanoTime();
            List<FlightResult> results = sim.flyAll(table);
            long tableNanos = System.nanoTime() - t0;

            List<FlightRequest> timing = timingBatch(timingFlights);
            long t1 = System.nanoTime();
            sim.flyAll(timing);
            long timingNanos = System.nanoTime() - t1;

            out.println("Carry distance (ft) to first ground contact; standard day (70 F, sea level, 29.92 inHg,"
                    + " 50 % humidity), no wind.");
            out.println("Spin: " + (int) BACKSPIN_RPM + " rpm backspin when LA > 0, none otherwise; spray 0 (center),"
                    + " contact height 3 ft.");
            out.println();
            StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-12s", "EV \\ LA"));
            for (double la : las) {
                head.append(String.format(Locale.ROOT, "%7s", Numbers.plain(la)));
            }
            out.println(head.toString().stripTrailing() + "   (deg)");
            int i = 0;
            for (double ev : evs) {
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-12s", Numbers.plain(ev) + " mph"));
                for (int k = 0; k < las.size(); k++) {
                    row.append(String.format(Locale.ROOT, "%7s", Numbers.fixed(results.get(i++).distanceFt(), 0)));
                }
                out.println(row);
            }
            out.println();
            out.println(sim.backendReason());
            out.println(timingLine("table", table.size(), tableNanos) + " (first batch: includes JIT warm-up)");
            out.println(timingLine("timing batch", timing.size(), timingNanos));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** A deterministic spread of realistic batted balls (no randomness: runs are comparable). */
    static List<FlightRequest> timingBatch(int n) {
        List<FlightRequest> requests = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double ev = 60 + (i % 12) * 5;                // 60..115 mph
            double la = -5 + ((i / 12) % 11) * 5;         // -5..45 deg
            double spray = -40 + ((i / 132) % 9) * 10;    // -40..40 deg
            Launch launch = Launch.of(ev, la).withSprayAngleDeg(spray).withBackspinRpm(la > 0 ? BACKSPIN_RPM : 0);
            requests.add(FlightRequest.of(launch));
        }
        return requests;
    }

    private static String timingLine(String what, int flights, long nanos) {
        double ms = nanos / 1e6;
        double perSecond = flights / (nanos / 1e9);
        return String.format(Locale.ROOT, "%s: %d flights in %.1f ms wall clock = %.0f flights/s (one flyAll call)",
                what, flights, ms, perSecond);
    }
}
