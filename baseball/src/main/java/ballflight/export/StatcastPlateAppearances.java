package ballflight.export;

import ballflight.data.Hitter;
import ballflight.data.Park;
import ballflight.data.Pitcher;
import ballflight.game.Rosters;
import ballflight.pa.PaRecording;
import ballflight.pa.PitchEvent;
import ballflight.pa.PitchListener;
import ballflight.pa.PlateAppearanceResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code pa --pitches}: the pitches of a run of plate appearances as Savant rows (the columns of
 * {@link StatcastGame}; the game's own fields, which a plate appearance without a game does not
 * have, are empty: docs/FORMATS.md), streamed chunk by chunk in chunk order to a {@code .csv} or
 * {@code .csv.gz} file that appears complete or not at all.
 */
public final class StatcastPlateAppearances implements PaRecording<StatcastPlateAppearances.Chunk>, AutoCloseable {
    private final PitchFile file;
    private final PlayerIds ids;
    private final String situation;

    /** One chunk's rows, built on its worker thread. */
    public static final class Chunk implements PitchListener {
        final StringBuilder rows = new StringBuilder(64 * 1024);
        final StatcastPitchRows pitchRows = new StatcastPitchRows(rows);
        final List<PitchEvent> pitches = new ArrayList<>();
        long nextPa;

        @Override
        public void pitch(PitchEvent event) {
            pitches.add(event);
        }
    }

    /** @param park where the plate appearances are played: its team is the {@code home_team} column (empty when neutral) */
    public StatcastPlateAppearances(Path target, Park park, Rosters rosters) {
        this.file = new PitchFile(target, "--pitches");
        this.ids = PlayerIds.of(rosters);
        StringBuilder s = new StringBuilder();
        new CsvLine(s).empty().empty().text(park.team().isEmpty() ? null : park.team()).empty().empty().empty().empty();
        this.situation = s.toString();
    }

    @Override
    public Chunk open(int chunk, long firstPa) {
        Chunk c = new Chunk();
        c.nextPa = firstPa;
        return c;
    }

    @Override
    public void plateAppearance(Chunk c, Hitter batter, Pitcher pitcher, PlateAppearanceResult result) {
        StringBuilder runners = new StringBuilder(16);
        new CsvLine(runners).empty().empty().empty().integer(++c.nextPa);
        StringBuilder players = new StringBuilder(80);
        new CsvLine(players).text(ids.id(batter)).text(ids.id(pitcher)).text(StatcastPitchRows.savantName(pitcher.name()))
                .text(StatcastGame.hand(batter.bats())).text(StatcastGame.hand(pitcher.throwsHand()));
        c.pitchRows.write(situation, runners, players, pitcher, c.pitches, StatcastGame.event(result.outcome(), false,
                false, false), ",", batter.name());
        c.pitches.clear();
    }

    @Override
    public void finished(int chunk, Chunk c) {
        file.write(file.encode(c.rows.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Moves the finished file into place. */
    public void commit() {
        file.commit();
    }

    /** Removes an unfinished file. */
    @Override
    public void close() {
        file.close();
    }
}
