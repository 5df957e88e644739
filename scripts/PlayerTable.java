import ballflight.backend.Backend;
import ballflight.data.Hitter;
import ballflight.data.LeagueData;
import ballflight.engine.FlightSimulator;
import ballflight.fielding.BattedBallType;
import ballflight.kernel.SimulationMode;
import ballflight.pa.Matchups;
import ballflight.pa.PaRunner;
import ballflight.pa.PaStats;
import ballflight.pitch.PaTuning;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Per-hitter check of the plate-appearance model against 2025 (docs/CALIBRATION.md, player level):
 * the N regulars with the most PA, each batting PA_EACH times against the league's pitchers in the
 * neutral park (EXTREME steps, Java backend, 2 threads). Prints one CSV row per hitter and a summary
 * line: RMS error of mean EV and LA, correlation and slope of simulated on real HR/PA.
 *
 * Run from the repository root after `make build`:
 *   java -cp cli/target/ballflight.jar scripts/PlayerTable.java 150 4000 3
 * Any PaTuning number can be overridden for an experiment, e.g. -Dtuning.trackedSigmaIn=0.65.
 */
public class PlayerTable {
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: PlayerTable HITTERS PA_EACH SEED");
            System.exit(2);
        }
        int count = Integer.parseInt(args[0]);
        int paEach = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        LeagueData data = LeagueData.mlb2025();
        Map<String, Double> realHrRate = realHomeRunRates(Path.of("baseball/src/main/resources/mlb-2025/hitters.csv"));
        PaRunner runner = new PaRunner(() -> FlightSimulator.builder().backend(Backend.JAVA)
                .mode(SimulationMode.EXTREME).build(), tuning(), 2);
        List<Hitter> regulars = data.hitters().subList(0, Math.min(count, data.hitters().size()));
        double evSquares = 0;
        double laSquares = 0;
        double[] real = new double[regulars.size()];
        double[] sim = new double[regulars.size()];
        System.out.println("name,bat_speed_mph,attack_deg,sim_ev,real_ev,sim_la,real_la,sim_hr_pa,real_hr_pa,sim_bb,real_bb,sim_k,real_k,sim_gb");
        for (int i = 0; i < regulars.size(); i++) {
            Hitter h = regulars.get(i);
            PaStats s = runner.run(Matchups.of(h, null, data.hitters(), data.pitchers()), data.leagueDefense(),
                    data.neutralPark(), paEach, seed);
            real[i] = realHrRate.getOrDefault(h.name(), 0.0);
            sim[i] = s.hrPct();
            evSquares += Math.pow(s.meanEvMph() - h.avgExitVelocityMph(), 2);
            laSquares += Math.pow(s.meanLaDeg() - h.avgLaunchAngleDeg(), 2);
            System.out.printf(Locale.ROOT, "%s,%.1f,%.1f,%.2f,%.1f,%.2f,%.1f,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%.3f%n",
                    h.name(), h.batSpeedMph(), h.attackAngleDeg(), s.meanEvMph(), h.avgExitVelocityMph(), s.meanLaDeg(),
                    h.avgLaunchAngleDeg(), s.hrPct(), real[i], s.bbPct(), h.walkRate(), s.kPct(), h.strikeoutRate(),
                    s.typePct(BattedBallType.GB));
        }
        int n = regulars.size();
        double mx = Arrays.stream(real).average().orElse(0);
        double my = Arrays.stream(sim).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (real[i] - mx) * (sim[i] - my);
            sxx += (real[i] - mx) * (real[i] - mx);
            syy += (sim[i] - my) * (sim[i] - my);
        }
        System.out.printf(Locale.ROOT, "# %d hitters x %d PA: RMS EV error %.2f mph, RMS LA error %.2f deg, HR/PA correlation %.3f,"
                + " slope of sim on real %.3f%n", n, paEach, Math.sqrt(evSquares / n), Math.sqrt(laSquares / n),
                sxy / Math.sqrt(sxx * syy), sxy / sxx);
    }

    /** HR per (AB + BB) in 2025, the bundled file's columns. */
    private static Map<String, Double> realHomeRunRates(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        int name = header.indexOf("name");
        int pa = header.indexOf("pa");
        int hr = header.indexOf("hr");
        Map<String, Double> out = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            double plate = Double.parseDouble(f[pa]);
            if (plate > 0 && !f[hr].isEmpty()) {
                out.put(f[name], Double.parseDouble(f[hr]) / plate);
            }
        }
        return out;
    }

    /** PaTuning.DEFAULT with any -Dtuning.NAME=VALUE overrides. */
    static PaTuning tuning() throws ReflectiveOperationException {
        RecordComponent[] components = PaTuning.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            String override = System.getProperty("tuning." + components[i].getName());
            values[i] = override != null ? Double.parseDouble(override) : components[i].getAccessor().invoke(PaTuning.DEFAULT);
        }
        return PaTuning.class.getDeclaredConstructor(types).newInstance(values);
    }
}
