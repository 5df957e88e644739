package ballflight.export;

import ballflight.data.Handedness;
import ballflight.data.Hitter;
import ballflight.data.Pitcher;
import ballflight.game.LineupSlot;
import ballflight.game.Rosters;
import ballflight.game.TeamRoster;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A season as Retrosheet publishes one: an event file per home team ({@code 2025NYY.EVA} for an
 * American League park, {@code .EVN} for a National League one) with its games in schedule
 * order, a roster file per team that played ({@code NYY2025.ROS}) and {@code TEAM2025}. Each file
 * is written under a temporary name and renamed into place when the season is over.
 */
final class RetrosheetDirectory implements AutoCloseable {
    static final String YEAR = "2025";
    private final Path dir;
    private final String option;
    private final Rosters rosters;
    private final PlayerIds ids;
    private final Map<String, StagedFile> eventFiles = new TreeMap<>();
    private final Map<String, StagedFile> others = new LinkedHashMap<>();

    RetrosheetDirectory(Path dir, String option, Rosters rosters, PlayerIds ids) {
        this.dir = dir.toAbsolutePath();
        this.option = option;
        this.rosters = rosters;
        this.ids = ids;
        try {
            Files.createDirectories(this.dir);
        } catch (IOException e) {
            throw new ExportException(option + ": cannot create directory '" + dir + "': " + e.getMessage());
        }
        if (!Files.isDirectory(this.dir) || !Files.isWritable(this.dir)) {
            throw new ExportException(option + ": directory '" + dir + "' is not writable");
        }
        // Fails now, before any game, if files cannot be made here.
        others.put("TEAM" + YEAR, new StagedFile(this.dir.resolve("TEAM" + YEAR), option));
    }

    /** File name of {@code home}'s event file. */
    static String eventFileName(String home) {
        return YEAR + home + (Teams.of(home).league().equals("A") ? ".EVA" : ".EVN");
    }

    /** Appends one game to its home team's event file. */
    void add(String home, String gameText) {
        StagedFile f = eventFiles.computeIfAbsent(home, h -> new StagedFile(dir.resolve(eventFileName(h)), option));
        write(f, gameText);
    }

    private void write(StagedFile f, String text) {
        try {
            f.stream().write(text.getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new ExportException(option + ": cannot write '" + f.target() + "': " + e.getMessage());
        }
    }

    /** Writes the rosters of every team in {@code teams} and the team file, then moves everything into place. */
    void commit(Iterable<String> teams) {
        StringBuilder team = new StringBuilder();
        for (String code : teams) {
            Teams.Team t = Teams.of(code);
            team.append(code).append(',').append(t.league()).append(',').append(t.city()).append(',')
                    .append(t.nickname()).append('\n');
            StagedFile ros = new StagedFile(dir.resolve(code + YEAR + ".ROS"), option);
            others.put(code + YEAR + ".ROS", ros);
            write(ros, roster(rosters.teams().get(code)));
        }
        write(others.get("TEAM" + YEAR), team.toString());
        eventFiles.values().forEach(StagedFile::commit);
        others.values().forEach(StagedFile::commit);
    }

    /** {@code id,last,first,bats,throws,team,position}; unknown hands are '?'. */
    private String roster(TeamRoster t) {
        Map<String, String[]> rows = new TreeMap<>();
        for (Hitter h : t.allHitters()) {
            hitter(rows, t.team(), h);
        }
        for (Pitcher p : t.allPitchers()) {
            pitcher(rows, t.team(), p);
        }
        StringBuilder b = new StringBuilder();
        rows.forEach((id, r) -> b.append(id).append(',').append(r[0]).append(',').append(r[1]).append(',').append(r[2])
                .append(',').append(r[3]).append(',').append(t.team()).append(',').append(r[4]).append('\n'));
        return b.toString();
    }

    private void hitter(Map<String, String[]> rows, String team, Hitter h) {
        String[] fl = AsciiNames.firstLast(h.name());
        String[] row = rows.computeIfAbsent(ids.id(team, h.name()), k -> new String[] {fl[1], fl[0], "?", "?", ""});
        row[2] = hand(h.bats());
        row[4] = h.position();
    }

    private void pitcher(Map<String, String[]> rows, String team, Pitcher p) {
        String[] fl = AsciiNames.firstLast(p.name());
        String[] row = rows.computeIfAbsent(ids.id(team, p.name()), k -> new String[] {fl[1], fl[0], "?", "?", "P"});
        row[3] = hand(p.throwsHand());
    }

    private static String hand(Handedness h) {
        return h == Handedness.LEFT ? "L" : "R";
    }

    /** Removes whatever was not committed. */
    @Override
    public void close() {
        eventFiles.values().forEach(StagedFile::close);
        others.values().forEach(StagedFile::close);
    }
}
