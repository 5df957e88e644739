import ballflight.fielding.PaOutcome;
import ballflight.game.GameListener;
import ballflight.game.GameProfile;
import ballflight.game.GameResult;
import ballflight.game.PlateAppearanceEnd;
import ballflight.season.Schedule;
import ballflight.season.ScheduledGame;
import ballflight.season.SeasonRecorder;
import ballflight.season.SeasonRunner;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each park's home-run and run factors over K full 2025 seasons (seeds SEED .. SEED+K-1, played as
 * `ballflight fidelity` plays them): a team's home games (both teams batting) against its road
 * games, per plate appearance. Prints CSV (team, home PA / HR / runs, road PA / HR / runs, HR
 * factor, run factor) for scripts/park_hr_vs_2025.py, which sets the HR factors against 2025's.
 * docs/CALIBRATION.md, "Each park's fence between its measured points".
 *
 * Run from the repository root after `make build`:
 *   java --add-modules jdk.incubator.vector -cp cli/target/ballflight.jar:scripts scripts/ParkFactors.java 10 1
 * PaTuning overrides as in PlayerTable (-Dtuning.NAME=VALUE).
 */
public class ParkFactors {
    /** {plate appearances, home runs, runs} of one team's home or road games. */
    static void count(Map<String, long[]> sums, String key, boolean hr, int runs) {
        long[] s = sums.computeIfAbsent(key, k -> new long[3]);
        synchronized (s) {
            s[0]++;
            s[1] += hr ? 1 : 0;
            s[2] += runs;
        }
    }

    public static void main(String[] args) throws Exception {
        FidelitySeasons played = FidelitySeasons.parse(args, "ParkFactors");
        int seasons = played.seasons();
        long seed = played.seed();
        SeasonRunner runner = played.runner();
        Map<String, long[]> home = new ConcurrentHashMap<>();
        Map<String, long[]> road = new ConcurrentHashMap<>();
        SeasonRecorder<GameListener> recorder = new SeasonRecorder<>() {
            @Override
            public GameListener open(ScheduledGame game) {
                return new GameListener() {
                    @Override
                    public void plateAppearanceEnd(PlateAppearanceEnd e) {
                        boolean hr = e.atBat().result().outcome() == PaOutcome.HR;
                        count(home, game.home(), hr, e.scored().size());
                        count(road, game.away(), hr, e.scored().size());
                    }
                };
            }

            @Override
            public void finished(ScheduledGame game, GameResult result, GameListener listener) {
            }
        };
        List<ScheduledGame> schedule = Schedule.mlb2025();
        for (int i = 0; i < seasons; i++) {
            runner.run(schedule, seed + i, done -> { }, new GameProfile(), recorder);
        }
        System.out.println("team,home_pa,home_hr,home_runs,road_pa,road_hr,road_runs,hr_factor,run_factor");
        for (String team : new TreeMap<>(home).keySet()) {
            long[] h = home.get(team);
            long[] r = road.get(team);
            System.out.printf("%s,%d,%d,%d,%d,%d,%d,%.4f,%.4f%n", team, h[0], h[1], h[2], r[0], r[1], r[2],
                    (double) h[1] / h[0] / ((double) r[1] / r[0]), (double) h[2] / h[0] / ((double) r[2] / r[0]));
        }
    }
}
