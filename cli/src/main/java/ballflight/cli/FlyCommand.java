package ballflight.cli;

import ballflight.engine.FlightSimulator;
import ballflight.kernel.KernelParams;
import ballflight.model.FlightRequest;
import ballflight.model.FlightResult;
import ballflight.model.InputException;
import ballflight.model.InputField;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ballflight fly}: one ball from options, or every row of a CSV file as one batch. In
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

    @Spec
    CommandSpec spec;

    @Mixin
    SimulationOptions simulation;

    @Mixin
    BallOptions ball;

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
            description = "CSV of cases: exit_velocity_mph,launch_angle_deg required; other input columns optional"
                    + " (defaults from the options above); extra columns are carried through.")
    Path input;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the --input results here (all or nothing) instead of stdout.")
    Path output;

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
        FlightSimulator.Builder builder = simulation.builder();
        if (pathInterval != null) {
            double interval = parsePathInterval();
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
            chosen.write(FlightReport.of(result, request.fence() != null), out);
            out.flush();
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
        if (output != null) {
            AtomicOutput.checkTarget(output, "--output");
        }
        CasesFile cases = CasesFile.read(input);
        Map<InputField, Integer> columns = inputColumns(cases);
        List<FlightRequest> requests = new ArrayList<>(cases.rows().size());
        for (CasesFile.Row row : cases.rows()) {
            requests.add(request(cases, columns, row, defaults));
        }
        List<FlightResult> results;
        try (FlightSimulator sim = simulation.builder().build()) {
            spec.commandLine().getErr().println(sim.backendReason());
            results = sim.flyAll(requests);
        }
        AtomicOutput.Content csv = out -> writeResults(cases, results, out);
        if (output != null) {
            AtomicOutput.write(output, "--output", csv);
        } else {
            PrintWriter out = spec.commandLine().getOut();
            try {
                csv.writeTo(out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            out.flush();
        }
        return ExitCodes.OK;
    }

    /** Which column holds each known input; checks required and output columns. */
    private static Map<InputField, Integer> inputColumns(CasesFile cases) {
        Map<String, InputField> byName = new HashMap<>();
        for (InputField f : FlightInputs.ACCEPTED) {
            byName.put(f.column(), f);
        }
        Map<InputField, Integer> columns = new java.util.EnumMap<>(InputField.class);
        String where = cases.name() + " line 1: ";
        for (int i = 0; i < cases.header().size(); i++) {
            String name = cases.header().get(i).trim().toLowerCase(Locale.ROOT);
            if (FlightReport.BATCH_COLUMNS.contains(name)) {
                throw new InputException("input", where + "column " + name
                        + " is an output column; remove it from the input");
            }
            InputField field = byName.get(name);
            if (field != null && columns.put(field, i) != null) {
                throw new InputException(field.column(), where + "column " + name + " appears twice");
            }
        }
        for (InputField f : FlightInputs.REQUIRED) {
            if (!columns.containsKey(f)) {
                throw new InputException(f.column(), where + "missing required column " + f.column()
                        + " (header: " + String.join(",", cases.header()) + ")");
            }
        }
        return columns;
    }

    /** One row as a request; blank optional cells take the defaults. Errors name the line. */
    private static FlightRequest request(CasesFile cases, Map<InputField, Integer> columns, CasesFile.Row row,
                                         FlightInputs defaults) {
        try {
            FlightInputs inputs = new FlightInputs(defaults);
            for (var e : columns.entrySet()) {
                String cell = row.cells().get(e.getValue());
                if (cell.isBlank() && !FlightInputs.REQUIRED.contains(e.getKey())) {
                    continue;
                }
                inputs.set(e.getKey(), e.getKey().parse(cell));
            }
            return inputs.toRequest();
        } catch (InputException e) {
            throw new InputException(e.field(), cases.name() + " line " + row.line() + ": " + e.getMessage());
        }
    }

    private static void writeResults(CasesFile cases, List<FlightResult> results, Writer out) throws IOException {
        List<String> header = new ArrayList<>(cases.header());
        header.addAll(FlightReport.BATCH_COLUMNS);
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
        CSVPrinter printer = new CSVPrinter(out, format);
        printer.printRecord(header);
        for (int i = 0; i < results.size(); i++) {
            List<Object> cells = new ArrayList<>(cases.rows().get(i).cells());
            FlightReport report = FlightReport.of(results.get(i), false);
            for (String column : FlightReport.BATCH_COLUMNS) {
                cells.add(report.field(column).machineValue());
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }
}
