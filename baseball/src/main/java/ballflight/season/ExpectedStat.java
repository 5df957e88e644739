package ballflight.season;

import java.util.List;

/**
 * A row's outside yardstick: Statcast's expected stat for the same measure (xBA, xSLG - xBA, xERA), which
 * Baseball Savant works out from each batted ball's exit velocity and launch angle and the strikeouts and
 * walks. An engine that plays each player from his Statcast inputs is held to that expectation; how far the
 * expectation itself gets with the 2025 value says how much of the row is batted-ball luck, defence and park,
 * which no such engine can follow.
 *
 * @param stat the expected stat's name, e.g. xBA; empty for a row without one
 * @param r2025 r of the 2025 expected stat with the 2025 value, over the players who qualified in any season
 * @param rSimulated r of the simulated value with the 2025 expected stat, the mean over the seasons
 * @param perSeason {@code rSimulated} in each season, in seed order
 */
public record ExpectedStat(String stat, double r2025, double rSimulated, List<Double> perSeason) {
    public static final ExpectedStat NONE = new ExpectedStat("", Double.NaN, Double.NaN, List.of());

    public ExpectedStat {
        perSeason = List.copyOf(perSeason);
    }

    public boolean isSet() {
        return !stat.isEmpty();
    }
}
