package ballflight.projection;

import ballflight.data.Hitter;
import ballflight.data.LeagueData;
import ballflight.data.Pitcher;
import ballflight.model.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads what-ifs from a small CSV file: the header {@code change,subject,field,value}, then one
 * change per line (blank lines and lines starting with {@code #} are skipped):
 * <pre>
 * change,subject,field,value
 * move,Juan Soto,team,NYY          # a player joins another team
 * remove,Aaron Judge,,             # a player misses the season
 * park,COL,elevation_ft,0          # a park property (see ParkChange.FIELDS)
 * park,TOR,roof,closed             # games under a closed roof (72 F)
 * dh,ALL,,off                      # no DH (or one team: dh,NYY,,off)
 * </pre>
 * Every line is checked against the 2025 data; a mistake is an {@link InputException} naming the
 * file, the line and the field.
 */
public final class ChangesFile {
    static final String HEADER = "change,subject,field,value";
    /** Park fences and walls a what-if may set, ft. */
    static final double MIN_FENCE_FT = 250;
    static final double MAX_FENCE_FT = 550;
    static final double MAX_WALL_FT = 60;

    private final String name;
    private final LeagueData data;
    private final Set<String> teams;

    private ChangesFile(String name, LeagueData data, Set<String> teams) {
        this.name = name;
        this.data = data;
        this.teams = new TreeSet<>(teams);
    }

    /** Reads and checks {@code file} against the 2025 data. */
    public static List<Change> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException("changes", "--changes: cannot read '" + file + "': " + e.getMessage());
        }
        return parse(file.getFileName().toString(), lines, LeagueData.mlb2025(), LeagueData.mlb2025().parks().keySet());
    }

    /** Parses {@code lines} (named {@code name} in errors) against {@code data} and its {@code teams}. */
    public static List<Change> parse(String name, List<String> lines, LeagueData data, Set<String> teams) {
        ChangesFile f = new ChangesFile(name, data, teams);
        if (lines.isEmpty() || !lines.getFirst().trim().replace(" ", "").equalsIgnoreCase(HEADER)) {
            throw f.error(1, "header", lines.isEmpty() ? "" : lines.getFirst(), "must be '" + HEADER + "'");
        }
        List<Change> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = stripComment(lines.get(i));
            if (!line.isBlank()) {
                out.add(f.change(i + 1, line));
            }
        }
        if (out.isEmpty()) {
            throw f.error(lines.size(), "change", "", "the file has no changes");
        }
        return List.copyOf(out);
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    private Change change(int lineNo, String line) {
        String[] cells = line.split(",", -1);
        if (cells.length != 4) {
            throw error(lineNo, "line", line.trim(), "has " + cells.length + " cells, expected 4 (" + HEADER + ")");
        }
        String kind = cells[0].trim().toLowerCase(Locale.ROOT);
        String subject = cells[1].trim();
        String field = cells[2].trim().toLowerCase(Locale.ROOT);
        String value = cells[3].trim();
        return switch (kind) {
            case "move" -> {
                String player = player(lineNo, subject);
                if (!field.equals("team")) {
                    throw error(lineNo, "field", field, "a move sets 'team'");
                }
                String team = team(lineNo, "value", value);
                if (team.equals(teamOf(player))) {
                    throw error(lineNo, "value", value, player + " already plays for " + team);
                }
                yield new MovePlayer(player, team);
            }
            case "remove" -> new RemovePlayer(player(lineNo, subject));
            case "park" -> park(lineNo, team(lineNo, "subject", subject), field, value);
            case "dh" -> {
                String team = subject.equalsIgnoreCase(DhOff.ALL) ? DhOff.ALL : team(lineNo, "subject", subject);
                if (!value.equalsIgnoreCase("off")) {
                    throw error(lineNo, "value", value, "the DH can only be turned 'off' (it is on in 2025)");
                }
                yield new DhOff(team);
            }
            default -> throw error(lineNo, "change", cells[0].trim(), "is not one of: move, remove, park, dh");
        };
    }

    private ParkChange park(int lineNo, String team, String field, String value) {
        if (!ParkChange.FIELDS.contains(field)) {
            throw error(lineNo, "field", field, "is not one of: " + String.join(", ", ParkChange.FIELDS));
        }
        if (field.equals("roof")) {
            if (!value.equalsIgnoreCase("closed")) {
                throw error(lineNo, "value", value, "a roof can be set 'closed'");
            }
            return new ParkChange(team, field, ParkChange.ROOF_CLOSED_F);
        }
        double v;
        try {
            v = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw error(lineNo, "value", value, "is not a number");
        }
        double[] range = switch (field) {
            case "fence_height_ft" -> new double[] {0, MAX_WALL_FT};
            case "elevation_ft" -> new double[] {-1500, 15000};
            case "temperature_f" -> new double[] {-60, 140};
            default -> new double[] {MIN_FENCE_FT, MAX_FENCE_FT};
        };
        if (!(v >= range[0] && v <= range[1])) {
            throw error(lineNo, "value", value, String.format(Locale.ROOT, "%s is out of range: allowed %s to %s", field,
                    fmt(range[0]), fmt(range[1])));
        }
        return new ParkChange(team, field, v);
    }

    private static String fmt(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }

    private String player(int lineNo, String subject) {
        try {
            return data.hitter(subject).name();
        } catch (InputException notAHitter) {
            try {
                return data.pitcher(subject).name();
            } catch (InputException notAPitcher) {
                String m = notAHitter.getMessage();
                String closest = m.contains("closest:") ? "; " + m.substring(m.indexOf("closest:")) : "";
                throw error(lineNo, "subject", subject, "is not a 2025 player" + closest);
            }
        }
    }

    private String teamOf(String player) {
        for (Hitter h : data.hitters()) {
            if (h.name().equals(player)) {
                return h.team();
            }
        }
        for (Pitcher p : data.pitchers()) {
            if (p.name().equals(player)) {
                return p.team();
            }
        }
        return "";
    }

    private String team(int lineNo, String column, String text) {
        String key = text.trim().toUpperCase(Locale.ROOT);
        if (!teams.contains(key)) {
            throw error(lineNo, column, text, "is not a 2025 team; valid: " + String.join(", ", teams));
        }
        return key;
    }

    private InputException error(int lineNo, String field, String value, String why) {
        return new InputException("changes", String.format(Locale.ROOT, "%s line %d: %s = '%s' %s", name, lineNo, field,
                value, why));
    }

    /** The canonical text of {@code changes}, one per line (part of the cache key). */
    public static String canonical(List<Change> changes) {
        StringBuilder sb = new StringBuilder();
        changes.forEach(c -> sb.append(c.canonical()).append('\n'));
        return sb.toString();
    }
}
