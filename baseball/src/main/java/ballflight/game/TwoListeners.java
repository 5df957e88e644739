package ballflight.game;

import ballflight.data.Hitter;
import ballflight.data.Park;
import ballflight.data.Pitcher;
import ballflight.pa.PitchEvent;

/** Two listeners on one game, told everything in the same order (first, then second). */
public class TwoListeners implements GameListener {
    private final GameListener first;
    private final GameListener second;

    public TwoListeners(GameListener first, GameListener second) {
        this.first = first;
        this.second = second;
    }

    @Override
    public void gameStart(TeamRoster away, TeamRoster home, GameLineup awayLineup, GameLineup homeLineup,
                          Pitcher awayStarter, Pitcher homeStarter, Park park) {
        first.gameStart(away, home, awayLineup, homeLineup, awayStarter, homeStarter, park);
        second.gameStart(away, home, awayLineup, homeLineup, awayStarter, homeStarter, park);
    }

    @Override
    public void halfInning(int inning, boolean top) {
        first.halfInning(inning, top);
        second.halfInning(inning, top);
    }

    @Override
    public void pitcherChange(boolean home, Pitcher reliever) {
        first.pitcherChange(home, reliever);
        second.pitcherChange(home, reliever);
    }

    @Override
    public void automaticRunner(Hitter runner) {
        first.automaticRunner(runner);
        second.automaticRunner(runner);
    }

    @Override
    public void stealAttempt(Hitter runner, Hitter nextBatter, boolean safe) {
        first.stealAttempt(runner, nextBatter, safe);
        second.stealAttempt(runner, nextBatter, safe);
    }

    @Override
    public void plateAppearanceStart(PlateAppearanceStart start) {
        first.plateAppearanceStart(start);
        second.plateAppearanceStart(start);
    }

    @Override
    public void pitch(PitchEvent event) {
        first.pitch(event);
        second.pitch(event);
    }

    @Override
    public void plateAppearanceEnd(PlateAppearanceEnd end) {
        first.plateAppearanceEnd(end);
        second.plateAppearanceEnd(end);
    }
}
