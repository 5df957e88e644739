package ballflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every user mistake: exit code 2 and exactly one stderr line that names what was wrong. */
class InputErrorTest {
    @TempDir
    static Path dir;

    private static final String[] GOOD = {"fly", "--backend", "java", "--ev", "100", "--la", "28"};

    /** GOOD with one option replaced (or added). */
    private static String[] fly(String option, String value) {
        List<String> args = new ArrayList<>(List.of(GOOD));
        int i = args.indexOf(option);
        if (i >= 0) {
            args.set(i + 1, value);
        } else {
            args.add(option);
            args.add(value);
        }
        return args.toArray(String[]::new);
    }

    static Stream<Arguments> badOptions() {
        return Stream.of(
                Arguments.of(fly("--ev", "170"), "--ev: exit_velocity_mph = 170 is out of range: allowed 0 to 150 mph"),
                Arguments.of(fly("--ev", "-1"), "--ev: exit_velocity_mph = -1 is out of range: allowed 0 to 150 mph"),
                Arguments.of(fly("--ev", "fast"), "--ev: exit_velocity_mph = 'fast' is not a number: allowed 0 to 150 mph"),
                Arguments.of(fly("--ev", "NaN"), "--ev: exit_velocity_mph = NaN is out of range"),
                Arguments.of(fly("--ev", "Infinity"), "--ev: exit_velocity_mph = Infinity is out of range"),
                Arguments.of(fly("--la", "95"), "--la: launch_angle_deg = 95 is out of range: allowed -90 to 90 deg"),
                Arguments.of(fly("--backspin", "7000"), "--backspin: backspin_rpm = 7000 is out of range: allowed -6000 to 6000 rpm"),
                Arguments.of(fly("--sidespin", "-6500"), "--sidespin: sidespin_rpm = -6500 is out of range"),
                Arguments.of(fly("--temp", "200"), "--temp: temperature_f = 200 is out of range: allowed -60 to 140 F"),
                Arguments.of(fly("--elevation", "20000"), "--elevation: elevation_ft = 20000 is out of range"),
                Arguments.of(fly("--humidity", "120"), "--humidity: humidity_pct = 120 is out of range: allowed 0 to 100 %"),
                Arguments.of(fly("--pressure", "10"), "--pressure: pressure_inhg = 10 is out of range"),
                Arguments.of(fly("--wind-speed", "150"), "--wind-speed: wind_speed_mph = 150 is out of range"),
                Arguments.of(fly("--wind-dir", "400"), "--wind-dir: wind_direction_deg = 400 is out of range"),
                Arguments.of(fly("--fence-distance", "380"), "--fence-height: fence_height_ft is missing"),
                Arguments.of(fly("--path-interval", "0"), "--path-interval: path_interval_s = 0 is out of range"),
                Arguments.of(fly("--mode", "turbo"), "--mode: mode = 'turbo' is not one of: accurate, fast, ultra_fast, extreme"),
                Arguments.of(fly("--backend", "gpu"), "--backend: backend = 'gpu' is not one of: auto, java, native"),
                Arguments.of(fly("--tolerance", "2"), "--tolerance: tolerance_ft = 2.0 is out of range: allowed 0.0001 to 1 ft"),
                Arguments.of(fly("--tolerance", "0"), "--tolerance: tolerance_ft = 0.0 is out of range"),
                Arguments.of(fly("--tolerance", "abc"), "--tolerance: tolerance_ft = 'abc' is not a number"),
                Arguments.of(new String[] {"fly", "--ev", "100", "--la", "28", "--tolerance", "0.01", "--mode", "fast"},
                        "--mode and --tolerance exclude each other"),
                Arguments.of(new String[] {"pa", "--n", "10", "--seed", "1", "--tolerance", "NaN"}, "--tolerance: tolerance_ft = NaN"),
                Arguments.of(fly("--format", "xml"), "--format"),
                Arguments.of(new String[] {"fly", "--la", "28"}, "--ev is required"),
                Arguments.of(new String[] {"fly", "--ev", "100", "--la"}, "--la"),
                Arguments.of(new String[] {"fly", "--ev", "100", "--la", "28", "--bogus"}, "--bogus"),
                Arguments.of(new String[] {"validate", "--mode", "slow"}, "--mode: mode = 'slow'"),
                Arguments.of(new String[] {"demo", "--backend", "x"}, "--backend: backend = 'x'"),
                Arguments.of(new String[] {"demo", "--flights", "0"}, "--flights: flights = 0 is out of range"),
                Arguments.of(new String[] {"nosuchcommand"}, "nosuchcommand"));
    }

    @ParameterizedTest
    @MethodSource("badOptions")
    void badOptionGivesExit2AndOneLine(String[] args, String expected) {
        assertOneLineError(CliRun.of(args), expected);
    }

    static Stream<Arguments> badFiles() {
        String header = "exit_velocity_mph,launch_angle_deg,spray_angle_deg,backspin_rpm,temperature_f\n";
        return Stream.of(
                Arguments.of("", "file is empty"),
                Arguments.of("\n\n", "file is empty"),
                Arguments.of(header, "no data rows after the header"),
                Arguments.of("launch_angle_deg,backspin_rpm\n28,1800\n", "line 1: missing required column exit_velocity_mph"),
                Arguments.of("exit_velocity_mph,spray\n100,0\n", "line 1: missing required column launch_angle_deg"),
                Arguments.of(header + "100,28,0,1800,70\n100,28,0,1800,abc\n", "line 3: temperature_f = 'abc' is not a number"),
                Arguments.of(header + "100,28,0,1800,70\n100,28,0,9000,70\n", "line 3: backspin_rpm = 9000 is out of range"),
                Arguments.of(header + "100,28,0,1800,NaN\n", "line 2: temperature_f = NaN is out of range"),
                Arguments.of(header + "100,28,200,0,70\n", "line 2: spray_angle_deg = 200 is out of range"),
                Arguments.of(header + ",28,0,0,70\n", "line 2: exit_velocity_mph = '' is not a number"),
                Arguments.of(header + "100,28,0\n", "line 2: 3 values but the header has 5 columns"),
                Arguments.of("exit_velocity_mph,launch_angle_deg,fence_distance_ft\n100,28,380\n",
                        "line 2: fence_height_ft is missing"),
                Arguments.of("exit_velocity_mph,launch_angle_deg,distance_ft\n100,28,400\n",
                        "line 1: column distance_ft is an output column"),
                Arguments.of("exit_velocity_mph,launch_angle_deg\n100,\"28\n", "cannot read as CSV"));
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void badFileGivesExit2AndOneLineNamingTheFile(String content, String expected) throws IOException {
        Path in = Files.createTempFile(dir, "cases", ".csv");
        Files.writeString(in, content);
        CliRun run = CliRun.of("fly", "--backend", "java", "--input", in.toString());
        assertOneLineError(run, in + (expected.startsWith("line") ? " " : ": ") + expected);
    }

    @ParameterizedTest
    @MethodSource("conflicts")
    void optionsThatDoNotMixWithInputAreRefused(String option, String value, String expected) throws IOException {
        Path in = Files.createTempFile(dir, "cases", ".csv");
        Files.writeString(in, "exit_velocity_mph,launch_angle_deg\n100,28\n");
        assertOneLineError(CliRun.of("fly", "--backend", "java", "--input", in.toString(), option, value), expected);
    }

    static Stream<Arguments> conflicts() {
        return Stream.of(
                Arguments.of("--ev", "100", "--ev cannot be combined with --input"),
                Arguments.of("--path-interval", "0.1", "--path-interval cannot be combined with --input"),
                Arguments.of("--format", "json", "--format: --input always writes csv"),
                Arguments.of("--temp", "500", "--temp: temperature_f = 500 is out of range"));
    }

    @org.junit.jupiter.api.Test
    void missingInputFileAndMissingOutputDirectory() throws IOException {
        Path missing = dir.resolve("nope.csv");
        assertOneLineError(CliRun.of("fly", "--backend", "java", "--input", missing.toString()),
                missing + ": file not found");

        Path in = Files.createTempFile(dir, "cases", ".csv");
        Files.writeString(in, "exit_velocity_mph,launch_angle_deg\n100,28\n");
        Path badOut = dir.resolve("no-such-dir").resolve("out.csv");
        assertOneLineError(CliRun.of("fly", "--backend", "java", "--input", in.toString(), "--output", badOut.toString()),
                "--output: directory '" + badOut.getParent() + "' does not exist");
    }

    private static void assertOneLineError(CliRun run, String expected) {
        assertThat(run.exitCode()).as("exit code; stderr: %s", run.err()).isEqualTo(2);
        assertThat(run.errLines()).as("stderr").hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("error: ").contains(expected).doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }
}
