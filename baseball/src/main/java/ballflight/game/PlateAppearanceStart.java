package ballflight.game;

import ballflight.data.Hitter;
import ballflight.data.Pitcher;

/**
 * The situation as a plate appearance begins (for {@link GameListener}).
 *
 * @param batter at the plate
 * @param pitcher on the mound
 * @param slot batting-order slot, 0-8
 * @param homeBatting whether the home team bats
 * @param inning 1-based
 * @param outs outs in the half-inning
 * @param first runner on first (null when empty)
 * @param second runner on second
 * @param third runner on third
 * @param awayScore visitors' runs so far
 * @param homeScore home runs so far
 */
public record PlateAppearanceStart(Hitter batter, Pitcher pitcher, int slot, boolean homeBatting, int inning, int outs,
                                   Runner first, Runner second, Runner third, int awayScore, int homeScore) {
    /** The runner on {@code base} (1-3), or null. */
    public Runner on(int base) {
        return Runner.onBase(base, first, second, third);
    }
}
