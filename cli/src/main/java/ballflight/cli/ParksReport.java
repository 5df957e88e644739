package ballflight.cli;

import ballflight.fielding.FenceCrossing;
import ballflight.fielding.HomeRunParks;
import ballflight.fielding.ParkVerdict;
import ballflight.model.Wind;
import ballflight.units.Decimals;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How {@code parks} prints its answers: text for people, CSV and JSON for tools. */
final class ParksReport {
    private ParksReport() {
    }

    /** One ball: the verdict, then every park from the most to the least room to spare. */
    static void text(HomeRunParks.Answer a, PrintWriter out) {
        out.println(a.verdict() + (a.outlier().isEmpty() ? "" : ": " + a.outlier()));
        out.println();
        out.println(String.format(Locale.ROOT, "%-4s %-30s %6s %-10s %7s %6s %8s %6s %7s  %s", "park", "venue", "temp F",
                "wind mph", "carry", "spray", "fence ft", "wall", "height", "result"));
        List<ParkVerdict> sorted = new ArrayList<>(a.parks());
        sorted.sort(Comparator.comparingDouble(ParksReport::sortKey).reversed());
        for (ParkVerdict v : sorted) {
            FenceCrossing c = v.crossing();
            out.println(String.format(Locale.ROOT, "%-4s %-30s %6s %-10s %7s %6s %8s %6s %7s  %s", v.park().team(),
                    v.park().venue(), Numbers.fixed(v.park().atmosphere().temperatureF(), 0), wind(v.park().wind()),
                    Numbers.fixed(v.carryFt(), 1),
                    c == null ? "" : Numbers.fixed(c.sprayDeg(), 1), c == null ? "" : Numbers.fixed(c.distanceFt(), 1),
                    c == null ? "" : Numbers.fixed(c.wallHeightFt(), 1), c == null ? "" : Numbers.fixed(c.heightFt(), 1),
                    result(v)).stripTrailing());
        }
        out.println();
        out.println("HR at:  " + teams(a.gone()));
        out.println("in at:  " + teams(a.inThePark()));
    }

    /** The park's wind for people: "1.5 in", "3.1 out" (within 22.5 degrees of center), else "2.0 to 90". */
    static String wind(Wind w) {
        if (w == null || w.speedMph() < 0.05) {
            return "calm";
        }
        double dir = w.directionDeg();
        String toward = Math.abs(dir) <= 22.5 ? "out" : Math.abs(dir) >= 157.5 ? "in" : "to " + Numbers.fixed(dir, 0);
        return Numbers.fixed(w.speedMph(), 1) + " " + toward;
    }

    /** Many balls: one verdict line each. */
    static void textLines(List<HomeRunParks.Answer> answers, PrintWriter out) {
        for (int i = 0; i < answers.size(); i++) {
            HomeRunParks.Answer a = answers.get(i);
            out.println(String.format(Locale.ROOT, "%4d  %5s mph %5s deg spray %6s  %s%s", i + 1,
                    Numbers.fixed(a.launch().exitVelocityMph(), 1), Numbers.fixed(a.launch().launchAngleDeg(), 1),
                    Numbers.fixed(a.launch().sprayAngleDeg(), 1), a.verdict(),
                    a.outlier().isEmpty() ? "" : ": " + a.outlier()));
        }
    }

    static final List<String> PARK_COLUMNS = List.of("team", "venue", "temperature_f", "wind_speed_mph", "wind_direction_deg",
            "carry_ft", "crossing_spray_deg", "fence_distance_ft", "wall_height_ft", "height_at_fence_ft", "home_run");

    /** One row per park. */
    static List<List<Object>> parkRows(HomeRunParks.Answer a) {
        List<List<Object>> rows = new ArrayList<>();
        for (ParkVerdict v : a.parks()) {
            rows.add(new ArrayList<>(parkJson(v).values()));
        }
        return rows;
    }

    static Map<String, Object> json(HomeRunParks.Answer a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("exit_velocity_mph", a.launch().exitVelocityMph());
        m.put("launch_angle_deg", a.launch().launchAngleDeg());
        m.put("spray_angle_deg", a.launch().sprayAngleDeg());
        m.put("backspin_rpm", a.launch().backspinRpm());
        m.put("sidespin_rpm", a.launch().sidespinRpm());
        m.put("home_run_parks", a.homeRuns());
        m.put("verdict", a.verdict());
        m.put("outlier", a.outlier());
        m.put("hr_at", a.gone().stream().map(v -> v.park().team()).toList());
        m.put("in_at", a.inThePark().stream().map(v -> v.park().team()).toList());
        m.put("parks", a.parks().stream().map(ParksReport::parkJson).toList());
        return m;
    }

    private static Map<String, Object> parkJson(ParkVerdict v) {
        FenceCrossing c = v.crossing();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("team", v.park().team());
        m.put("venue", v.park().venue());
        m.put("temperature_f", Decimals.round(v.park().atmosphere().temperatureF(), 1));
        m.put("wind_speed_mph", Decimals.round(v.park().wind().speedMph(), 1));
        m.put("wind_direction_deg", Decimals.round(v.park().wind().directionDeg(), 1));
        m.put("carry_ft", Decimals.round(v.carryFt(), 1));
        m.put("crossing_spray_deg", c == null ? null : Decimals.round(c.sprayDeg(), 2));
        m.put("fence_distance_ft", c == null ? null : Decimals.round(c.distanceFt(), 1));
        m.put("wall_height_ft", c == null ? null : Decimals.round(c.wallHeightFt(), 1));
        m.put("height_at_fence_ft", c == null ? null : Decimals.round(c.heightFt(), 2));
        m.put("home_run", v.homeRun());
        return m;
    }

    private static double sortKey(ParkVerdict v) {
        return Double.isNaN(v.marginFt()) ? -1e6 + v.carryFt() : v.marginFt();
    }

    private static String result(ParkVerdict v) {
        if (v.homeRun()) {
            return String.format(Locale.ROOT, "HR (%s ft over)", Numbers.fixed(v.marginFt(), 1));
        }
        if (v.crossing() == null) {
            return "in play, short of the wall";
        }
        if (!v.crossing().fair()) {
            return "foul";
        }
        return String.format(Locale.ROOT, "off the wall (%s ft below the top)", Numbers.fixed(-v.marginFt(), 1));
    }

    private static String teams(List<ParkVerdict> vs) {
        return vs.isEmpty() ? "none" : String.join(" ", vs.stream().map(v -> v.park().team()).toList());
    }
}
