package ballflight.cli;

import ballflight.cli.chart.ParksChart;
import ballflight.data.LeagueData;
import ballflight.engine.FlightSimulator;
import ballflight.fielding.HomeRunParks;
import ballflight.fielding.ParkAir;
import ballflight.model.InputException;
import ballflight.model.InputField;
import ballflight.model.Launch;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
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

/** {@code ballflight parks}: would this ball have left every park? One ball or every row of a file. */
@Command(name = "parks", mixinStandardHelpOptions = true, sortOptions = false, versionProvider = ManifestVersion.class,
        description = {"Fly one batted ball (--ev, --la, ...) or every row of a CSV file (--input) in all 30 parks:"
                + " each park's air and fence, judged where the ball crosses the fence line at the wall height there.",
            "Air: each park's season-average game-time air and no wind, or --month/--day/--night for a month's"
                    + " typical air, or --temp/--wind-speed/--wind-dir for the same in every park."})
final class ParksCommand implements Callable<Integer> {
    private static final String INPUT = "--input";
    /** The ball's own columns; a file's weather and fence columns are the parks' to set, so they are ignored. */
    static final List<InputField> BALL = List.of(InputField.EXIT_VELOCITY, InputField.LAUNCH_ANGLE,
            InputField.SPRAY_ANGLE, InputField.BACKSPIN, InputField.SIDESPIN, InputField.CONTACT_HEIGHT);

    @Spec
    CommandSpec spec;

    @Mixin
    SimulationOptions simulation;

    @Mixin
    BallOptions ball;

    @Mixin
    PlotOption plot;

    @Option(names = "--month", paramLabel = "M", description = "Typical air of month M (3 to 10, mid-month) in each park.")
    Integer month;

    @Option(names = "--day", description = "With --month: a day game.")
    boolean day;

    @Option(names = "--night", description = "With --month: a night game (the default).")
    boolean night;

    @Option(names = "--temp", paramLabel = "F", description = "This temperature in every park (each keeps its elevation).")
    String temperature;

    @Option(names = "--wind-speed", paramLabel = "MPH", description = "This wind in every park, mph (with --wind-dir).")
    String windSpeed;

    @Option(names = "--wind-dir", paramLabel = "DEG",
            description = "Direction the wind blows TOWARD, relative to each field: 0 = out to center, + toward right field.")
    String windDirection;

    @Option(names = "--format", paramLabel = "text|csv|json", defaultValue = "text", description = "Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = INPUT, paramLabel = "FILE",
            description = "CSV of balls (the columns of fly --input: exit_velocity_mph, launch_angle_deg required;"
                    + " spray, spin and contact height optional; weather and fence columns are ignored).")
    Path input;

    @Override
    public Integer call() {
        String fmt = format.trim().toLowerCase(Locale.ROOT);
        if (!List.of("text", "csv", "json").contains(fmt)) {
            throw new InputException("format", "--format: format = '" + format + "' is not one of: text, csv, json");
        }
        if (plot.wanted() && input != null) {
            throw new InputException("plot", PlotOption.PLOT + " draws one ball; it cannot be combined with " + INPUT);
        }
        plot.check();
        ParkAir air = air();
        List<Launch> balls = input == null ? List.of(optionBall()) : fileBalls();
        List<HomeRunParks.Answer> answers = new ArrayList<>();
        try (FlightSimulator sim = simulation.builder().build()) {
            spec.commandLine().getErr().println(sim.backendReason());
            HomeRunParks parks = new HomeRunParks(sim, LeagueData.mlb2025());
            for (Launch l : balls) {
                answers.add(parks.ask(l, air));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        try {
            write(fmt, answers, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        out.flush();
        if (plot.wanted()) {
            plot.write(List.of(ParksChart.of(answers.getFirst())));
        }
        return ExitCodes.OK;
    }

    private void write(String fmt, List<HomeRunParks.Answer> answers, PrintWriter out) throws IOException {
        switch (fmt) {
            case "text" -> {
                if (input == null) {
                    ParksReport.text(answers.getFirst(), out);
                } else {
                    ParksReport.textLines(answers, out);
                }
            }
            case "json" -> {
                Object body = input == null ? ParksReport.json(answers.getFirst())
                        : answers.stream().map(ParksReport::json).toList();
                out.println(json(body));
            }
            default -> {
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
                List<Object> header = new ArrayList<>();
                if (input != null) {
                    header.add("ball");
                }
                header.addAll(ParksReport.PARK_COLUMNS);
                csv.printRecord(header);
                for (int i = 0; i < answers.size(); i++) {
                    for (List<Object> row : ParksReport.parkRows(answers.get(i))) {
                        List<Object> cells = new ArrayList<>();
                        if (input != null) {
                            cells.add(i + 1);
                        }
                        cells.addAll(row);
                        csv.printRecord(cells);
                    }
                }
                csv.flush();
            }
        }
    }

    private static String json(Object body) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ParkAir air() {
        double temp = temperature == null ? Double.NaN : OptionValues.parse("--temp", InputField.TEMPERATURE, temperature);
        double speed = windSpeed == null ? Double.NaN : OptionValues.parse("--wind-speed", InputField.WIND_SPEED, windSpeed);
        double direction = windDirection == null ? Double.NaN
                : OptionValues.parse("--wind-dir", InputField.WIND_DIRECTION, windDirection);
        return ParkAirChoice.OPTIONS.resolve(month, day, night, temp, speed, direction);
    }

    private Launch optionBall() {
        for (String[] required : new String[][] {{"--ev", ball.exitVelocity}, {"--la", ball.launchAngle}}) {
            if (required[1] == null) {
                throw new InputException(required[0], required[0] + " is required (or give " + INPUT + " FILE)");
            }
        }
        return new Launch(OptionValues.parse("--ev", InputField.EXIT_VELOCITY, ball.exitVelocity),
                OptionValues.parse("--la", InputField.LAUNCH_ANGLE, ball.launchAngle),
                optional("--spray", InputField.SPRAY_ANGLE, ball.spray, 0.0),
                optional("--backspin", InputField.BACKSPIN, ball.backspin, 0.0),
                optional("--sidespin", InputField.SIDESPIN, ball.sidespin, 0.0),
                optional("--contact-height", InputField.CONTACT_HEIGHT, ball.contactHeight, Launch.DEFAULT_CONTACT_HEIGHT_FT));
    }

    private static double optional(String option, InputField field, String text, double otherwise) {
        return text == null ? otherwise : OptionValues.parse(option, field, text);
    }

    private List<Launch> fileBalls() {
        for (String[] single : new String[][] {{"--ev", ball.exitVelocity}, {"--la", ball.launchAngle}, {"--spray", ball.spray},
            {"--backspin", ball.backspin}, {"--sidespin", ball.sidespin}, {"--contact-height", ball.contactHeight}}) {
            if (single[1] != null) {
                throw new InputException(single[0], single[0] + " cannot be combined with " + INPUT + " (put the column in the file)");
            }
        }
        List<Launch> balls = new ArrayList<>();
        try (CasesFile cases = CasesFile.open(input.toString(), System.in)) {
            Map<InputField, Integer> columns = new java.util.EnumMap<>(InputField.class);
            for (int i = 0; i < cases.header().size(); i++) {
                String name = cases.header().get(i).trim().toLowerCase(Locale.ROOT);
                for (InputField f : BALL) {
                    if (f.column().equals(name)) {
                        columns.put(f, i);
                    }
                }
            }
            for (InputField f : List.of(InputField.EXIT_VELOCITY, InputField.LAUNCH_ANGLE)) {
                if (!columns.containsKey(f)) {
                    throw new InputException(f.column(), cases.name() + " line 1: missing required column " + f.column()
                            + " (header: " + String.join(",", cases.header()) + ")");
                }
            }
            for (CasesFile.Row row = cases.next(); row != null; row = cases.next()) {
                try {
                    double[] v = new double[BALL.size()];
                    for (int k = 0; k < BALL.size(); k++) {
                        InputField f = BALL.get(k);
                        Integer col = columns.get(f);
                        String cell = col == null ? "" : row.cells().get(col);
                        v[k] = cell.isBlank() && f != InputField.EXIT_VELOCITY && f != InputField.LAUNCH_ANGLE
                                ? (f == InputField.CONTACT_HEIGHT ? Launch.DEFAULT_CONTACT_HEIGHT_FT : 0.0) : f.parse(cell);
                    }
                    balls.add(new Launch(v[0], v[1], v[2], v[3], v[4], v[5]));
                } catch (InputException e) {
                    throw new InputException(e.field(), cases.name() + " line " + row.line() + ": " + e.getMessage());
                }
            }
            if (balls.isEmpty()) {
                throw new InputException("input", cases.name() + ": no rows");
            }
        }
        return balls;
    }
}
