package ballflight.season;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The fidelity report as text tables (Locale.ROOT numbers; "-" for an undefined figure). */
public final class FidelityText {
    private FidelityText() {
    }

    public static void write(FidelityReport report, String setting, PrintWriter out) {
        out.printf(Locale.ROOT, "Fidelity vs 2025: %d season%s of %d games, seeds %s (%s)%n",
                report.seeds().size(), report.seeds().size() == 1 ? "" : "s", report.games(),
                report.seeds().stream().map(String::valueOf).collect(Collectors.joining(", ")), setting);
        out.printf(Locale.ROOT, "Rows: mean over seasons (team wins: of the mean wins); per season: r or the value.%n");
        out.printf(Locale.ROOT, "Bound: the r if every simulated expectation were the 2025 value, given the seasons' own scatter.%n");
        out.printf(Locale.ROOT, "Luck: the r if the engine knew every true rate, given the binomial luck in 2025's own numbers"
                + " (ISO and ERA: the engine's own season-to-season scatter, scaled to each player's 2025 at-bats or outs;"
                + " not for BB%%, which the engine takes as an input). The best reachable r is about bound x luck.%n");
        out.printf(Locale.ROOT, "se: the standard error of the row's figure (r, or the value) from the seasons' own scatter"
                + " (team wins: jackknife over the seasons); a target within about 2 se of it is not decided by these seasons.%n%n");
        out.printf(Locale.ROOT, "%-44s %5s %6s %6s %6s %6s %6s %9s %7s  %-28s %-5s %s%n", "measure vs 2025", "n", "r", "se",
                "bound", "luck", "slope", "rms", "value", "target", "holds", "per season");
        for (FidelityRow row : report.rows()) {
            Boolean holds = row.holds();
            out.printf(Locale.ROOT, "%-44s %5s %6s %6s %6s %6s %6s %9s %7s  %-28s %-5s %s%n", row.label(),
                    row.n() == 0 ? "" : fixed(row.n(), 0), fixed(row.r(), 3),
                    fixed(row.se(), row.isCorrelation() ? 3 : 1), fixed(row.bound(), 3), fixed(row.luckBound(), 3),
                    fixed(row.slope(), 2),
                    Double.isNaN(row.rms()) ? "" : fixed(row.rms(), row.rms() < 1 ? 3 : 1) + " " + row.rmsUnit(),
                    fixed(row.value(), 1), row.target().describe(), holds == null ? "" : holds ? "yes" : "no",
                    row.perSeason().stream().map(v -> fixed(v, row.isCorrelation() ? 2 : 1))
                            .collect(Collectors.joining(" ")));
        }
        expected(report, out);
        spreads(report, out);
        out.printf(Locale.ROOT, "%nStandings: simulated wins per 162 (mean, min-max over seasons) beside 2025%n");
        for (FidelityReport.TeamLine t : report.standings()) {
            out.printf(Locale.ROOT, "  %-4s %s %-8s %5.1f (%3.0f-%3.0f)   2025 %3d-%3d%n", t.team(), t.league(),
                    t.division(), t.meanWins(), t.minWins(), t.maxWins(), t.wins2025(), t.losses2025());
        }
        players(out, "Home run leaders (mean over seasons)", "HR", "PA", report.homeRunLeaders(), false);
        players(out, "Strikeout leaders (mean over seasons)", "K", "IP", report.strikeoutLeaders(), true);
        players(out, "Largest workloads against 2025 (limit 1.25 x 2025 IP + 20)", "K", "IP", report.overruns(), true);
    }

    /** The rows that have a Statcast expected stat: how far that outside model gets with 2025, and the engine with it. */
    private static void expected(FidelityReport report, PrintWriter out) {
        block(report, r -> r.expected().isSet(), out, "Statcast's expected stats (from every 2025 batted ball's exit"
                + " velocity and launch angle): r of 2025's expected stat with 2025's value (the x-2025 column: what an"
                + " engine playing each player to his Statcast expectation would reach, before its own luck), and of the"
                + " simulated value with the expected stat (sim-x)",
                "%-44s %-11s %6s %6s   %s%n", new Object[] {"measure", "expected", "x-2025", "sim-x", "sim-x per season"},
                row -> new Object[] {row.label(), row.expected().stat(), fixed(row.expected().r2025(), 3),
                    fixed(row.expected().rSimulated(), 3),
                    row.expected().perSeason().stream().map(v -> fixed(v, 2)).collect(Collectors.joining(" "))});
    }

    /** The rows with a luck bound: how much wider than 2025's the engine's talents spread, and the r each spread allows. */
    private static void spreads(FidelityReport report, PrintWriter out) {
        block(report, r -> TalentSpread.of(r).isSet(), out, "Talent spread: how much more the simulated players (teams)"
                + " differ in their true rates than 2025's did (slope / r x bound / luck; 1: as much), the best r at that"
                + " spread (bound x luck), the best r at 2025's own spread (what an engine playing exactly 2025's talents"
                + " could show, before inputs measured on the same 2025 balls), and the engine's true rates against 2025's"
                + " values whatever their spread (talent r = r / bound: how well it orders the players); gap: the target's r"
                + " less the best r at 2025's spread (above 0: out of reach for an engine playing 2025's talents)",
                "%-44s %6s %7s %11s %10s %7s   %s%n",
                new Object[] {"measure", "spread", "best r", "at 2025's", "talent r", "gap", "target"},
                row -> {
                    TalentSpread t = TalentSpread.of(row);
                    return new Object[] {row.label(), fixed(t.spread(), 2), fixed(t.bestR(), 3),
                        fixed(t.bestRAtRealSpread(), 3), fixed(t.talentR(), 3), signed(t.targetGap(row.target()), 3),
                        row.target().describe()};
                });
    }

    /** A block of some rows after the main table: its introduction, a header and one line per row; nothing if no row has it. */
    private static void block(FidelityReport report, Predicate<FidelityRow> has, PrintWriter out, String intro,
                              String format, Object[] header, Function<FidelityRow, Object[]> line) {
        List<FidelityRow> rows = report.rows().stream().filter(has).toList();
        if (rows.isEmpty()) {
            return;
        }
        out.printf(Locale.ROOT, "%n%s%n", intro);
        out.printf(Locale.ROOT, format, header);
        for (FidelityRow row : rows) {
            out.printf(Locale.ROOT, format, line.apply(row));
        }
    }

    private static void players(PrintWriter out, String title, String count, String time,
                                List<FidelityReport.PlayerLine> lines, boolean pitchers) {
        out.printf(Locale.ROOT, "%n%s%n  %-24s %-4s %6s %6s   %7s %7s%s%n", title, "", "", count, time, "2025 " + count,
                "2025 " + time, pitchers ? "  2025 G" : "");
        for (FidelityReport.PlayerLine p : lines) {
            out.printf(Locale.ROOT, "  %-24s %-4s %6.1f %6.1f   %7d %7s%s%n", p.name(), p.team(), p.count(),
                    p.playingTime(), p.count2025(), fixed(p.playingTime2025(), pitchers ? 1 : 0),
                    pitchers ? String.format(Locale.ROOT, "  %6d", p.games2025()) : "");
        }
    }

    /** As {@link #fixed} with a sign: a gap reads +0.048 or -0.047. */
    static String signed(double v, int decimals) {
        String f = fixed(v, decimals);
        return Double.isNaN(v) || f.startsWith("-") ? f : "+" + f;
    }

    static String fixed(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "-";
        }
        double scale = Math.pow(10, decimals);
        return String.format(Locale.ROOT, "%." + decimals + "f", Math.round(v * scale) / scale + 0.0);
    }
}
