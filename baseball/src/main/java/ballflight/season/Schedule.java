package ballflight.season;

import ballflight.game.ResourceTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/** The real 2025 regular-season schedule (2,430 games), bundled as /mlb-2025/schedule.csv. */
public final class Schedule {
    private Schedule() {
    }

    public static List<ScheduledGame> mlb2025() {
        List<ScheduledGame> out = new ArrayList<>();
        Map<String, Integer> played = new HashMap<>();
        for (String[] r : ResourceTable.load("/mlb-2025/schedule.csv", "game", "date", "away", "home", "day_night").rows()) {
            int a = played.merge(r[2], 1, Integer::sum) - 1;
            int h = played.merge(r[3], 1, Integer::sum) - 1;
            out.add(new ScheduledGame(out.size(), r[1], r[2], r[3], a, h, "d".equals(r[4])));
        }
        return List.copyOf(out);
    }

    /** Every team playing in {@code schedule}, in alphabetical order. */
    public static SortedSet<String> teams(List<ScheduledGame> schedule) {
        SortedSet<String> teams = new TreeSet<>();
        for (ScheduledGame g : schedule) {
            teams.add(g.away());
            teams.add(g.home());
        }
        return teams;
    }

    /** The games {@code team} plays, home and away, in schedule order (indexes and game counts kept). */
    public static List<ScheduledGame> ofTeam(List<ScheduledGame> schedule, String team) {
        return schedule.stream().filter(g -> g.away().equals(team) || g.home().equals(team)).toList();
    }
}
