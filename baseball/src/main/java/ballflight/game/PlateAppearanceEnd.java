package ballflight.game;

import java.util.List;

/**
 * How a plate appearance ended (for {@link GameListener}).
 *
 * @param atBat the engine's result and where the ball came down
 * @param play what the runners did ({@code play.scored()} may hold more runners than {@code scored}
 *             after a walk-off)
 * @param scored the runs that counted, in order
 * @param rbi runs batted in credited to the batter
 * @param first runner on first afterwards (null when empty)
 * @param second runner on second afterwards
 * @param third runner on third afterwards
 * @param outs outs in the half-inning afterwards
 */
public record PlateAppearanceEnd(AtBat atBat, PlayOutcome play, List<Runner> scored, int rbi, Runner first,
                                 Runner second, Runner third, int outs) {
    public PlateAppearanceEnd {
        scored = List.copyOf(scored);
    }

    /** The runner on {@code base} (1-3) afterwards, or null. */
    public Runner on(int base) {
        return Runner.onBase(base, first, second, third);
    }
}
