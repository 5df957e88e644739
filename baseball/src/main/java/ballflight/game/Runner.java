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

    /** The one of {@code first}, {@code second}, {@code third} on {@code base} (1-3). */
    static Runner onBase(int base, Runner first, Runner second, Runner third) {
        return switch (base) {
            case 1 -> first;
            case 2 -> second;
            case 3 -> third;
            default -> throw new IllegalArgumentException("base must be 1-3, got " + base);
        };
    }
}
