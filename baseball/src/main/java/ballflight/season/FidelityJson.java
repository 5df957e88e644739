package ballflight.season;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fidelity report as a tree of maps and lists for a JSON writer; undefined figures are null. */
public final class FidelityJson {
    private FidelityJson() {
    }

    public static Map<String, Object> of(FidelityReport report, String mode) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seasons", report.seeds().size());
        m.put("games", report.games());
        m.put("seeds", report.seeds());
        m.put("mode", mode);
        m.put("rows", report.rows().stream().map(FidelityJson::row).toList());
        m.put("standings", report.standings().stream().map(t -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("team", t.team());
            r.put("league", t.league());
            r.put("division", t.division());
            r.put("mean_wins", round(t.meanWins(), 2));
            r.put("min_wins", round(t.minWins(), 1));
            r.put("max_wins", round(t.maxWins(), 1));
            r.put("wins_2025", t.wins2025());
            r.put("losses_2025", t.losses2025());
            return r;
        }).toList());
        m.put("hr_leaders", players(report.homeRunLeaders(), "hr", "pa"));
        m.put("k_leaders", players(report.strikeoutLeaders(), "k", "ip"));
        m.put("workload_overruns", players(report.overruns(), "k", "ip"));
        return m;
    }

    private static Map<String, Object> row(FidelityRow row) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("key", row.key());
        r.put("measure", row.label());
        r.put("n", round(row.n(), 1));
        r.put("r", round(row.r(), 4));
        r.put("se", round(row.se(), 4));
        r.put("bound", round(row.bound(), 4));
        r.put("luck_bound", round(row.luckBound(), 4));
        r.put("slope", round(row.slope(), 4));
        r.put("rms", round(row.rms(), 4));
        r.put("value", round(row.value(), 3));
        r.put("unit", row.rmsUnit());
        r.put("per_season", row.perSeason().stream().map(v -> round(v, 4)).toList());
        r.put("target", row.target().describe());
        r.put("holds", row.holds());
        TalentSpread t = TalentSpread.of(row);
        if (t.isSet()) {
            Map<String, Object> spread = new LinkedHashMap<>();
            spread.put("spread", round(t.spread(), 4));
            spread.put("best_r", round(t.bestR(), 4));
            spread.put("best_r_at_2025_spread", round(t.bestRAtRealSpread(), 4));
            spread.put("talent_r", round(t.talentR(), 4));
            double gap = t.targetGap(row.target());
            if (!Double.isNaN(gap)) {
                spread.put("target_gap", round(gap, 4));
            }
            r.put("talent_spread", spread);
        }
        ExpectedStat x = row.expected();
        if (x.isSet()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("stat", x.stat());
            e.put("r_2025", round(x.r2025(), 4));
            e.put("r_simulated", round(x.rSimulated(), 4));
            e.put("per_season", x.perSeason().stream().map(v -> round(v, 4)).toList());
            r.put("expected", e);
        }
        return r;
    }

    private static List<Map<String, Object>> players(List<FidelityReport.PlayerLine> lines, String count, String time) {
        return lines.stream().map(p -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("name", p.name());
            r.put("team", p.team());
            r.put(count, round(p.count(), 2));
            r.put(time, round(p.playingTime(), 2));
            r.put(count + "_2025", p.count2025());
            r.put(time + "_2025", round(p.playingTime2025(), 2));
            if (p.games2025() > 0) {
                r.put("games_2025", p.games2025());
            }
            return r;
        }).toList();
    }

    /** Null for NaN (JSON has no NaN). */
    private static Double round(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return null;
        }
        double scale = Math.pow(10, decimals);
        return Math.round(v * scale) / scale + 0.0;
    }
}
