package ballflight.game;

import java.util.List;
import java.util.Locale;

/** Text line score and box score of a finished game. */
public final class BoxScore {
    private BoxScore() {
    }

    /** Inning-by-inning runs with R H E; an unplayed bottom half shows as X. */
    public static String lineScore(GameResult g) {
        StringBuilder s = new StringBuilder();
        int n = g.innings();
        s.append(String.format(Locale.ROOT, "%-5s", ""));
        for (int i = 1; i <= n; i++) {
            s.append(String.format(Locale.ROOT, "%3d", i));
        }
        s.append("    R  H  E\n");
        row(s, g.away(), g.awayInnings(), n, g.awayRuns(), g.awayHits(), g.awayErrors());
        row(s, g.home(), g.homeInnings(), n, g.homeRuns(), g.homeHits(), g.homeErrors());
        return s.toString();
    }

    private static void row(StringBuilder s, String team, List<Integer> runs, int n, int r, int h, int e) {
        s.append(String.format(Locale.ROOT, "%-5s", team));
        for (int i = 0; i < n; i++) {
            s.append(i < runs.size() ? String.format(Locale.ROOT, "%3d", runs.get(i)) : "  X");
        }
        s.append(String.format(Locale.ROOT, "  %3d%3d%3d%n", r, h, e));
    }

    /** Batting and pitching lines of both teams. */
    public static String box(GameResult g) {
        StringBuilder s = new StringBuilder();
        batting(s, g.away(), g.awayBatting());
        batting(s, g.home(), g.homeBatting());
        pitching(s, g.away(), g.awayPitching());
        pitching(s, g.home(), g.homePitching());
        return s.toString();
    }

    private static void batting(StringBuilder s, String team, List<BattingLine> lines) {
        s.append(String.format(Locale.ROOT, "%n%-28s %3s %3s %3s %3s %3s %3s %3s %3s%n", team + " batting", "AB", "R", "H",
                "RBI", "BB", "K", "HR", "SB"));
        for (BattingLine b : lines) {
            s.append(String.format(Locale.ROOT, "%-28s %3d %3d %3d %3d %3d %3d %3d %3d%n",
                    b.name + " " + b.position, b.ab, b.r, b.h, b.rbi, b.bb, b.k, b.hr, b.sb));
        }
    }

    private static void pitching(StringBuilder s, String team, List<PitchingLine> lines) {
        s.append(String.format(Locale.ROOT, "%n%-28s %4s %3s %3s %3s %3s %3s %3s %4s%n", team + " pitching", "IP", "H", "R",
                "ER", "BB", "K", "HR", "PC"));
        for (PitchingLine p : lines) {
            String dec = p.wins > 0 ? " (W)" : p.losses > 0 ? " (L)" : "";
            s.append(String.format(Locale.ROOT, "%-28s %4s %3d %3d %3d %3d %3d %3d %4d%n", p.name + dec, p.ip(), p.h, p.r,
                    p.er, p.bb, p.k, p.hr, p.pitches));
        }
    }
}
