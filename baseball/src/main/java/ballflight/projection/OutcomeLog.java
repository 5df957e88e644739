package ballflight.projection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seasons played so far, per run key, as text: what checkpoints and the result cache store.
 * <pre>
 * ballflight-projection 1
 * teams ARI,ATH,...
 * key 3f2a...
 * 84,71,... 0,4,...      (one line per season: wins, then reached bits, in team order)
 * </pre>
 * A checkpoint of a comparison holds two keys (baseline and changed).
 */
final class OutcomeLog {
    static final String MAGIC = "ballflight-projection 1";

    private OutcomeLog() {
    }

    static String format(List<String> teams, Map<String, List<SeasonOutcome>> runs) {
        StringBuilder sb = new StringBuilder(MAGIC).append('\n').append("teams ").append(String.join(",", teams)).append('\n');
        runs.forEach((key, seasons) -> {
            sb.append("key ").append(key).append('\n');
            for (SeasonOutcome s : seasons) {
                sb.append(join(s.wins())).append(' ').append(join(s.reached())).append('\n');
            }
        });
        return sb.toString();
    }

    private static String join(int[] values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : ",").append(values[i]);
        }
        return sb.toString();
    }

    /**
     * Reads a log written for {@code teams}.
     *
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException naming the line when it is not such a log
     */
    static Map<String, List<SeasonOutcome>> read(Path file, List<String> teams) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.size() < 2 || !lines.get(0).equals(MAGIC)) {
            throw new IllegalArgumentException("line 1: not a ballflight projection file (expected '" + MAGIC + "')");
        }
        if (!lines.get(1).equals("teams " + String.join(",", teams))) {
            throw new IllegalArgumentException("line 2: teams differ from this run's");
        }
        Map<String, List<SeasonOutcome>> runs = new LinkedHashMap<>();
        List<SeasonOutcome> current = null;
        for (int i = 2; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("key ")) {
                current = new ArrayList<>();
                runs.put(line.substring(4).trim(), current);
            } else if (current == null) {
                throw new IllegalArgumentException("line " + (i + 1) + ": a season before any 'key' line");
            } else {
                current.add(season(line, teams.size(), i + 1));
            }
        }
        return runs;
    }

    private static SeasonOutcome season(String line, int teams, int lineNo) {
        String[] parts = line.trim().split(" ");
        try {
            int[] wins = Arrays.stream(parts[0].split(",")).mapToInt(Integer::parseInt).toArray();
            int[] reached = Arrays.stream(parts[1].split(",")).mapToInt(Integer::parseInt).toArray();
            if (parts.length != 2 || wins.length != teams || reached.length != teams) {
                throw new IllegalArgumentException("line " + lineNo + ": expected " + teams + " wins and " + teams
                        + " stage values");
            }
            return new SeasonOutcome(wins, reached);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("line " + lineNo + ": not a season line: '" + line + "'");
        }
    }
}
