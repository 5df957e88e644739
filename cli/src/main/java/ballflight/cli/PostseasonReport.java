package ballflight.cli;

import ballflight.season.LeagueSeeds;
import ballflight.season.PostseasonResult;
import ballflight.season.SeriesResult;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The postseason as text (seeds, every series, the champion) and as JSON. */
final class PostseasonReport {
    private PostseasonReport() {
    }

    static void text(PostseasonResult p, PrintWriter out) {
        out.printf(Locale.ROOT, "%nPostseason%n");
        for (LeagueSeeds l : p.leagues()) {
            StringBuilder line = new StringBuilder();
            for (int s = 1; s <= LeagueSeeds.TEAMS; s++) {
                line.append(String.format(Locale.ROOT, "  %d %s", s, l.seed(s)));
            }
            out.printf(Locale.ROOT, "  %s seeds:%s%n", l.league(), line);
        }
        // By round (both leagues' Division Series before the LCS), as the bracket reads; play order is kept in JSON.
        for (SeriesResult s : p.series().stream().sorted(java.util.Comparator.comparing(SeriesResult::format)).toList()) {
            out.printf(Locale.ROOT, "  %-27s %-3s  %s over %s %d-%d%n", s.format().title(), s.league(), s.winner(), s.loser(),
                    Math.max(s.higherWins(), s.lowerWins()), Math.min(s.higherWins(), s.lowerWins()));
        }
        out.printf(Locale.ROOT, "Champion: %s%n", p.champion());
    }

    static Map<String, Object> json(PostseasonResult p) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> seeds = new LinkedHashMap<>();
        p.leagues().forEach(l -> seeds.put(l.league(), l.seeds()));
        m.put("seeds", seeds);
        List<Map<String, Object>> series = p.series().stream().map(s -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("round", s.format().name().toLowerCase(Locale.ROOT));
            row.put("league", s.league());
            row.put("higher_seed", s.higher());
            row.put("lower_seed", s.lower());
            row.put("higher_seed_wins", s.higherWins());
            row.put("lower_seed_wins", s.lowerWins());
            row.put("winner", s.winner());
            return row;
        }).toList();
        m.put("series", series);
        m.put("champion", p.champion());
        return m;
    }
}
