package ballflight.season;

import ballflight.game.GameListener;
import ballflight.game.GameResult;

/**
 * Records the games of a season as they are played (pitch-by-pitch and event files): one
 * listener per game on the worker thread that plays it, handed back in schedule order.
 *
 * @param <L> the per-game listener
 */
public interface SeasonRecorder<L extends GameListener> {

    /** A fresh listener for {@code game}; called on the worker thread that plays it. */
    L open(ScheduledGame game);

    /** The game is over: called on the worker thread that played it (finish the work that can run in parallel). */
    default void played(ScheduledGame game, GameResult result, L listener) {
    }

    /**
     * A game finished: called in schedule order, one game at a time (never concurrently). Failed
     * games are skipped. An exception stops the season (the games being played still finish).
     */
    void finished(ScheduledGame game, GameResult result, L listener);
}
