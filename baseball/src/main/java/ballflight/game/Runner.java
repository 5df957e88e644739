package ballflight.game;

import ballflight.data.Hitter;

/**
 * A batter on base.
 *
 * @param hitter who
 * @param responsiblePitcher index (in the fielding team's pitcher list) of the pitcher charged if he scores
 * @param earned false for the extra-inning automatic runner and a batter who reached on an error
 */
public record Runner(Hitter hitter, int responsiblePitcher, boolean earned) {
}
