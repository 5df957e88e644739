import ballflight.game.GameListener;
import ballflight.game.GameProfile;
import ballflight.game.GameResult;
import ballflight.game.PitchingLine;
import ballflight.season.Schedule;
import ballflight.season.ScheduledGame;
import ballflight.season.SeasonRecorder;
import ballflight.season.SeasonRunner;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How long starts last over K full 2025 seasons (seeds SEED .. SEED+K-1, played as `ballflight
 * fidelity` plays them): starts by full innings pitched, and complete games (the starter the only
 * pitcher of his side). docs/CALIBRATION.md, "Starts' length and pitchers' pitch counts".
 *
 * Run from the repository root after `make build`:
 *   java --add-modules jdk.incubator.vector -cp cli/target/ballflight.jar scripts/StartLengths.java 3 1
 * PaTuning overrides as in PlayerTable (-Dtuning.NAME=VALUE).
 */
public class StartLengths {
    public static void main(String[] args) throws Exception {
        FidelitySeasons played = FidelitySeasons.parse(args, "StartLengths");
        int seasons = played.seasons();
        long seed = played.seed();
        SeasonRunner runner = played.runner();
        Map<Integer, Integer> byInnings = new TreeMap<>();
        int[] starts = {0};
        int[] complete = {0};
        SeasonRecorder<GameListener> recorder = new SeasonRecorder<>() {
            @Override
            public GameListener open(ScheduledGame game) {
                return new GameListener() { };
            }

            @Override
            public void finished(ScheduledGame game, GameResult result, GameListener listener) {
                for (List<PitchingLine> side : List.of(result.awayPitching(), result.homePitching())) {
                    PitchingLine first = side.getFirst();
                    if (first.starts == 1) {
                        starts[0]++;
                        byInnings.merge(first.outs / 3, 1, Integer::sum);
                        complete[0] += side.size() == 1 ? 1 : 0;
                    }
                }
            }
        };
        List<ScheduledGame> schedule = Schedule.mlb2025();
        for (int i = 0; i < seasons; i++) {
            runner.run(schedule, seed + i, done -> { }, new GameProfile(), recorder);
        }
        System.out.printf("%d starts, %d complete games (%.1f a season)%n", starts[0], complete[0],
                (double) complete[0] / seasons);
        byInnings.forEach((innings, n) -> System.out.printf("%2d full innings: %6d (%.2f %%)%n", innings, n,
                100.0 * n / starts[0]));
    }
}
