package ballflight.cli;

import ballflight.export.SeasonFiles;
import ballflight.game.Rosters;
import ballflight.season.ScheduledGame;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --pitches} and {@code --retrosheet}: the analysts' formats, shared by game and season. */
final class ExportOptions {

    @Option(names = "--pitches", paramLabel = "FILE", description = "Also write every pitch to FILE (.csv or .csv.gz),"
            + " one row per pitch with Baseball Savant's columns (docs/FORMATS.md).")
    Path pitches;

    @Option(names = "--retrosheet", paramLabel = "DIR", description = "Also write Retrosheet event files (2025XXX.EVA/.EVN),"
            + " rosters (XXX2025.ROS) and TEAM2025 into DIR (created if missing; docs/FORMATS.md).")
    Path retrosheet;

    boolean any() {
        return pitches != null || retrosheet != null;
    }

    /** The files, checked and staged now (before any game), or null when neither option is given. */
    SeasonFiles open(Rosters rosters, List<ScheduledGame> schedule) {
        return any() ? new SeasonFiles(rosters, schedule, pitches, retrosheet) : null;
    }
}
