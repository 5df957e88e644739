package ballflight.game;

import ballflight.data.Defense;
import ballflight.data.Fielder;
import ballflight.data.Pitcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A team as it takes the field: nine hitters in batting order with their positions, the five-man
 * rotation and the bullpen. Immutable; shared by all threads.
 *
 * @param team 2025 abbreviation
 * @param lineup nine slots, leadoff first
 * @param rotation five starters (fewer only if the roster has fewer pitchers)
 * @param bullpen relievers, most used first
 * @param fielders the eight fielders behind a pitcher (pitcher's own spot added per game)
 * @param pitcherSpot the league pitcher fielder (his skill stands in for every pitcher)
 * @param catcherArmMph the catcher's arm, for throws to second on steals
 * @param stolenBases 2025 stolen bases by hitter name (steal attempts)
 * @param holding how each pitcher of the staff holds runners, by name
 */
public record TeamRoster(String team, List<LineupSlot> lineup, List<Pitcher> rotation, List<Pitcher> bullpen,
                         List<Fielder> fielders, Fielder pitcherSpot, double catcherArmMph,
                         Map<String, Integer> stolenBases, Map<String, HoldingRunners> holding) {
    public TeamRoster {
        holding = Map.copyOf(holding);
        stolenBases = Map.copyOf(stolenBases);
        lineup = List.copyOf(lineup);
        rotation = List.copyOf(rotation);
        bullpen = List.copyOf(bullpen);
        fielders = List.copyOf(fielders);
        if (lineup.size() != 9) {
            throw new IllegalArgumentException(team + ": a lineup has 9 hitters, got " + lineup.size());
        }
        if (rotation.isEmpty()) {
            throw new IllegalArgumentException(team + ": no starting pitcher");
        }
    }

    /** The defence with the pitcher and seven position players (the catcher fields nothing in the engine). */
    public Defense defense() {
        List<Fielder> all = new ArrayList<>();
        all.add(pitcherSpot);
        for (Fielder f : fielders) {
            if (!"C".equals(f.spot().position())) {
                all.add(f);
            }
        }
        return new Defense(all);
    }

    /** How {@code pitcher} holds runners (league behaviour when he has no 2025 record). */
    public HoldingRunners holding(Pitcher pitcher) {
        return holding.getOrDefault(pitcher.name(), HoldingRunners.LEAGUE);
    }

    /** The starter for the team's {@code teamGame}-th game (0-based): five-man rotation. */
    public Pitcher starter(int teamGame) {
        return rotation.get(Math.floorMod(teamGame, rotation.size()));
    }
}
