package ballflight.game;

import java.util.List;

/**
 * What the runners did on one play.
 *
 * @param scored runners who crossed the plate, in order (the batter last on a home run)
 * @param outsMade outs recorded on the play
 * @param doublePlay two outs on a ground ball
 * @param sacrificeFly a run scored on a caught fly ball (not an at-bat)
 * @param batterReached the batter ended safe on base (or scored)
 */
public record PlayOutcome(List<Runner> scored, int outsMade, boolean doublePlay, boolean sacrificeFly,
                          boolean batterReached) {
    public PlayOutcome {
        scored = List.copyOf(scored);
    }
}
