import ballflight.backend.Backend;
import ballflight.data.LeagueData;
import ballflight.data.Pitcher;
import ballflight.engine.FlightSimulator;
import ballflight.fielding.PaOutcome;
import ballflight.kernel.SimulationMode;
import ballflight.pa.Matchups;
import ballflight.pa.PaRunner;
import ballflight.pa.PaStats;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a pitcher's 2025 contact allowed reaches the engine (docs/CALIBRATION.md,
 * `sweetSpotVarPerContactZ`): the N pitchers with the most 2025 playing time each face PA_EACH of
 * the league's hitters (neutral park, EXTREME, Java backend, 2 threads); prints the least-squares
 * slope and r of the simulated total bases per ball in play (home runs included) on his 2025
 * expected total bases per ball in play (`xtb_per_bip`). One for one is slope 1.
 *
 * Run from the repository root after `make build`:
 *   java -cp cli/target/ballflight.jar scripts/ContactAllowedSlope.java 100 1500 3
 * PaTuning numbers can be overridden as in PlayerTable (-Dtuning.NAME=VALUE).
 */
public class ContactAllowedSlope {
    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        int paEach = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        LeagueData data = LeagueData.mlb2025();
        Map<String, Double> expected = TalentTable.column(Path.of("baseball/src/main/resources/mlb-2025/pitchers.csv"),
                "name", "xtb_per_bip");
        PaRunner runner = new PaRunner(() -> FlightSimulator.builder().backend(Backend.JAVA)
                .mode(SimulationMode.EXTREME).build(), PlayerTable.tuning(), 2);
        List<double[]> pairs = new ArrayList<>();
        for (Pitcher p : data.pitchers().subList(0, count)) {
            Double x = expected.get(p.name());
            if (x == null) {
                continue;
            }
            PaStats s = runner.run(Matchups.of(null, p, data.hitters(), data.pitchers()), data.leagueDefense(),
                    data.neutralPark(), paEach, seed);
            long doubles = s.count(PaOutcome.DOUBLE);
            long triples = s.count(PaOutcome.TRIPLE);
            long homers = s.count(PaOutcome.HR);
            double bases = s.hits() + doubles + 2 * triples + 3 * homers;
            double inPlay = s.plateAppearances() - s.count(PaOutcome.K) - s.count(PaOutcome.BB) - s.count(PaOutcome.HBP);
            pairs.add(new double[] {x, bases / inPlay});
        }
        double[] x = pairs.stream().mapToDouble(v -> v[0]).toArray();
        double[] y = pairs.stream().mapToDouble(v -> v[1]).toArray();
        System.out.printf(Locale.ROOT, "%d pitchers: simulated TB/BIP %.4f (2025 expected %.4f), slope %.3f, r %.3f%n",
                pairs.size(), Arrays.stream(y).average().orElseThrow(), Arrays.stream(x).average().orElseThrow(),
                TalentTable.slope(x, y), TalentTable.r(x, y));
    }
}
