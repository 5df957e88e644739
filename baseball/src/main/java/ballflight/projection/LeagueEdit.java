package ballflight.projection;

import ballflight.data.Hitter;
import ballflight.data.LeagueData;
import ballflight.data.Park;
import ballflight.data.Wall;
import ballflight.data.Pitcher;
import ballflight.game.LineupSlot;
import ballflight.game.Rosters;
import ballflight.game.TeamRoster;
import ballflight.model.Atmosphere;
import ballflight.season.Divisions;
import ballflight.season.League;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A working copy of the 2025 players and parks that {@link Change}s edit; {@link #league()} then
 * builds the teams exactly as the 2025 rosters are built (lineups, rotation, bullpen by playing time).
 */
public final class LeagueEdit {
    /** The park fields that are fence distances and the wall height, in {@link Park}'s order. */
    private static final List<String> WALL_FIELDS = List.of("left_line_ft", "left_gap_ft", "center_ft", "right_gap_ft",
            "right_line_ft", "fence_height_ft");

    private final LeagueData data;
    private final Divisions divisions;
    private final List<Hitter> hitters;
    private final List<Pitcher> pitchers;
    private final Map<String, Park> parks;
    private final Set<String> noDh = new HashSet<>();

    public LeagueEdit(LeagueData data, Divisions divisions) {
        this.data = data;
        this.divisions = divisions;
        this.hitters = new ArrayList<>(data.hitters());
        this.pitchers = new ArrayList<>(data.pitchers());
        this.parks = new LinkedHashMap<>(data.parks());
    }

    /** The 2025 league with {@code changes} applied in order. */
    public static League apply(List<Change> changes) {
        LeagueEdit edit = new LeagueEdit(LeagueData.mlb2025(), Divisions.mlb2025());
        changes.forEach(c -> c.applyTo(edit));
        return edit.league();
    }

    void move(String player, String team) {
        hitters.replaceAll(h -> h.name().equals(player) ? h.as(h.name(), team, h.plateAppearances()) : h);
        pitchers.replaceAll(p -> p.name().equals(player) ? withTeam(p, team) : p);
    }

    void remove(String player) {
        hitters.removeIf(h -> h.name().equals(player));
        pitchers.removeIf(p -> p.name().equals(player));
    }

    void park(String team, String field, double value) {
        Park p = parks.get(team);
        double[] walls = {p.leftLineFt(), p.leftGapFt(), p.centerFt(), p.rightGapFt(), p.rightLineFt(), p.fenceHeightFt()};
        int wall = WALL_FIELDS.indexOf(field);
        if (wall >= 0) {
            walls[wall] = value;
        }
        Atmosphere air = switch (field) {
            case "elevation_ft" -> p.atmosphere().withElevationFt(value);
            case "temperature_f" -> p.atmosphere().withTemperatureF(value);
            case "roof" -> p.atmosphere().withTemperatureF(ParkChange.ROOF_CLOSED_F);
            default -> p.atmosphere();
        };
        // A new wall height is one height all round; any other change keeps the park's landmark walls.
        Wall wallHeights = field.equals("fence_height_ft") ? Wall.uniform(walls[5]) : p.wall();
        parks.put(team, new Park(p.team(), p.venue(), walls[0], walls[1], walls[2], walls[3], walls[4], wallHeights, air,
                p.wind(), p.bulgeFt()));
    }

    void dhOff(String team) {
        if (team.equals(DhOff.ALL)) {
            noDh.addAll(divisions.league().keySet());
        } else {
            noDh.add(team);
        }
    }

    /** The edited league. */
    public League league() {
        Map<String, TeamRoster> teams = new LinkedHashMap<>(new Rosters(data, hitters, pitchers).teams());
        for (String team : noDh) {
            teams.put(team, withoutDh(teams.get(team)));
        }
        return new League(teams, parks, divisions);
    }

    /** The DH leaves the lineup for the bench; the pitcher's bat hits ninth. */
    static TeamRoster withoutDh(TeamRoster r) {
        List<LineupSlot> lineup = new ArrayList<>();
        List<Hitter> bench = new ArrayList<>();
        for (LineupSlot s : r.lineup()) {
            if (s.position().equals("DH")) {
                bench.add(s.hitter());
            } else {
                lineup.add(s);
            }
        }
        if (lineup.size() == r.lineup().size()) {
            return r;
        }
        lineup.add(new LineupSlot(PitcherAtBat.of(r.team(), lineup.getFirst().hitter()), "DH"));
        bench.addAll(r.bench());
        return new TeamRoster(r.team(), lineup, bench, r.rotation(), r.bullpen(), r.plan(), r.spots(), r.pitcherSpot(),
                r.stolenBases(), r.holding(), r.depthBats());
    }

    private static Pitcher withTeam(Pitcher p, String team) {
        return new Pitcher(p.name(), team, p.throwsHand(), p.starter(), p.battersFaced(), p.strikeoutRate(), p.walkRate(),
                p.armAngleDeg(), p.releaseSideFt(), p.releaseHeightFt(), p.extensionFt(), p.arsenal(), p.contactAllowedZ(),
                p.ratesBreakScale());
    }
}
