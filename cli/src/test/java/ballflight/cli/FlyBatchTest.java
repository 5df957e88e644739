package ballflight.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ballflight.backend.Backend;
import ballflight.engine.FlightSimulator;
import ballflight.model.Atmosphere;
import ballflight.model.FlightRequest;
import ballflight.model.FlightResult;
import ballflight.model.Launch;
import ballflight.model.Wind;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fly --input}: a CSV in, the same rows plus results out, all or nothing. */
class FlyBatchTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    /** CSV text with a header line as records (also for {@link SavantInputTest}). */
    static List<CSVRecord> parse(String csv) throws IOException {
        try (Reader r = new StringReader(csv);
             CSVParser p = CSVParser.builder().setReader(r)
                     .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            return p.getRecords();
        }
    }

    private static List<FlightResult> flyWithApi(List<FlightRequest> requests) {
        try (FlightSimulator sim = FlightSimulator.builder().backend(Backend.JAVA)
                .toleranceFt(ballflight.kernel.Stepping.DEFAULT_TOLERANCE_FT).build()) {
            return sim.flyAll(requests);
        }
    }

    @Test
    void rowsComeBackInOrderWithExtraColumnsUnchangedAndResultsAppended() throws IOException {
        Path in = write("cases.csv", """
                id,exit_velocity_mph,launch_angle_deg,note,backspin_rpm,temperature_f,wind_speed_mph,wind_direction_deg
                b3,105,30,"deep, to center",2000,90,10,0
                a1,80,15,liner,,,,
                c2,95,-5,grounder,0,40,5,180
                """);
        CliRun run = CliRun.of("fly", "--backend", "java", "--input", in.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.errLines()).containsExactly("backend: java (requested); stepping: "
                + ballflight.kernel.Stepping.tolerance(ballflight.kernel.Stepping.DEFAULT_TOLERANCE_FT).describe());
        assertThat(run.out().lines().findFirst().orElseThrow()).isEqualTo("id,exit_velocity_mph,launch_angle_deg,note,"
                + "backspin_rpm,temperature_f,wind_speed_mph,wind_direction_deg,"
                + "distance_ft,hang_time_s,apex_ft,landing_x_ft,landing_y_ft");
        List<CSVRecord> out = parse(run.out());
        assertThat(out).extracting(r -> r.get("id")).containsExactly("b3", "a1", "c2");
        assertThat(out).extracting(r -> r.get("note")).containsExactly("deep, to center", "liner", "grounder");
        // Blank optional cells are carried through as blanks (and mean "default").
        assertThat(out.get(1).get("backspin_rpm")).isEmpty();

        List<FlightResult> expected = flyWithApi(List.of(
                FlightRequest.of(Launch.of(105, 30).withBackspinRpm(2000))
                        .withAtmosphere(Atmosphere.STANDARD.withTemperatureF(90)).withWind(Wind.of(10, 0)),
                FlightRequest.of(Launch.of(80, 15)),
                FlightRequest.of(Launch.of(95, -5))
                        .withAtmosphere(Atmosphere.STANDARD.withTemperatureF(40)).withWind(Wind.of(5, 180))));
        for (int i = 0; i < 3; i++) {
            FlightResult r = expected.get(i);
            CSVRecord row = out.get(i);
            assertThat(Double.parseDouble(row.get("distance_ft"))).isCloseTo(r.distanceFt(), within(0.0005 + 1e-9));
            assertThat(Double.parseDouble(row.get("hang_time_s"))).isCloseTo(r.hangTimeS(), within(0.0005 + 1e-9));
            assertThat(Double.parseDouble(row.get("apex_ft"))).isCloseTo(r.apexFt(), within(0.0005 + 1e-9));
            assertThat(Double.parseDouble(row.get("landing_x_ft"))).isCloseTo(r.landingXFt(), within(0.0005 + 1e-9));
            assertThat(Double.parseDouble(row.get("landing_y_ft"))).isCloseTo(r.landingYFt(), within(0.0005 + 1e-9));
        }
    }

    @Test
    void optionsAreTheDefaultsForColumnsTheFileLacks() throws IOException {
        Path in = write("cases.csv", "exit_velocity_mph,launch_angle_deg\n100,28\n");
        CliRun run = CliRun.of("fly", "--backend", "java", "--input", in.toString(), "--elevation", "5200",
                "--backspin", "1800");

        FlightResult r = flyWithApi(List.of(FlightRequest.of(Launch.of(100, 28).withBackspinRpm(1800))
                .withAtmosphere(Atmosphere.STANDARD.withElevationFt(5200)))).get(0);
        assertThat(Double.parseDouble(parse(run.out()).get(0).get("distance_ft")))
                .isCloseTo(r.distanceFt(), within(0.0005 + 1e-9));
    }

    @Test
    void outputFileGetsTheSameCsvAndStdoutStaysEmpty() throws IOException {
        Path in = write("cases.csv", "exit_velocity_mph,launch_angle_deg,extra\n100,28,x\n90,20,y\n");
        Path outFile = dir.resolve("out.csv");
        CliRun toStdout = CliRun.of("fly", "--backend", "java", "--input", in.toString());
        CliRun toFile = CliRun.of("fly", "--backend", "java", "--input", in.toString(), "--output", outFile.toString());

        assertThat(toFile.exitCode()).isZero();
        assertThat(toFile.out()).isEmpty();
        assertThat(Files.readString(outFile)).isEqualTo(toStdout.out());
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("cases.csv", "out.csv");
        }
    }

    @Test
    void aBadRowNamesItsLineAndLeavesNoOutputBehind() throws IOException {
        Path in = write("cases.csv", """
                exit_velocity_mph,launch_angle_deg,backspin_rpm
                100,28,1800

                95,25,1500
                170,30,1800
                """);
        Path outFile = dir.resolve("out.csv");
        Files.writeString(outFile, "previous results\n");
        CliRun run = CliRun.of("fly", "--backend", "java", "--input", in.toString(), "--output", outFile.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("error: " + in + " line 5: exit_velocity_mph = 170 is out of range:"
                + " allowed 0 to 150 mph");
        assertThat(Files.readString(outFile)).isEqualTo("previous results\n");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("cases.csv", "out.csv");
        }
    }

    @Test
    void noOutputFileIsCreatedWhenARowIsBad() throws IOException {
        Path in = write("cases.csv", "exit_velocity_mph,launch_angle_deg\n100,28\n100,abc\n");
        Path outFile = dir.resolve("new.csv");
        CliRun run = CliRun.of("fly", "--backend", "java", "--input", in.toString(), "--output", outFile.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("line 3: launch_angle_deg = 'abc' is not a number: allowed -90 to 90 deg");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("cases.csv");
        }
    }

    @Test
    void gzipInAndOutByExtensionAndDashIsStdin() throws IOException {
        String csv = "exit_velocity_mph,launch_angle_deg,backspin_rpm\n100,28,1800\n95,12,1200\n";
        Path plain = write("cases.csv", csv);
        Path gz = dir.resolve("cases.csv.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        String expected = CliRun.of("fly", "--backend", "java", "--input", plain.toString()).out();
        assertThat(expected).startsWith("exit_velocity_mph,launch_angle_deg,backspin_rpm,distance_ft");

        assertThat(CliRun.of("fly", "--backend", "java", "--input", gz.toString()).out()).isEqualTo(expected);
        Path outGz = dir.resolve("out.csv.gz");
        CliRun toGz = CliRun.of("fly", "--backend", "java", "--input", plain.toString(), "--output", outGz.toString());
        assertThat(toGz.exitCode()).as(toGz.err()).isZero();
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(outGz))) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(expected);
        }

        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            CliRun piped = CliRun.of("fly", "--backend", "java", "--input", "-", "--output", "-");
            assertThat(piped.exitCode()).as(piped.err()).isZero();
            assertThat(piped.out()).isEqualTo(expected);
            System.setIn(Files.newInputStream(gz)); // gzip recognised by its magic bytes
            CliRun pipedGz = CliRun.of("fly", "--backend", "java", "--input", "-");
            assertThat(pipedGz.exitCode()).as(pipedGz.err()).isZero();
            assertThat(pipedGz.out()).isEqualTo(expected);
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void manyChunksComeBackInInputOrderWithTheApisResults() throws IOException {
        int rows = 2 * FlyCommand.STREAM_CHUNK_ROWS + 123;
        StringBuilder csv = new StringBuilder("id,exit_velocity_mph,launch_angle_deg,backspin_rpm\n");
        List<FlightRequest> requests = new java.util.ArrayList<>();
        for (int i = 0; i < rows; i++) {
            double ev = 50 + i % 97;
            double la = -20 + i % 71;
            double spin = i % 2500;
            csv.append(i).append(',').append(ev).append(',').append(la).append(',').append(spin).append('\n');
            requests.add(FlightRequest.of(Launch.of(ev, la).withBackspinRpm(spin)));
        }
        Path in = write("many.csv", csv.toString());
        CliRun run = CliRun.of("fly", "--backend", "java", "--mode", "extreme", "--input", in.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<CSVRecord> out = parse(run.out());
        List<FlightResult> expected;
        try (FlightSimulator sim = FlightSimulator.builder().backend(Backend.JAVA)
                .mode(ballflight.kernel.SimulationMode.EXTREME).build()) {
            expected = sim.flyAll(requests);
        }
        assertThat(out).hasSize(rows);
        for (int i = 0; i < rows; i++) {
            assertThat(out.get(i).get("id")).isEqualTo(Integer.toString(i));
            assertThat(out.get(i).get("distance_ft"))
                    .isEqualTo(FlightReport.of(expected.get(i), false).field("distance_ft").machineValue().toString());
        }
    }
}
