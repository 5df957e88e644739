package ballflight.season;

import ballflight.game.ResourceTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which league and division each team plays in (2025: two leagues of three five-team divisions),
 * bundled as /mlb-2025/divisions.csv.
 *
 * @param league team to league ("AL", "NL")
 * @param division team to division name within its league ("East", "Central", "West")
 */
public record Divisions(Map<String, String> league, Map<String, String> division) {
    public Divisions {
        league = Map.copyOf(league);
        division = Map.copyOf(division);
        if (!league.keySet().equals(division.keySet())) {
            throw new IllegalArgumentException("every team needs a league and a division");
        }
    }

    private static final class Holder {
        static final Divisions INSTANCE = load();
    }

    /** The 2025 alignment (loaded once). */
    public static Divisions mlb2025() {
        return Holder.INSTANCE;
    }

    private static Divisions load() {
        Map<String, String> league = new LinkedHashMap<>();
        Map<String, String> division = new LinkedHashMap<>();
        for (String[] r : ResourceTable.load("/mlb-2025/divisions.csv", "team", "league", "division").rows()) {
            league.put(r[0], r[1]);
            division.put(r[0], r[2]);
        }
        return new Divisions(league, division);
    }

    /** The leagues in alphabetical order (AL, NL). */
    public List<String> leagues() {
        return List.copyOf(new TreeSet<>(league.values()));
    }

    /** The teams of {@code leagueName}, alphabetical. */
    public List<String> teamsOf(String leagueName) {
        return league.entrySet().stream().filter(e -> e.getValue().equals(leagueName)).map(Map.Entry::getKey).sorted().toList();
    }

    /** The divisions of {@code leagueName}, alphabetical. */
    public List<String> divisionsOf(String leagueName) {
        return List.copyOf(new TreeSet<>(teamsOf(leagueName).stream().map(division::get).toList()));
    }

    /** The teams of one division, alphabetical. */
    public List<String> teamsOf(String leagueName, String divisionName) {
        return teamsOf(leagueName).stream().filter(t -> division.get(t).equals(divisionName)).toList();
    }

    /** Whether two teams share a division (and so a league). */
    public boolean sameDivision(String a, String b) {
        return league.get(a).equals(league.get(b)) && division.get(a).equals(division.get(b));
    }
}
