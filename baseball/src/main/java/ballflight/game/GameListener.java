package ballflight.game;

import ballflight.data.Hitter;
import ballflight.data.Park;
import ballflight.data.Pitcher;
import ballflight.pa.PitchEvent;
import ballflight.pa.PitchListener;

/**
 * Receives what happens in a game as it happens, for recorders (pitch-by-pitch and event files).
 * {@link Game} calls nothing when it has no listener, and a listener never changes the game: the
 * same seed gives the same game with or without one. Every method does nothing by default.
 */
public interface GameListener extends PitchListener {

    /** Lineups and starting pitchers, before the first pitch. */
    default void gameStart(TeamRoster away, TeamRoster home, GameLineup awayLineup, GameLineup homeLineup,
                           Pitcher awayStarter, Pitcher homeStarter, Park park) {
    }

    /** A half-inning begins (before a pitching change or an automatic runner in it). */
    default void halfInning(int inning, boolean top) {
    }

    /** A reliever comes in for the fielding team ({@code home}: the home team fields). */
    default void pitcherChange(boolean home, Pitcher reliever) {
    }

    /** The extra-inning automatic runner is put on second. */
    default void automaticRunner(Hitter runner) {
    }

    /**
     * A runner on first tries to steal second before the next plate appearance.
     *
     * @param nextBatter the batter at the plate (his plate appearance has not started)
     */
    default void stealAttempt(Hitter runner, Hitter nextBatter, boolean safe) {
    }

    /** A plate appearance begins: the situation before its first pitch. */
    default void plateAppearanceStart(PlateAppearanceStart start) {
    }

    @Override
    default void pitch(PitchEvent event) {
    }

    /** A plate appearance ended and the runners have moved. */
    default void plateAppearanceEnd(PlateAppearanceEnd end) {
    }
}
