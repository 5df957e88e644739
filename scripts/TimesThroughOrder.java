import ballflight.data.Park;
import ballflight.data.Pitcher;
import ballflight.fielding.PaOutcome;
import ballflight.game.GameLineup;
import ballflight.game.GameListener;
import ballflight.game.GameProfile;
import ballflight.game.GameResult;
import ballflight.game.PlateAppearanceEnd;
import ballflight.game.PlateAppearanceStart;
import ballflight.game.TeamRoster;
import ballflight.season.Schedule;
import ballflight.season.ScheduledGame;
import ballflight.season.SeasonRecorder;
import ballflight.season.SeasonRunner;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The times-through-the-order pattern over K full 2025 seasons (seeds SEED .. SEED+K-1, played as
 * `ballflight fidelity` plays them): the starters' wOBA allowed the first, second, third and fourth
 * time a batter faces them in a game, each against its expectation (the batter's season wOBA plus
 * the pitcher's, less the league's, from the same seasons), as The Book (Tango, Lichtman, Dolphin
 * 2006, table 81) measures it: -.008 / +.001 / +.008 for 1999-2002. Also the relievers' first look
 * and the strikeout rate by look. docs/CALIBRATION.md, "Times through the order".
 *
 * Run from the repository root after `make build`:
 *   java --add-modules jdk.incubator.vector -cp cli/target/ballflight.jar scripts/TimesThroughOrder.java 3 1
 * PaTuning overrides as in PlayerTable (-Dtuning.NAME=VALUE).
 */
public class TimesThroughOrder {
    /** wOBA weights (FanGraphs' linear weights, rounded; the pattern does not depend on the last digit). */
    static double woba(PaOutcome o) {
        return switch (o) {
            case BB -> 0.69;
            case HBP -> 0.72;
            case SINGLE -> 0.88;
            case DOUBLE -> 1.25;
            case TRIPLE -> 1.59;
            case HR -> 2.04;
            default -> 0.0;
        };
    }

    record Pa(String batter, String pitcher, int look, boolean starter, double woba, boolean k) { }

    /** Adds one plate appearance's wOBA to a player's {sum, count}. */
    static void count(Map<String, double[]> players, String name, double woba) {
        double[] sum = players.computeIfAbsent(name, k -> new double[2]);
        sum[0] += woba;
        sum[1]++;
    }

    public static void main(String[] args) throws Exception {
        FidelitySeasons played = FidelitySeasons.parse(args, "TimesThroughOrder");
        int seasons = played.seasons();
        long seed = played.seed();
        SeasonRunner runner = played.runner();
        List<Pa> all = Collections.synchronizedList(new ArrayList<>());
        SeasonRecorder<GameListener> recorder = new SeasonRecorder<>() {
            @Override
            public GameListener open(ScheduledGame game) {
                return new GameListener() {
                    final Map<String, Integer> looks = new HashMap<>();
                    Pitcher awayStarter;
                    Pitcher homeStarter;
                    PlateAppearanceStart start;

                    @Override
                    public void gameStart(TeamRoster away, TeamRoster home, GameLineup awayLineup,
                                          GameLineup homeLineup, Pitcher a, Pitcher h, Park park) {
                        awayStarter = a;
                        homeStarter = h;
                    }

                    @Override
                    public void plateAppearanceStart(PlateAppearanceStart s) {
                        start = s;
                    }

                    @Override
                    public void plateAppearanceEnd(PlateAppearanceEnd e) {
                        String key = start.pitcher().name() + "|" + start.batter().name();
                        int look = looks.merge(key, 1, Integer::sum);
                        Pitcher starter = start.homeBatting() ? awayStarter : homeStarter;
                        PaOutcome o = e.atBat().result().outcome();
                        all.add(new Pa(start.batter().name(), start.pitcher().name(), look,
                                start.pitcher() == starter, woba(o), o == PaOutcome.K));
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
        Map<String, double[]> bat = new HashMap<>();
        Map<String, double[]> pit = new HashMap<>();
        double league = 0;
        for (Pa p : all) {
            count(bat, p.batter, p.woba);
            count(pit, p.pitcher, p.woba);
            league += p.woba;
        }
        league /= all.size();
        // [role][look]: n, woba, expected, strikeouts
        double[][][] sum = new double[2][6][4];
        for (Pa p : all) {
            double[] b = bat.get(p.batter);
            double[] q = pit.get(p.pitcher);
            double expected = b[0] / b[1] + q[0] / q[1] - league;
            double[] s = sum[p.starter ? 0 : 1][Math.min(5, p.look)];
            s[0]++;
            s[1] += p.woba;
            s[2] += expected;
            s[3] += p.k ? 1 : 0;
        }
        System.out.printf("%d PA, league wOBA %.3f%n", all.size(), league);
        System.out.println("role      look       PA    wOBA  expected  diff     K%");
        for (int role = 0; role < 2; role++) {
            for (int look = 1; look <= 5; look++) {
                double[] s = sum[role][look];
                if (s[0] < 100) {
                    continue;
                }
                System.out.printf("%-9s %4s %8d   %.3f   %.3f  %+.3f  %5.1f%n", role == 0 ? "starter" : "reliever",
                        look == 5 ? "5+" : look, (long) s[0], s[1] / s[0], s[2] / s[0], (s[1] - s[2]) / s[0],
                        100 * s[3] / s[0]);
            }
        }
    }
}
