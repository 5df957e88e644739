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
import java.util.ArrayList;
import java.util.List;

/**
 * One game recorded in the formats asked for: passes every event to the pitch-by-pitch rows
 * and the Retrosheet records (either may be null), and keeps what the worker thread made of them.
 */
public final class GameRecording implements GameListener {
    final StatcastGame pitches;
    final RetrosheetGame events;
    private final GameListener[] parts;
    /** The pitch rows ready to append (UTF-8, gzip-compressed for a .gz file), set when the game is over. */
    byte[] pitchBytes;

    GameRecording(StatcastGame pitches, RetrosheetGame events) {
        this.pitches = pitches;
        this.events = events;
        List<GameListener> p = new ArrayList<>(2);
        if (pitches != null) {
            p.add(pitches);
        }
        if (events != null) {
            p.add(events);
        }
        this.parts = p.toArray(new GameListener[0]);
    }

    @Override
    public void gameStart(TeamRoster away, TeamRoster home, GameLineup awayLineup, GameLineup homeLineup,
                          Pitcher awayStarter, Pitcher homeStarter, Park park) {
        for (GameListener l : parts) {
            l.gameStart(away, home, awayLineup, homeLineup, awayStarter, homeStarter, park);
        }
    }

    @Override
    public void halfInning(int inning, boolean top) {
        for (GameListener l : parts) {
            l.halfInning(inning, top);
        }
    }

    @Override
    public void pitcherChange(boolean home, Pitcher reliever) {
        for (GameListener l : parts) {
            l.pitcherChange(home, reliever);
        }
    }

    @Override
    public void automaticRunner(Hitter runner) {
        for (GameListener l : parts) {
            l.automaticRunner(runner);
        }
    }

    @Override
    public void stealAttempt(Hitter runner, Hitter nextBatter, boolean safe) {
        for (GameListener l : parts) {
            l.stealAttempt(runner, nextBatter, safe);
        }
    }

    @Override
    public void plateAppearanceStart(PlateAppearanceStart start) {
        for (GameListener l : parts) {
            l.plateAppearanceStart(start);
        }
    }

    @Override
    public void pitch(PitchEvent event) {
        for (GameListener l : parts) {
            l.pitch(event);
        }
    }

    @Override
    public void plateAppearanceEnd(PlateAppearanceEnd end) {
        for (GameListener l : parts) {
            l.plateAppearanceEnd(end);
        }
    }
}
