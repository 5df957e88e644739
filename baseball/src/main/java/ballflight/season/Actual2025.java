package ballflight.season;

import ballflight.game.ResourceTable;
import java.util.List;

/**
 * What really happened in 2025, bundled in {@code mlb-2025/check/} (docs/data/extract_mlb2025.py;
 * the standings from REFERENCE.md): the yardstick of the fidelity report, never an engine input.
 * Players are keyed by team and name, as in a season's lines.
 */
public record Actual2025(List<Team> teams, List<Hitter> hitters, List<Pitcher> pitchers) {

    /** @param league AL or NL */
    public record Team(String team, String league, String division, int wins, int losses) {
    }

    /**
     * @param pa at-bats + walks (the data has no HBP or sacrifices)
     * @param xba Statcast's expected batting average (from each batted ball's exit velocity and launch angle, and
     *            the strikeouts); NaN where the data has none
     * @param xslg Statcast's expected slugging; NaN where the data has none
     */
    public record Hitter(String name, String team, int pa, int k, int bb, int hr, double avg, double slg, double xba,
                         double xslg) {
        public double iso() {
            return slg - avg;
        }

        /** Statcast's expected ISO, xSLG - xBA. */
        public double xIso() {
            return xslg - xba;
        }
    }

    /**
     * @param battersFaced outs + WHIP x IP (the data has no batters faced)
     * @param era NaN where the data has none
     * @param games games pitched
     * @param xera Statcast's expected ERA (from the exit velocity and launch angle he allowed, his strikeouts and
     *             walks); NaN where the data has none
     */
    public record Pitcher(String name, String team, int outs, int battersFaced, int k, int bb, double era, int games,
                          double xera) {
        public double innings() {
            return outs / 3.0;
        }
    }

    public Actual2025 {
        teams = List.copyOf(teams);
        hitters = List.copyOf(hitters);
        pitchers = List.copyOf(pitchers);
    }

    private static final class Holder {
        static final Actual2025 INSTANCE = load();
    }

    public static Actual2025 mlb2025() {
        return Holder.INSTANCE;
    }

    private static Actual2025 load() {
        List<Team> teams = ResourceTable.load("/mlb-2025/check/standings.csv", "team", "league", "division", "wins",
                "losses").rows().stream().map(r -> new Team(r[0], r[1], r[2], Integer.parseInt(r[3]),
                Integer.parseInt(r[4]))).toList();
        List<Hitter> hitters = ResourceTable.load("/mlb-2025/check/hitters.csv", "name", "team", "pa", "k", "bb", "hr",
                "avg", "slg", "xba", "xslg").rows().stream().map(r -> new Hitter(r[0], r[1], Integer.parseInt(r[2]),
                Integer.parseInt(r[3]), Integer.parseInt(r[4]), Integer.parseInt(r[5]), Double.parseDouble(r[6]),
                Double.parseDouble(r[7]), orNaN(r[8]), orNaN(r[9]))).toList();
        List<Pitcher> pitchers = ResourceTable.load("/mlb-2025/check/pitchers.csv", "name", "team", "outs", "bf", "k",
                "bb", "era", "games", "xera").rows().stream().map(r -> new Pitcher(r[0], r[1], Integer.parseInt(r[2]),
                Integer.parseInt(r[3]), Integer.parseInt(r[4]), Integer.parseInt(r[5]), orNaN(r[6]),
                Integer.parseInt(r[7]), orNaN(r[8]))).toList();
        return new Actual2025(teams, hitters, pitchers);
    }

    private static double orNaN(String cell) {
        return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
    }
}
