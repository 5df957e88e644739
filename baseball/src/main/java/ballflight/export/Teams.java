package ballflight.export;

import ballflight.game.ResourceTable;
import java.util.LinkedHashMap;
import java.util.Map;

/** The 30 clubs' league, city and nickname (/mlb-2025/teams.csv), for Retrosheet's TEAM file. */
final class Teams {
    /** One club. @param league "A" (American) or "N" (National) */
    record Team(String code, String league, String city, String nickname) {
    }

    private static final Map<String, Team> TEAMS = load();

    private Teams() {
    }

    private static Map<String, Team> load() {
        Map<String, Team> m = new LinkedHashMap<>();
        for (String[] r : ResourceTable.load("/mlb-2025/teams.csv", "team", "league", "city", "nickname").rows()) {
            m.put(r[0], new Team(r[0], r[1], r[2], r[3]));
        }
        return Map.copyOf(m);
    }

    static Team of(String code) {
        Team t = TEAMS.get(code);
        if (t == null) {
            throw new IllegalArgumentException("team " + code + " is not in /mlb-2025/teams.csv");
        }
        return t;
    }
}
