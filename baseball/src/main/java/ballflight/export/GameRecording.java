package ballflight.export;

import ballflight.data.Hitter;
import ballflight.data.Park;
import ballflight.data.Pitcher;
import ballflight.game.GameLineup;
import ballflight.game.GameListener;
import ballflight.game.PlateAppearanceEnd;
import ballflight.game.PlateAppearanceStart;
import ballflight.game.TeamRoster;
import ballflight.pa.PitchEvent;

/**
 * One game recorded in the formats asked for: passes every event to the pitch-by-pitch rows
 * and the Retrosheet records (either may be null), and keeps what the worker thread made of them.
 */
public final class GameRecording implements GameListener {
    final StatcastGame pitches;
    final RetrosheetGame events;
    /** The pitch rows ready to append (UTF-8, gzip-compressed for a .gz file), set when the game is over. */
    byte[] pitchBytes;

    GameRecording(StatcastGame pitches, RetrosheetGame events) {
        this.pitches = pitches;
        this.events = events;
    }

    @Override
    public void gameStart(TeamRoster away, TeamRoster home, GameLineup awayLineup, GameLineup homeLineup,
                          Pitcher awayStarter, Pitcher homeStarter, Park park) {
        if (events != null) {
            events.gameStart(away, home, awayLineup, homeLineup, awayStarter, homeStarter, park);
        }
    }

    @Override
    public void halfInning(int inning, boolean top) {
        if (events != null) {
            events.halfInning(inning, top);
        }
    }

    @Override
    public void pitcherChange(boolean home, Pitcher reliever) {
        if (events != null) {
            events.pitcherChange(home, reliever);
        }
    }

    @Override
    public void automaticRunner(Hitter runner) {
        if (events != null) {
            events.automaticRunner(runner);
        }
    }

    @Override
    public void stealAttempt(Hitter runner, Hitter nextBatter, boolean safe) {
        if (events != null) {
            events.stealAttempt(runner, nextBatter, safe);
        }
    }

    @Override
    public void plateAppearanceStart(PlateAppearanceStart start) {
        if (pitches != null) {
            pitches.plateAppearanceStart(start);
        }
        if (events != null) {
            events.plateAppearanceStart(start);
        }
    }

    @Override
    public void pitch(PitchEvent event) {
        if (pitches != null) {
            pitches.pitch(event);
        }
        if (events != null) {
            events.pitch(event);
        }
    }

    @Override
    public void plateAppearanceEnd(PlateAppearanceEnd end) {
        if (pitches != null) {
            pitches.plateAppearanceEnd(end);
        }
        if (events != null) {
            events.plateAppearanceEnd(end);
        }
    }
}
