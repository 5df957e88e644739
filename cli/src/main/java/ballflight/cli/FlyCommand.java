package ballflight.cli;

import ballflight.cli.chart.TrajectoryChart;
import ballflight.engine.FlightSimulator;
import ballflight.kernel.KernelParams;
import ballflight.model.FlightRequest;
import ballflight.model.FlightResult;
import ballflight.model.InputException;
import ballflight.model.InputField;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ballflight fly}: one ball from options, or every row of a CSV file, streamed in chunks ({@link FlyStream}). In
 * batch mode the weather/spin options are the defaults for columns the file does not have.
 */
@Command(name = "fly", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = ManifestVersion.class,
        description = {"Fly one batted ball (--ev, --la, ...) or every row of a CSV file (--input).",
            "Defaults: standard day (70 F, sea level, 29.92 inHg, 50 %% humidity), no wind, no spin,"
                    + " spray 0 (center), contact height 3 ft."})
final class FlyCommand implements Callable<Integer> {
    private static final String INPUT = "--input";
    /** Longest recorded path: flights stop at the kernel's time limit. */
    private static final double MAX_PATH_INTERVAL_S = KernelParams.DEFAULT_MAX_TIME_SECONDS;
    private static final double MIN_PATH_INTERVAL_S = 0.001;
    /** Path sampling for --plot when --path-interval is not given: smooth at any chart size. */
    private static final double PLOT_PATH_INTERVAL_S = 0.01;
    /**
     * Rows per pipeline chunk: one kernel call of {@link FlightSimulator#CHUNK}. About six chunks are
     * alive at once (queued on both sides of the kernel), and they outlive young collections: with
     * four calls a chunk, a million rows spent 0.63 s in GC pauses against 0.13 s now, and ten
     * million rows in a 256 MB heap took 44 s against 37 s.
     */
    static final int STREAM_CHUNK_ROWS = FlightSimulator.CHUNK;

    @Spec
    CommandSpec spec;

    @Mixin
    SimulationOptions simulation;

    @Mixin
    BallOptions ball;

    @Mixin
    PlotOption plot;

    @Option(names = "--temp", paramLabel = "F", description = "Air temperature, F (default 70).")
    String temperature;

    @Option(names = "--elevation", paramLabel = "FT", description = "Park elevation, ft (default 0).")
    String elevation;

    @Option(names = "--pressure", paramLabel = "INHG", description = "Barometric pressure, inHg (default 29.92).")
    String pressure;

    @Option(names = "--humidity", paramLabel = "PCT", description = "Relative humidity, %% (default 50).")
    String humidity;

    @Option(names = "--wind-speed", paramLabel = "MPH", description = "Wind speed, mph (default 0).")
    String windSpeed;

    @Option(names = "--wind-dir", paramLabel = "DEG",
            description = "Direction the wind blows TOWARD, deg: 0 = out to center, + toward right field.")
    String windDirection;

    @Option(names = "--fence-distance", paramLabel = "FT",
            description = "Wall distance along the spray line, ft (with --fence-height).")
    String fenceDistance;

    @Option(names = "--fence-height", paramLabel = "FT", description = "Wall height, ft (with --fence-distance).")
    String fenceHeight;

    @Option(names = "--path-interval", paramLabel = "S",
            description = "Record the path every S seconds (text and json output; single ball only).")
    String pathInterval;

    @Option(names = "--format", paramLabel = "text|csv|json",
            description = "Output format for one ball (default text); --input always writes CSV.")
    OutputFormat format;

    @Option(names = INPUT, paramLabel = "FILE",
            description = "CSV of cases (- is stdin, .csv.gz is gunzipped): exit_velocity_mph,launch_angle_deg"
                    + " required; other input columns optional (defaults from the options above); extra columns"
                    + " are carried through. A Baseball Savant export is read as downloaded (see README).")
    String input;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the --input results here (all or nothing; .csv.gz is gzipped; - is stdout)"
                    + " instead of stdout.")
    String output;

    @Override
    public Integer call() {
        if (input == null) {
            return flyOne();
        }
        return flyFile();
    }

    /** An option that sets a flight input. */
    private record FieldOption(String name, InputField field, String text) {
    }

    /** The flight-input options the user gave, in declaration order. */
    private List<FieldOption> givenFieldOptions() {
        return java.util.stream.Stream.of(
                new FieldOption("--ev", InputField.EXIT_VELOCITY, ball.exitVelocity),
                new FieldOption("--la", InputField.LAUNCH_ANGLE, ball.launchAngle),
                new FieldOption("--spray", InputField.SPRAY_ANGLE, ball.spray),
                new FieldOption("--backspin", InputField.BACKSPIN, ball.backspin),
                new FieldOption("--sidespin", InputField.SIDESPIN, ball.sidespin),
                new FieldOption("--temp", InputField.TEMPERATURE, temperature),
                new FieldOption("--elevation", InputField.ELEVATION, elevation),
                new FieldOption("--pressure", InputField.PRESSURE, pressure),
                new FieldOption("--humidity", InputField.HUMIDITY, humidity),
                new FieldOption("--wind-speed", InputField.WIND_SPEED, windSpeed),
                new FieldOption("--wind-dir", InputField.WIND_DIRECTION, windDirection),
                new FieldOption("--contact-height", InputField.CONTACT_HEIGHT, ball.contactHeight),
                new FieldOption("--fence-distance", InputField.FENCE_DISTANCE, fenceDistance),
                new FieldOption("--fence-height", InputField.FENCE_HEIGHT, fenceHeight))
                .filter(o -> o.text() != null).toList();
    }

    private boolean given(String option) {
        return givenFieldOptions().stream().anyMatch(o -> o.name().equals(option));
    }

    /** Every given option parsed and range-checked; errors name the option. */
    private FlightInputs optionInputs() {
        FlightInputs inputs = new FlightInputs();
        for (FieldOption o : givenFieldOptions()) {
            inputs.set(o.field(), OptionValues.parse(o.name(), o.field(), o.text()));
        }
        return inputs;
    }

    private int flyOne() {
        for (String required : List.of("--ev", "--la")) {
            if (!given(required)) {
                throw new InputException(required, required + " is required (or give " + INPUT + " FILE)");
            }
        }
        FlightInputs inputs = optionInputs();
        FlightRequest request = withFenceOptionNames(inputs::toRequest);
        plot.check();
        FlightSimulator.Builder builder = simulation.builder();
        if (pathInterval != null || plot.wanted()) {
            double interval = pathInterval != null ? parsePathInterval() : PLOT_PATH_INTERVAL_S;
            builder.recordPath((int) Math.ceil(MAX_PATH_INTERVAL_S / interval) + 2, interval);
        }
        try (FlightSimulator sim = builder.build()) {
            spec.commandLine().getErr().println(sim.backendReason());
            FlightResult result = sim.fly(request);
            PrintWriter out = spec.commandLine().getOut();
            OutputFormat chosen = format == null ? OutputFormat.TEXT : format;
            if (chosen == OutputFormat.TEXT) {
                inputs.describe().forEach(out::println);
                out.println();
            }
            chosen.write(FlightReport.of(result, request.fence() != null, pathInterval != null), out);
            out.flush();
            if (plot.wanted()) {
                plot.write(TrajectoryChart.of(result, request.fence()));
            }
        }
        return ExitCodes.OK;
    }

    /** The fence rule spans two options; say which option is missing. */
    private static FlightRequest withFenceOptionNames(java.util.function.Supplier<FlightRequest> build) {
        try {
            return build.get();
        } catch (InputException e) {
            String option = e.field().equals(InputField.FENCE_HEIGHT.column()) ? "--fence-height" : "--fence-distance";
            throw new InputException(e.field(), option + ": " + e.getMessage());
        }
    }

    private double parsePathInterval() {
        String text = pathInterval.trim();
        double s;
        try {
            s = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            s = Double.NaN;
        }
        if (!(s >= MIN_PATH_INTERVAL_S && s <= MAX_PATH_INTERVAL_S)) {
            throw new InputException("path_interval_s", String.format(Locale.ROOT,
                    "--path-interval: path_interval_s = %s is out of range: allowed %s to %s s", text,
                    Numbers.plain(MIN_PATH_INTERVAL_S), Numbers.plain(MAX_PATH_INTERVAL_S)));
        }
        return s;
    }

    private int flyFile() {
        if (plot.wanted()) {
            throw new InputException("plot", PlotOption.PLOT + " draws one ball; it cannot be combined with " + INPUT);
        }
        for (String single : List.of("--ev", "--la")) {
            if (given(single)) {
                throw new InputException(single, single + " cannot be combined with " + INPUT
                        + " (put the column in the file)");
            }
        }
        if (pathInterval != null) {
            throw new InputException("path_interval_s", "--path-interval cannot be combined with " + INPUT);
        }
        if (format != null && format != OutputFormat.CSV) {
            throw new InputException("format", "--format: " + INPUT + " always writes csv, not "
                    + format.name().toLowerCase(Locale.ROOT));
        }
        FlightInputs defaults = optionInputs();
        boolean toFile = output != null && !CasesFile.STANDARD_STREAM.equals(output);
        if (toFile) {
            AtomicOutput.checkTarget(Path.of(output), "--output");
        }
        try (CasesFile cases = CasesFile.open(input, System.in);
             FlightSimulator sim = simulation.builder().build()) {
            RowRequests rows = RowRequests.forFile(cases, defaults);
            Runnable backendLine = () -> spec.commandLine().getErr().println(sim.backendReason());
            FlyStream.Counts[] counts = new FlyStream.Counts[1];
            if (toFile) {
                AtomicOutput.writeBytes(Path.of(output), "--output", stream -> {
                    OutputStream target = output.endsWith(".gz") ? new GZIPOutputStream(stream, 1 << 16) : stream;
                    Writer out = new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8), 1 << 16);
                    counts[0] = FlyStream.run(cases, rows, sim, STREAM_CHUNK_ROWS, out, backendLine);
                    out.close(); // finishes the gzip trailer
                });
            } else {
                PrintWriter out = spec.commandLine().getOut();
                try {
                    counts[0] = FlyStream.run(cases, rows, sim, STREAM_CHUNK_ROWS, out, backendLine);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                out.flush();
            }
            if (counts[0].skipped() > 0) {
                spec.commandLine().getErr().println("skipped " + counts[0].skipped() + " " + rows.skippedRows()
                        + "; flew " + counts[0].flown());
            }
        }
        return ExitCodes.OK;
    }
}
