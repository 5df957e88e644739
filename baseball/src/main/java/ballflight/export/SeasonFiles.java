package ballflight.export;

import ballflight.game.GameResult;
import ballflight.game.Rosters;
import ballflight.season.ScheduledGame;
import ballflight.season.SeasonRecorder;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Writes the games of a run to the files asked for: the pitch-by-pitch CSV ({@code --pitches})
 * and the Retrosheet directory ({@code --retrosheet}). The targets are checked (and their
 * temporary files created) when this is built, before any game; games are appended as the
 * season merges them, in schedule order; {@link #commit()} moves every file into place, and
 * {@link #close()} without a commit leaves the targets as they were.
 */
public final class SeasonFiles implements SeasonRecorder<GameRecording>, AutoCloseable {
    private final PlayerIds ids;
    private final PitchFile pitches;
    private final RetrosheetDirectory retrosheet;
    private final Map<String, Integer> gameNumbers;
    private final SortedSet<String> teams = new TreeSet<>();

    /**
     * @param schedule every game of the season (doubleheaders are numbered from it)
     * @param pitchFile the pitch CSV, or null
     * @param retrosheetDir the Retrosheet directory, or null
     */
    public SeasonFiles(Rosters rosters, List<ScheduledGame> schedule, Path pitchFile, Path retrosheetDir) {
        this.ids = PlayerIds.of(rosters);
        this.gameNumbers = gameNumbers(schedule);
        PitchFile p = null;
        RetrosheetDirectory r = null;
        try {
            p = pitchFile == null ? null : new PitchFile(pitchFile, "--pitches");
            r = retrosheetDir == null ? null : new RetrosheetDirectory(retrosheetDir, "--retrosheet", rosters, ids);
        } catch (RuntimeException e) {
            if (p != null) {
                p.close();
            }
            throw e;
        }
        this.pitches = p;
        this.retrosheet = r;
    }

    /**
     * Retrosheet's game number: 0 for the only game of the day in a park, 1 and 2 for the
     * games of a doubleheader (by schedule order), keyed by schedule index.
     */
    private static Map<String, Integer> gameNumbers(List<ScheduledGame> schedule) {
        Map<String, Integer> perDay = new HashMap<>();
        for (ScheduledGame g : schedule) {
            perDay.merge(g.home() + g.date(), 1, Integer::sum);
        }
        Map<String, Integer> numbers = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (ScheduledGame g : schedule) {
            String day = g.home() + g.date();
            int n = seen.merge(day, 1, Integer::sum);
            numbers.put(Integer.toString(g.index()), perDay.get(day) > 1 ? n : 0);
        }
        return numbers;
    }

    @Override
    public GameRecording open(ScheduledGame g) {
        String date = g.date().substring(0, 4) + "-" + g.date().substring(4, 6) + "-" + g.date().substring(6, 8);
        return new GameRecording(pitches == null ? null : new StatcastGame(g.index(), date, g.away(), g.home(), ids),
                retrosheet == null ? null : new RetrosheetGame(g.home(), g.date(),
                        gameNumbers.getOrDefault(Integer.toString(g.index()), 0), ids));
    }

    @Override
    public void played(ScheduledGame g, GameResult result, GameRecording rec) {
        if (rec.pitches != null) {
            rec.pitchBytes = pitches.encode(rec.pitches.bytes());
        }
        if (rec.events != null) {
            rec.events.finish(result);
        }
    }

    @Override
    public void finished(ScheduledGame g, GameResult result, GameRecording rec) {
        if (pitches != null) {
            pitches.write(rec.pitchBytes);
        }
        if (retrosheet != null) {
            retrosheet.add(g.home(), rec.events.text());
        }
        teams.add(g.away());
        teams.add(g.home());
    }

    /** Moves every file into place (the rosters of the teams that played and TEAM2025 are written now). */
    public void commit() {
        if (pitches != null) {
            pitches.commit();
        }
        if (retrosheet != null) {
            retrosheet.commit(teams);
        }
    }

    @Override
    public void close() {
        if (pitches != null) {
            pitches.close();
        }
        if (retrosheet != null) {
            retrosheet.close();
        }
    }
}
