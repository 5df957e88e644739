package ballflight.export;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.backend.Backend;
import ballflight.engine.FlightSimulator;
import ballflight.fielding.PaOutcome;
import ballflight.game.BattingLine;
import ballflight.game.GameProfile;
import ballflight.game.GameResult;
import ballflight.game.PitchingLine;
import ballflight.game.Rosters;
import ballflight.kernel.SimulationMode;
import ballflight.pitch.PaTuning;
import ballflight.season.Schedule;
import ballflight.season.ScheduledGame;
import ballflight.season.SeasonRecorder;
import ballflight.season.SeasonRunner;
import ballflight.season.SeasonTotals;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Our files read by tools no one here wrote: Chadwick (the {@code chadwickpy} port, pinned,
 * installed into a virtual environment under target/) must accept every generated Retrosheet
 * file ({@code cwbox} without a complaint) and, from {@code cwevent}'s fields, give every
 * player of every game the box score the engine kept; the pitch-by-pitch CSV must add up to the
 * same box scores and to the league line. Games: the Yankees' whole season (162) and one home
 * game of every other club (all 30 parks). Fails, never skips, when the checker cannot be installed.
 */
class ChadwickCheckTest {
    static final String CHADWICK = "chadwickpy==0.4.0";
    static final long SEED = 2025;
    /** {@code -Dchadwick.season=full}: check all 2,430 games (a few minutes) instead of 162 + 29. */
    static final boolean FULL_SEASON = "full".equals(System.getProperty("chadwick.season"));
    static Path work;
    static Path retro;
    static Path pitches;
    static Path venvBin;
    static final Map<String, Map<String, int[]>> expected = new TreeMap<>();
    static final Map<String, GameResult> results = new LinkedHashMap<>();
    static final Map<Integer, String> gameIds = new TreeMap<>();
    static SeasonTotals totals;
    static List<ScheduledGame> games;

    /** Batting then pitching columns compared per player and game. */
    static final List<String> STATS = List.of("R", "H", "2B", "3B", "HR", "RBI", "BB", "K", "SB", "AB", "OUTS", "ER");

    @BeforeAll
    static void playAndInstall() throws Exception {
        work = Path.of("target", "chadwick-check").toAbsolutePath();
        retro = work.resolve("retrosheet");
        pitches = work.resolve("pitches.csv.gz");
        Files.createDirectories(work);
        venvBin = installChadwick(Path.of("target", "chadwick-venv").toAbsolutePath());

        List<ScheduledGame> all = Schedule.mlb2025();
        Set<ScheduledGame> chosen = new TreeSet<>((a, b) -> Integer.compare(a.index(), b.index()));
        chosen.addAll(FULL_SEASON ? all : Schedule.ofTeam(all, "NYY"));
        Set<String> parks = new HashSet<>();
        for (ScheduledGame g : all) {
            if (!g.home().equals("NYY") && !g.away().equals("NYY") && parks.add(g.home())) {
                chosen.add(g);
            }
        }
        games = new ArrayList<>(chosen);
        Rosters rosters = Rosters.mlb2025();
        PlayerIds ids = PlayerIds.of(rosters);
        try (SeasonFiles files = new SeasonFiles(rosters, all, pitches, retro)) {
            SeasonRecorder<GameRecording> keep = new SeasonRecorder<>() {
                @Override
                public GameRecording open(ScheduledGame g) {
                    return files.open(g);
                }

                @Override
                public void played(ScheduledGame g, GameResult r, GameRecording rec) {
                    files.played(g, r, rec);
                }

                @Override
                public void finished(ScheduledGame g, GameResult r, GameRecording rec) {
                    files.finished(g, r, rec);
                    String id = rec.events.gameId();
                    results.put(id, r);
                    gameIds.put(g.index(), id);
                    expected.put(id, box(r, ids));
                }
            };
            totals = new SeasonRunner(() -> FlightSimulator.builder().backend(Backend.JAVA).mode(SimulationMode.EXTREME)
                    .build(), PaTuning.DEFAULT, 2).run(games, SEED, n -> { }, new GameProfile(), keep);
            files.commit();
        }
    }

    /** Creates the virtual environment and installs the pinned checker unless it is there already. */
    static Path installChadwick(Path venv) throws Exception {
        Path bin = venv.resolve("bin");
        if (Files.isExecutable(bin.resolve("cwevent")) && Files.isExecutable(bin.resolve("cwbox"))) {
            return bin;
        }
        run(List.of("python3", "-m", "venv", venv.toString()), null, 300);
        run(List.of(bin.resolve("pip").toString(), "install", "--disable-pip-version-check", "-q", CHADWICK), null, 600);
        assertThat(bin.resolve("cwevent")).as("cwevent from " + CHADWICK).isExecutable();
        return bin;
    }

    /** Runs a command; fails the test (with its output) unless it exits 0. Returns {stdout, stderr}. */
    static String[] run(List<String> command, Path dir, int timeoutS) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command);
        if (dir != null) {
            pb.directory(dir.toFile());
        }
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        boolean done = p.waitFor(timeoutS, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        String o = Files.readString(out);
        String e = Files.readString(err);
        Files.delete(out);
        Files.delete(err);
        assertThat(done && p.exitValue() == 0).as("%s exited %s: %s", command, done ? p.exitValue() : "(timeout)",
                e.length() > 2000 ? e.substring(0, 2000) : e).isTrue();
        return new String[] {o, e};
    }

    /** Our box score of one game by player id: the {@link #STATS} columns. */
    static Map<String, int[]> box(GameResult g, PlayerIds ids) {
        Map<String, int[]> m = new TreeMap<>();
        for (List<BattingLine> side : List.of(g.awayBatting(), g.homeBatting())) {
            for (BattingLine b : side) {
                int[] s = m.computeIfAbsent(ids.id(b.team, b.name), k -> new int[STATS.size()]);
                int[] v = {b.r, b.h, b.doubles, b.triples, b.hr, b.rbi, b.bb, b.k, b.sb, b.ab};
                for (int i = 0; i < v.length; i++) {
                    s[i] += v[i];
                }
            }
        }
        for (List<PitchingLine> side : List.of(g.awayPitching(), g.homePitching())) {
            for (PitchingLine p : side) {
                int[] s = m.computeIfAbsent(ids.id(p.team, p.name), k -> new int[STATS.size()]);
                s[10] += p.outs;
                s[11] += p.er;
            }
        }
        m.values().removeIf(s -> java.util.Arrays.stream(s).allMatch(x -> x == 0));
        return m;
    }

    private static List<String> eventFiles() throws IOException {
        try (Stream<Path> s = Files.list(retro)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".EVA") || n.endsWith(".EVN"))
                    .sorted().toList();
        }
    }

    @Test
    void theFilesAreThereForEveryGameAndPark() throws IOException {
        assertThat(games).hasSize(FULL_SEASON ? 2430 : 162 + 29);
        assertThat(results).hasSize(games.size());
        assertThat(eventFiles()).hasSize(30);
        assertThat(retro.resolve("TEAM2025")).exists();
        assertThat(retro.resolve("NYY2025.ROS")).exists();
        try (Stream<Path> s = Files.list(retro)) {
            assertThat(s.filter(p -> p.getFileName().toString().startsWith(".")).toList()).as("temp files left").isEmpty();
        }
    }

    @Test
    void cwboxAcceptsEveryFile() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(venvBin.resolve("cwbox").toString(), "-y", "2025"));
        cmd.addAll(eventFiles());
        String[] out = run(cmd, retro, 600);
        String complaints = out[1].lines().filter(l -> l.toLowerCase(java.util.Locale.ROOT).contains("error")
                || l.toLowerCase(java.util.Locale.ROOT).contains("warning")).reduce("", (a, b) -> a + b + "\n");
        assertThat(complaints).as("cwbox complaints").isEmpty();
        assertThat(out[0].lines().filter(l -> l.contains("Game of")).count()).isEqualTo(games.size());
    }

    @Test
    void cweventGivesOurBoxScores() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(venvBin.resolve("cwevent").toString(), "-y", "2025", "-n", "-f",
                "0,10,14,16,26,27,28,34,35,36,37,40,43,58,59,60,61,66,67,68,75,76,77"));
        cmd.addAll(eventFiles());
        String[] out = run(cmd, retro, 600);
        Map<String, Map<String, int[]>> chadwick = new TreeMap<>();
        List<String> lines = out[0].lines().toList();
        List<String> header = fields(lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = fields(line);
            Map<String, String> r = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                r.put(header.get(i), f.get(i));
            }
            Map<String, int[]> game = chadwick.computeIfAbsent(r.get("GAME_ID"), k -> new TreeMap<>());
            tally(game, r);
        }
        for (Map<String, int[]> g : chadwick.values()) {
            g.values().removeIf(s -> java.util.Arrays.stream(s).allMatch(x -> x == 0));
        }
        assertThat(chadwick.keySet()).isEqualTo(expected.keySet());
        List<String> differences = new ArrayList<>();
        for (String game : expected.keySet()) {
            Map<String, int[]> ours = expected.get(game);
            Map<String, int[]> theirs = chadwick.get(game);
            for (String player : new TreeSet<>(union(ours.keySet(), theirs.keySet()))) {
                int[] a = ours.getOrDefault(player, new int[STATS.size()]);
                int[] b = theirs.getOrDefault(player, new int[STATS.size()]);
                for (int i = 0; i < STATS.size(); i++) {
                    if (a[i] != b[i]) {
                        differences.add(game + " " + player + " " + STATS.get(i) + ": ours " + a[i] + ", cwevent " + b[i]);
                    }
                }
            }
        }
        assertThat(differences).as("box-score differences").isEmpty();
        long players = expected.values().stream().mapToLong(Map::size).sum();
        assertThat(players).as("player-games compared").isGreaterThan(25L * games.size());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new HashSet<>(a);
        u.addAll(b);
        return u;
    }

    /** Adds one cwevent row to the game's per-player stats. */
    private static void tally(Map<String, int[]> game, Map<String, String> r) {
        int event = Integer.parseInt(r.get("EVENT_CD"));
        int hit = Integer.parseInt(r.get("H_CD"));
        String batter = r.get("BAT_ID");
        if (r.get("BAT_EVENT_FL").equals("T")) {
            int[] b = game.computeIfAbsent(batter, k -> new int[STATS.size()]);
            b[1] += hit > 0 ? 1 : 0;
            b[2] += hit == 2 ? 1 : 0;
            b[3] += hit == 3 ? 1 : 0;
            b[4] += hit == 4 ? 1 : 0;
            b[5] += Integer.parseInt(r.get("RBI_CT"));
            b[6] += event == 14 || event == 15 ? 1 : 0;
            b[7] += event == 3 ? 1 : 0;
            b[9] += r.get("AB_FL").equals("T") ? 1 : 0;
        }
        game.computeIfAbsent(r.get("PIT_ID"), k -> new int[STATS.size()])[10] += Integer.parseInt(r.get("EVENT_OUTS_CT"));
        scored(game, batter, Integer.parseInt(r.get("BAT_DEST_ID")), r.get("RESP_PIT_ID"));
        for (int base = 1; base <= 3; base++) {
            String runner = r.get("BASE" + base + "_RUN_ID");
            if (runner.isEmpty()) {
                continue;
            }
            scored(game, runner, Integer.parseInt(r.get("RUN" + base + "_DEST_ID")), r.get("RUN" + base + "_RESP_PIT_ID"));
            if (r.get("RUN" + base + "_SB_FL").equals("T")) {
                game.computeIfAbsent(runner, k -> new int[STATS.size()])[8]++;
            }
        }
    }

    /** Destination 4 = scored earned, 5 = unearned, 6 = unearned for the team only (earned for the pitcher). */
    private static void scored(Map<String, int[]> game, String runner, int dest, String pitcher) {
        if (dest < 4) {
            return;
        }
        game.computeIfAbsent(runner, k -> new int[STATS.size()])[0]++;
        if (dest == 4 || dest == 6) {
            game.computeIfAbsent(pitcher, k -> new int[STATS.size()])[11]++;
        }
    }

    /** Splits a cwevent CSV line (strings quoted, numbers bare). */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    @Test
    void thePitchFileAddsUpToTheBoxScoresAndTheLeagueLine() throws IOException {
        Map<String, Integer> col = new LinkedHashMap<>();
        for (int i = 0; i < StatcastGame.COLUMNS.size(); i++) {
            col.put(StatcastGame.COLUMNS.get(i), i);
        }
        Map<String, Map<String, int[]>> sums = new TreeMap<>();
        Map<String, Map<String, Integer>> pitchCounts = new TreeMap<>();
        Map<String, Integer> events = new TreeMap<>();
        long rows = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(pitches)), StandardCharsets.UTF_8))) {
            assertThat(in.readLine()).isEqualTo(String.join(",", StatcastGame.COLUMNS));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                rows++;
                List<String> f = fields(line);
                assertThat(f).hasSize(StatcastGame.COLUMNS.size());
                String game = gameIds.get(Integer.parseInt(f.get(col.get("game_pk"))));
                pitchCounts.computeIfAbsent(game, k -> new TreeMap<>()).merge(f.get(col.get("pitcher")), 1, Integer::sum);
                String ev = f.get(col.get("events"));
                if (ev.isEmpty()) {
                    continue;
                }
                events.merge(ev, 1, Integer::sum);
                int[] b = sums.computeIfAbsent(game, k -> new TreeMap<>())
                        .computeIfAbsent(f.get(col.get("batter")), k -> new int[5]);
                switch (ev) {
                    case "single" -> b[0]++;
                    case "double" -> b[1]++;
                    case "triple" -> b[2]++;
                    case "home_run" -> b[3]++;
                    case "walk" -> b[4]++;
                    default -> {
                    }
                }
            }
        }
        PlayerIds ids = PlayerIds.of(Rosters.mlb2025());
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, GameResult> e : results.entrySet()) {
            GameResult g = e.getValue();
            Map<String, int[]> got = sums.getOrDefault(e.getKey(), Map.of());
            for (List<BattingLine> side : List.of(g.awayBatting(), g.homeBatting())) {
                for (BattingLine b : side) {
                    int[] s = got.getOrDefault(ids.id(b.team, b.name), new int[5]);
                    int[] want = {b.h - b.doubles - b.triples - b.hr, b.doubles, b.triples, b.hr, b.bb};
                    if (!java.util.Arrays.equals(s, want)) {
                        differences.add(e.getKey() + " " + b.name + " 1B/2B/3B/HR/BB: csv " + java.util.Arrays.toString(s)
                                + ", box " + java.util.Arrays.toString(want));
                    }
                }
            }
            for (List<PitchingLine> side : List.of(g.awayPitching(), g.homePitching())) {
                for (PitchingLine p : side) {
                    int n = pitchCounts.getOrDefault(e.getKey(), Map.of()).getOrDefault(ids.id(p.team, p.name), 0);
                    if (n != p.pitches) {
                        differences.add(e.getKey() + " " + p.name + " pitches: csv " + n + ", box " + p.pitches);
                    }
                }
            }
        }
        assertThat(differences).as("pitch file vs box scores").isEmpty();
        // The league line of these games, from the same file.
        int pa = events.values().stream().mapToInt(Integer::intValue).sum();
        assertThat((long) pa).isEqualTo(totals.league().plateAppearances());
        assertThat((long) events.getOrDefault("strikeout", 0)).isEqualTo(totals.league().count(PaOutcome.K));
        assertThat((long) events.getOrDefault("walk", 0)).isEqualTo(totals.league().count(PaOutcome.BB));
        assertThat((long) events.getOrDefault("hit_by_pitch", 0)).isEqualTo(totals.league().count(PaOutcome.HBP));
        assertThat((long) events.getOrDefault("home_run", 0)).isEqualTo(totals.league().count(PaOutcome.HR));
        assertThat((double) rows / pa).isCloseTo(totals.league().pitchesPerPa(), org.assertj.core.data.Offset.offset(1e-9));
    }
}
