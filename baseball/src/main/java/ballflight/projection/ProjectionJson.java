package ballflight.projection;

import ballflight.season.Divisions;
import ballflight.units.Decimals;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A projection as the JSON document {@code ballflight project --format json} prints (maps and
 * lists in key order, numbers rounded): one place, so the CLI and the Spark runner write the same
 * bytes for the same result.
 */
public final class ProjectionJson {
    private static final Divisions D = Divisions.mlb2025();

    private ProjectionJson() {
    }

    /** @param mode how the seasons were stepped, as the CLI describes it */
    public static Map<String, Object> of(ProjectionResult r, String mode) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seasons", r.seasons());
        m.put("seed", r.seed());
        m.put("mode", mode);
        m.put("teams", rows(r.table()));
        if (r.baseline() != null) {
            m.put("baseline", rows(r.baseline()));
            m.put("changes", sortedChanges(r.changes()).stream().map(ProjectionJson::change).toList());
        }
        return m;
    }

    /** Largest gain in wins first, then by team. */
    public static List<TeamChange> sortedChanges(List<TeamChange> changes) {
        List<TeamChange> out = new ArrayList<>(changes);
        out.sort(java.util.Comparator.comparingDouble((TeamChange c) -> -c.wins().value()).thenComparing(TeamChange::team));
        return out;
    }

    private static List<Map<String, Object>> rows(ProjectionTable t) {
        return t.teams().stream().map(ProjectionJson::row).toList();
    }

    /** One team's row (a fresh, mutable map). */
    public static Map<String, Object> row(TeamProjection p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("team", p.team());
        m.put("league", D.league().get(p.team()));
        m.put("division", D.division().get(p.team()));
        m.put("mean_wins", Decimals.round(p.meanWins(), 3));
        m.put("mean_wins_se", Decimals.round(p.meanWinsStandardError(), 3));
        m.put("sd_wins", Decimals.round(p.sdWins(), 3));
        m.put("p5_wins", p.p5Wins());
        m.put("p50_wins", p.p50Wins());
        m.put("p95_wins", p.p95Wins());
        for (Reached s : Reached.values()) {
            m.put("p_" + s.key(), Decimals.round(p.odds(s).value(), 4));
            m.put("p_" + s.key() + "_se", Decimals.round(p.odds(s).standardError(), 4));
        }
        return m;
    }

    /** One team's change from the baseline (a fresh, mutable map). */
    public static Map<String, Object> change(TeamChange c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("team", c.team());
        m.put("wins_change", Decimals.round(c.wins().value(), 3));
        m.put("wins_change_se", Decimals.round(c.wins().standardError(), 3));
        m.put("wins_change_se_independent", Decimals.round(c.independentWinsStandardError(), 3));
        for (Reached s : Reached.values()) {
            m.put("p_" + s.key() + "_change", Decimals.round(c.odds(s).value(), 4));
            m.put("p_" + s.key() + "_change_se", Decimals.round(c.odds(s).standardError(), 4));
        }
        return m;
    }
}
