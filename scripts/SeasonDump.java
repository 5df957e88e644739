import ballflight.game.BattingLine;
import ballflight.game.GameProfile;
import ballflight.game.PitchingLine;
import ballflight.season.Schedule;
import ballflight.season.ScheduledGame;
import ballflight.season.SeasonRunner;
import ballflight.season.SeasonTotals;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * K full 2025 seasons (seeds SEED .. SEED+K-1, as `ballflight fidelity` plays them: EXTREME
 * tolerance, 2 threads) summed into three CSV files in OUT for the regressions in
 * docs/CALIBRATION.md ("aggregates"): teams.csv (mean wins), bat.csv and pit.csv (each player's
 * line summed over the seasons). K = 1 gives one season's lines.
 *
 * Run from the repository root after `make build`:
 *   java -cp cli/target/ballflight.jar scripts/SeasonDump.java 20 1 /tmp/seasons20
 * PaTuning overrides as in PlayerTable (-Dtuning.NAME=VALUE).
 */
public class SeasonDump {
    public static void main(String[] args) throws Exception {
        int seasons = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        Path out = Path.of(args[2]);
        Files.createDirectories(out);
        SeasonRunner runner = new FidelitySeasons(seasons, seed).runner();
        List<ScheduledGame> schedule = Schedule.mlb2025();
        Map<String, BattingLine> bat = new TreeMap<>();
        Map<String, PitchingLine> pit = new TreeMap<>();
        Map<String, Integer> wins = new TreeMap<>();
        for (int i = 0; i < seasons; i++) {
            SeasonTotals t = runner.run(schedule, seed + i, d -> { }, new GameProfile());
            t.standings().forEach(s -> wins.merge(s.team(), s.wins(), Integer::sum));
            for (BattingLine l : t.batters()) {
                bat.computeIfAbsent(l.team + "|" + l.name, k -> new BattingLine(l.name, l.team, l.position)).add(l);
            }
            for (PitchingLine l : t.pitchers()) {
                pit.computeIfAbsent(l.team + "|" + l.name, k -> new PitchingLine(l.name, l.team)).add(l);
            }
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("teams.csv")))) {
            w.println("team,wins");
            wins.forEach((team, n) -> w.println(team + "," + (double) n / seasons));
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("bat.csv")))) {
            w.println("team,name,pa,ab,h,d,t,hr,bb,k");
            for (BattingLine l : bat.values()) {
                w.printf("%s,\"%s\",%d,%d,%d,%d,%d,%d,%d,%d%n", l.team, l.name, l.pa, l.ab, l.h, l.doubles, l.triples,
                        l.hr, l.bb, l.k);
            }
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("pit.csv")))) {
            w.println("team,name,outs,bf,h,er,bb,k,hr,games,starts,pitches");
            for (PitchingLine l : pit.values()) {
                w.printf("%s,\"%s\",%d,%d,%d,%d,%d,%d,%d,%d,%d,%d%n", l.team, l.name, l.outs, l.bf, l.h, l.er, l.bb, l.k,
                        l.hr, l.games, l.starts, l.pitches);
            }
        }
    }
}
