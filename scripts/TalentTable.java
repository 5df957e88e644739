import ballflight.backend.Backend;
import ballflight.data.Hitter;
import ballflight.data.LeagueData;
import ballflight.data.Pitcher;
import ballflight.engine.FlightSimulator;
import ballflight.kernel.SimulationMode;
import ballflight.pa.Matchups;
import ballflight.pa.PaRunner;
import ballflight.pa.PaStats;
import ballflight.season.Agreement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Talent at the plate-appearance level (docs/CALIBRATION.md, team and player fidelity): the N hitters
 * with the most 2025 PA each bat PA_EACH times against the league's pitchers, and the N pitchers
 * with the most batters faced each face PA_EACH of the league's hitters (neutral park, EXTREME, Java
 * backend, 2 threads). Prints correlation and slope of simulated on real K%, BB%, HR/PA, and for
 * pitchers the correlation of a simulated run value per PA (linear weights) with the 2025 ERA.
 *
 * Run from the repository root after `make build`:
 *   java -cp cli/target/ballflight.jar scripts/TalentTable.java 60 1500 3
 * Any PaTuning number can be overridden for an experiment, e.g. -Dtuning.trackedSigmaIn=0.65 (the
 * overrides are PlayerTable's, found by the JDK's multi-file source launcher in the same folder).
 */
public class TalentTable {
    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        int paEach = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        boolean verbose = args.length > 3;
        LeagueData data = LeagueData.mlb2025();
        Map<String, double[]> realHitters = realHitters(Path.of("baseball/src/main/resources/mlb-2025/hitters.csv"));
        PaRunner runner = new PaRunner(() -> FlightSimulator.builder().backend(Backend.JAVA)
                .mode(SimulationMode.EXTREME).build(), PlayerTable.tuning(), 2);
        List<Hitter> hitters = data.hitters().subList(0, count);
        double[][] h = new double[8][count];
        for (int i = 0; i < count; i++) {
            Hitter b = hitters.get(i);
            PaStats s = runner.run(Matchups.of(b, null, data.hitters(), data.pitchers()), data.leagueDefense(),
                    data.neutralPark(), paEach, seed);
            double[] real = realHitters.get(b.name());
            h[0][i] = b.strikeoutRate();
            h[1][i] = s.kPct();
            h[2][i] = b.walkRate();
            h[3][i] = s.bbPct();
            h[4][i] = real[0];
            h[5][i] = s.hrPct();
            h[6][i] = real[1];
            h[7][i] = s.avg();
            if (verbose) {
                System.out.printf(Locale.ROOT, "H %-24s K %.3f/%.3f BB %.3f/%.3f HR %.4f/%.4f AVG %.3f/%.3f%n", b.name(),
                        h[1][i], h[0][i], h[3][i], h[2][i], h[5][i], h[4][i], h[7][i], h[6][i]);
            }
        }
        System.out.printf(Locale.ROOT, "hitters  K%% r %.3f slope %.3f | BB%% r %.3f slope %.3f | HR/PA r %.3f slope %.3f"
                        + " | AVG r %.3f slope %.3f%n", r(h[0], h[1]), slope(h[0], h[1]), r(h[2], h[3]), slope(h[2], h[3]),
                r(h[4], h[5]), slope(h[4], h[5]), r(h[6], h[7]), slope(h[6], h[7]));
        Map<String, Double> era = realEra(Path.of("/work/shared/data/mlb-2025/rosters/pitchers.csv"));
        List<Pitcher> pitchers = data.pitchers().subList(0, count);
        double[][] p = new double[6][count];
        for (int i = 0; i < count; i++) {
            Pitcher q = pitchers.get(i);
            PaStats s = runner.run(Matchups.of(null, q, data.hitters(), data.pitchers()), data.leagueDefense(),
                    data.neutralPark(), paEach, seed);
            p[0][i] = q.strikeoutRate();
            p[1][i] = s.kPct();
            p[2][i] = q.walkRate();
            p[3][i] = s.bbPct();
            p[4][i] = era.getOrDefault(q.name(), Double.NaN);
            p[5][i] = runValue(s);
            if (verbose) {
                System.out.printf(Locale.ROOT, "P %-24s K %.3f/%.3f BB %.3f/%.3f runs/PA %.4f ERA %.2f EV %.2f barrelZ %.2f%n",
                        q.name(), p[1][i], p[0][i], p[3][i], p[2][i], p[5][i], p[4][i], s.meanEvMph(), q.contactAllowedZ());
            }
        }
        System.out.printf(Locale.ROOT, "pitchers K%% r %.3f slope %.3f | BB%% r %.3f slope %.3f | runs/PA vs ERA r %.3f%n",
                r(p[0], p[1]), slope(p[0], p[1]), r(p[2], p[3]), slope(p[2], p[3]), r(p[4], p[5]));
    }

    /** Linear-weight runs per PA: the offence's value of the outcomes, a park-free ERA stand-in. */
    private static double runValue(PaStats s) {
        double pa = s.plateAppearances();
        double singles = s.hits() - s.count(ballflight.fielding.PaOutcome.DOUBLE) - s.count(ballflight.fielding.PaOutcome.TRIPLE)
                - s.count(ballflight.fielding.PaOutcome.HR);
        return (0.69 * s.count(ballflight.fielding.PaOutcome.BB) + 0.72 * s.count(ballflight.fielding.PaOutcome.HBP)
                + 0.89 * singles + 1.27 * s.count(ballflight.fielding.PaOutcome.DOUBLE)
                + 1.62 * s.count(ballflight.fielding.PaOutcome.TRIPLE) + 2.10 * s.count(ballflight.fielding.PaOutcome.HR)) / pa;
    }

    static double r(double[] x, double[] y) {
        return Agreement.of(present(x, y), present(y, x)).r();
    }

    static double slope(double[] x, double[] y) {
        return Agreement.of(present(x, y), present(y, x)).slope();
    }

    /** The values of {@code x} where both series are known. */
    private static double[] present(double[] x, double[] other) {
        return java.util.stream.IntStream.range(0, x.length).filter(i -> !Double.isNaN(x[i]) && !Double.isNaN(other[i]))
                .mapToDouble(i -> x[i]).toArray();
    }

    /** HR per (AB + BB) and a hits-per-AB estimate ((hr column only; AVG from the roster file when present). */
    private static Map<String, double[]> realHitters(Path csv) throws IOException {
        Map<String, Double> avg = new HashMap<>();
        List<String> roster = Files.readAllLines(Path.of("/work/shared/data/mlb-2025/rosters/hitters.csv"));
        List<String> rh = Arrays.asList(roster.get(0).split(",", -1));
        for (String line : roster.subList(1, roster.size())) {
            String[] f = line.split(",", -1);
            if (!f[rh.indexOf("batting_avg")].isEmpty()) {
                avg.put(f[rh.indexOf("player_name")], Double.parseDouble(f[rh.indexOf("batting_avg")]));
            }
        }
        List<String> lines = Files.readAllLines(csv);
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        Map<String, double[]> out = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            double plate = Double.parseDouble(f[header.indexOf("pa")]);
            String hr = f[header.indexOf("hr")];
            String name = f[header.indexOf("name")];
            out.put(name, new double[] {plate > 0 && !hr.isEmpty() ? Double.parseDouble(hr) / plate : Double.NaN,
                avg.getOrDefault(name, Double.NaN)});
        }
        return out;
    }

    private static Map<String, Double> realEra(Path csv) throws IOException {
        return column(csv, "player_name", "era");
    }

    /** One numeric column of a CSV by a name column (rows with the value empty are left out). */
    static Map<String, Double> column(Path csv, String keyColumn, String valueColumn) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        Map<String, Double> out = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            String value = f[header.indexOf(valueColumn)];
            if (!value.isEmpty()) {
                out.put(f[header.indexOf(keyColumn)], Double.parseDouble(value));
            }
        }
        return out;
    }
}
