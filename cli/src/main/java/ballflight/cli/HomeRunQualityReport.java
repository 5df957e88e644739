package ballflight.cli;

import ballflight.game.Rosters;
import ballflight.season.HomeRunQuality;
import ballflight.units.Decimals;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code season --hr-quality} as text (the top hitters and pitchers) and JSON (everyone). */
final class HomeRunQualityReport {
    static final int TOP = 15;

    private HomeRunQualityReport() {
    }

    static void text(HomeRunQuality q, PrintWriter out) {
        HomeRunQuality.Line l = q.league();
        out.printf(Locale.ROOT, "%nHome-run quality: every fair ball flown in all 30 parks (season-average air)%n");
        out.printf(Locale.ROOT, "  league: %d balls, %d HR, xHR %.1f; balls gone in 30 parks (no-doubters) %d,"
                        + " in 8-29 %d, in 1-7 (doubters) %d; no-doubters per HR %.1f %%%n", l.balls(), l.homeRuns(),
                l.xhr(), l.noDoubters(), l.mostlyGone(), l.doubters(), pct(l.noDoubters(), l.homeRuns()));
        // The depth players stand for many players each (Rosters): JSON has them, the tables do not.
        table(out, "Hitters by xHR", q.hitters().stream().filter(h -> !h.name().startsWith(Rosters.DEPTH_BAT)).toList());
        table(out, "Pitchers by xHR allowed", q.pitchers().stream()
                .filter(p -> !p.name().startsWith(Rosters.DEPTH_ARM)).toList());
    }

    private static void table(PrintWriter out, String title, List<HomeRunQuality.Line> lines) {
        out.printf(Locale.ROOT, "%n%s%n  %-24s %-4s %5s %5s %6s %11s %11s %8s%n", title, "", "", "balls", "HR", "xHR",
                "no-doubters", "mostly gone", "doubters");
        for (HomeRunQuality.Line h : lines.subList(0, Math.min(TOP, lines.size()))) {
            out.printf(Locale.ROOT, "  %-24s %-4s %5d %5d %6.1f %11d %11d %8d%n", h.name(), h.team(), h.balls(),
                    h.homeRuns(), h.xhr(), h.noDoubters(), h.mostlyGone(), h.doubters());
        }
    }

    static Map<String, Object> json(HomeRunQuality q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("league", line(q.league()));
        m.put("hitters", q.hitters().stream().map(HomeRunQualityReport::line).toList());
        m.put("pitchers", q.pitchers().stream().map(HomeRunQualityReport::line).toList());
        return m;
    }

    private static Map<String, Object> line(HomeRunQuality.Line l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", l.name());
        m.put("team", l.team());
        m.put("balls", l.balls());
        m.put("hr", l.homeRuns());
        m.put("xhr", Decimals.round(l.xhr(), 2));
        m.put("no_doubters", l.noDoubters());
        m.put("mostly_gone", l.mostlyGone());
        m.put("doubters", l.doubters());
        return m;
    }

    private static double pct(int part, int of) {
        return of == 0 ? 0.0 : 100.0 * part / of;
    }
}
