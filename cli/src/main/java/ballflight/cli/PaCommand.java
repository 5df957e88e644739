package ballflight.cli;

import ballflight.cli.chart.MovementChart;
import ballflight.cli.chart.PaChartRecorder;
import ballflight.cli.chart.SprayChart;
import ballflight.data.Hitter;
import ballflight.data.LeagueData;
import ballflight.data.Park;
import ballflight.data.Pitcher;
import ballflight.engine.FlightSimulator;
import ballflight.export.StatcastPlateAppearances;
import ballflight.fielding.BattedBallType;
import ballflight.game.Rosters;
import ballflight.model.InputException;
import ballflight.pa.BothRecordings;
import ballflight.pa.ContactProfile;
import ballflight.pa.Matchups;
import ballflight.pa.PaRecording;
import ballflight.pa.PaRunner;
import ballflight.pa.PaStats;
import ballflight.pa.PitchListener;
import ballflight.pitch.PaTuning;
import ballflight.season.Contact2025;
import ballflight.units.Decimals;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.knowm.xchart.XYChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ballflight pa}: simulate plate appearances pitch by pitch and print the league line.
 * The output depends only on the options (never on the thread count or the backend); timing goes
 * to stderr.
 */
@Command(name = "pa", mixinStandardHelpOptions = true, sortOptions = false, versionProvider = ManifestVersion.class,
        description = {"Simulate plate appearances from physics (pitch flight, swing, bat-ball collision, fielding)"
                + " with 2025 players.", "Without --batter/--pitcher, pairs are drawn from the 2025 rosters by playing time."})
final class PaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SimulationOptions simulation;

    @Mixin
    PlotOption plot;

    @Option(names = "--batter", paramLabel = "NAME", description = "A 2025 hitter, e.g. \"Aaron Judge\".")
    String batter;

    @Option(names = "--pitcher", paramLabel = "NAME", description = "A 2025 pitcher, e.g. \"Tarik Skubal\".")
    String pitcher;

    @Option(names = "--park", paramLabel = "TEAM", description = "Home park by team abbreviation (e.g. COL). Default: neutral park.")
    String park;

    @Option(names = "--n", paramLabel = "N", required = true, description = "Plate appearances to simulate (1 to 10000000).")
    long n;

    @Option(names = "--seed", paramLabel = "S", required = true, description = "Random seed (any integer).")
    long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores); results do not depend on it.")
    Integer threads;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Output format. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--contact", description = "Also print the contact profile (exit velocity, hard-hit and barrel"
            + " shares, directions, home runs by direction) beside 2025's (Savant leaderboards).")
    boolean contact;

    @Option(names = "--pitches", paramLabel = "FILE", description = "Also write every pitch to FILE (.csv or .csv.gz),"
            + " one row per pitch with Baseball Savant's columns; the game's columns are empty (docs/FORMATS.md).")
    Path pitches;

    @Override
    public Integer call() {
        if (n < 1 || n > 10_000_000) {
            throw new InputException("n", "--n: n = " + n + " is out of range: allowed 1 to 10000000");
        }
        String fmt = format.trim().toLowerCase(Locale.ROOT);
        if (!fmt.equals("text") && !fmt.equals("json")) {
            throw new InputException("format", "--format: format = '" + format + "' is not one of: text, json");
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1 || workers > 256) {
            throw new InputException("threads", "--threads: threads = " + workers + " is out of range: allowed 1 to 256");
        }
        if (plot.wanted() && batter == null && pitcher == null) {
            throw new InputException("plot", PlotOption.PLOT + " draws a hitter's spray chart (--batter) or a pitcher's"
                    + " movement (--pitcher): give one or both");
        }
        plot.check();
        LeagueData data = LeagueData.mlb2025();
        Hitter b = batter == null ? null : data.hitter(batter);
        Pitcher p = pitcher == null ? null : data.pitcher(pitcher);
        Park venue = park == null ? data.neutralPark() : data.park(park);
        FlightSimulator.Builder builder = simulation.builder();
        try (FlightSimulator probe = builder.build()) {
            spec.commandLine().getErr().println(probe.backendReason());
        }
        long t0 = System.nanoTime();
        PaStats s;
        PaChartRecorder chart = plot.wanted() ? new PaChartRecorder(p) : null;
        ContactProfile profile = contact ? new ContactProfile() : null;
        try (StatcastPlateAppearances file = pitches == null ? null
                : new StatcastPlateAppearances(pitches, venue, Rosters.mlb2025())) {
            PaRunner runner = new PaRunner(builder::build, PaTuning.DEFAULT, workers);
            Matchups matchups = Matchups.of(b, p, data.hitters(), data.pitchers());
            PaRecording<?> recording = both(both(file, chart), profile);
            s = runner.run(matchups, data.leagueDefense(), venue, n, seed, recording);
            if (file != null) {
                file.commit();
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        spec.commandLine().getErr().printf(Locale.ROOT, "%d PA in %.2f s = %.0f PA/s (%d threads, %s)%n", n, secs,
                n / secs, workers, simulation.describeMode());
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Object> json = line(s);
        if (fmt.equals("json")) {
            if (profile != null) {
                json.put("contact", contactJson(profile));
            }
            try {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot serialise a map of numbers", e);
            }
        } else {
            out.printf(Locale.ROOT, "batter: %s, pitcher: %s, park: %s%n", b == null ? "2025 rosters by playing time" : b.name(),
                    p == null ? "2025 rosters by playing time" : p.name(), venue.venue());
            json.forEach((k, v) -> out.printf(Locale.ROOT, "%-16s %s%n", k, v));
            if (profile != null) {
                writeContact(profile, out);
            }
        }
        out.flush();
        if (chart != null) {
            plot.write(charts(chart, b, p, venue, n, seed));
        }
        return ExitCodes.OK;
    }

    /** The batter's spray chart and the pitcher's movement, whichever were asked for, top to bottom. */
    private static List<XYChart> charts(PaChartRecorder chart, Hitter b, Pitcher p, Park venue, long n, long seed) {
        String run = String.format(Locale.ROOT, "%,d PA, seed %d", n, seed);
        List<XYChart> panels = new ArrayList<>();
        if (b != null) {
            panels.add(SprayChart.of(b.name() + (p == null ? "" : " vs " + p.name()) + ": balls in play, " + run,
                    chart.balls(), venue));
        }
        if (p != null) {
            panels.add(MovementChart.of(p.name() + ": pitch movement, " + run, chart.pitches()));
        }
        return panels;
    }

    /** Either recording, or both when both are wanted (null when neither is). */
    private static PaRecording<?> both(PaRecording<?> a, PaRecording<?> b) {
        return a == null ? b : b == null ? a : pair(a, b);
    }

    private static <A extends PitchListener, B extends PitchListener> PaRecording<?> pair(PaRecording<A> a, PaRecording<B> b) {
        return new BothRecordings<>(a, b);
    }

    private static void writeContact(ContactProfile profile, PrintWriter out) {
        out.printf(Locale.ROOT, "%ncontact (%d fair batted balls)   engine      2025%n", profile.balls());
        profile.values().forEach((k, v) -> out.printf(Locale.ROOT, "%-30s %8s  %8s%n", k, contactText(k, v),
                contactText(k, Contact2025.of(k))));
    }

    private static String contactText(String key, double v) {
        return Double.isNaN(v) ? "-" : key.endsWith("_pct") ? String.format(Locale.ROOT, "%.3f", v)
                : String.format(Locale.ROOT, "%.1f", v);
    }

    private static Map<String, Object> contactJson(ContactProfile profile) {
        Map<String, Object> engine = new LinkedHashMap<>();
        Map<String, Object> real = new LinkedHashMap<>();
        profile.values().forEach((k, v) -> {
            engine.put(k, Double.isNaN(v) ? null : Decimals.round(v, 4));
            double r = Contact2025.of(k);
            real.put(k, Double.isNaN(r) ? null : Decimals.round(r, 4));
        });
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("balls", profile.balls());
        m.put("engine", engine);
        m.put("mlb_2025", real);
        return m;
    }

    /** Exactly the keys of the contract, as fractions. */
    static Map<String, Object> line(PaStats s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pa", s.plateAppearances());
        m.put("k_pct", Decimals.round(s.kPct(), 4));
        m.put("bb_pct", Decimals.round(s.bbPct(), 4));
        m.put("hbp_pct", Decimals.round(s.hbpPct(), 4));
        m.put("hr_pct", Decimals.round(s.hrPct(), 4));
        m.put("avg", Decimals.round(s.avg(), 3));
        m.put("obp", Decimals.round(s.obp(), 3));
        m.put("slg", Decimals.round(s.slg(), 3));
        m.put("babip", Decimals.round(s.babip(), 3));
        m.put("gb_pct", Decimals.round(s.typePct(BattedBallType.GB), 4));
        m.put("ld_pct", Decimals.round(s.typePct(BattedBallType.LD), 4));
        m.put("fb_pct", Decimals.round(s.typePct(BattedBallType.FB), 4));
        m.put("pu_pct", Decimals.round(s.typePct(BattedBallType.PU), 4));
        m.put("mean_ev_mph", Decimals.round(s.meanEvMph(), 2));
        m.put("mean_la_deg", Decimals.round(s.meanLaDeg(), 2));
        m.put("pitches_per_pa", Decimals.round(s.pitchesPerPa(), 3));
        return m;
    }
}
