package ballflight.cli;

import ballflight.projection.Estimate;
import ballflight.projection.ProjectionJson;
import ballflight.projection.ProjectionResult;
import ballflight.projection.ProjectionTable;
import ballflight.projection.Reached;
import ballflight.projection.TeamChange;
import ballflight.projection.TeamProjection;
import ballflight.season.Divisions;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A projection as text (aligned tables), CSV (one row per team) or JSON. Nothing here depends on timing. */
final class ProjectionReport {
    private static final Divisions D = Divisions.mlb2025();

    private ProjectionReport() {
    }

    static void text(ProjectionResult r, String mode, PrintWriter out) {
        out.printf(Locale.ROOT, "%d seasons of 2025 (seed %d, %s); +- is the Monte Carlo standard error%n%n", r.seasons(),
                r.seed(), mode);
        table(r.table(), out);
        if (r.baseline() != null) {
            out.printf(Locale.ROOT, "%nBaseline: the 2025 league on the same seeds%n%n");
            table(r.baseline(), out);
            out.printf(Locale.ROOT, "%nChange from the baseline (changed - baseline, paired by season; +- is the paired"
                    + " standard error, indep. what two independent runs of %d seasons would give)%n%n", r.seasons());
            out.printf(Locale.ROOT, "%-4s %-3s %-8s %13s %7s %13s %13s %13s %13s %13s%n", "team", "lg", "div", "wins",
                    "indep.", "P(div) pts", "P(bye) pts", "P(post) pts", "P(pennant)", "P(WS) pts");
            for (TeamChange c : ProjectionJson.sortedChanges(r.changes())) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-4s %-3s %-8s %13s %7.2f", c.team(),
                        D.league().get(c.team()), D.division().get(c.team()), signed(c.wins(), 1, 2),
                        c.independentWinsStandardError()));
                for (Reached s : Reached.values()) {
                    line.append(String.format(Locale.ROOT, " %13s", signed(percent(c.odds(s)), 1, 1)));
                }
                out.println(line);
            }
        }
    }

    private static void table(ProjectionTable t, PrintWriter out) {
        out.printf(Locale.ROOT, "%-4s %-3s %-8s %6s %5s %5s %4s %4s %4s %12s %12s %12s %12s %12s%n", "team", "lg", "div",
                "wins", "+-", "sd", "p5", "p50", "p95", "P(div) %", "P(bye) %", "P(post) %", "P(pennant) %", "P(WS) %");
        for (TeamProjection p : t.teams()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-4s %-3s %-8s %6.1f %5.2f %5.1f %4d %4d %4d",
                    p.team(), D.league().get(p.team()), D.division().get(p.team()), p.meanWins(), p.meanWinsStandardError(),
                    p.sdWins(), p.p5Wins(), p.p50Wins(), p.p95Wins()));
            for (Reached s : Reached.values()) {
                Estimate e = percent(p.odds(s));
                line.append(String.format(Locale.ROOT, " %12s", String.format(Locale.ROOT, "%.1f+-%.1f", e.value(),
                        e.standardError())));
            }
            out.println(line);
        }
    }

    private static Estimate percent(Estimate e) {
        return new Estimate(100 * e.value(), 100 * e.standardError());
    }

    private static String signed(Estimate e, int valueDecimals, int errorDecimals) {
        return String.format(Locale.ROOT, "%+." + valueDecimals + "f+-%." + errorDecimals + "f", e.value(), e.standardError());
    }

    static Map<String, Object> json(ProjectionResult r, String mode) {
        return ProjectionJson.of(r, mode);
    }

    /** One row per team of the projected league; with a comparison, the change columns follow. */
    static void csv(ProjectionResult r, PrintWriter out) {
        Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
        if (r.baseline() != null) {
            r.changes().forEach(c -> changes.put(c.team(), ProjectionJson.change(c)));
        }
        boolean header = true;
        for (TeamProjection p : r.table().teams()) {
            Map<String, Object> row = ProjectionJson.row(p);
            Map<String, Object> c = changes.get(p.team());
            if (c != null) {
                c.forEach((k, v) -> {
                    if (!k.equals("team")) {
                        row.put(k, v);
                    }
                });
            }
            if (header) {
                out.println(String.join(",", row.keySet()));
                header = false;
            }
            out.println(String.join(",", row.values().stream().map(String::valueOf).toList()));
        }
    }
}
