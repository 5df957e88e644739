package ballflight.cli;

import ballflight.model.StatcastBall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ballflight.backend.Backend;
import ballflight.engine.FlightSimulator;
import ballflight.model.FlightRequest;
import ballflight.model.FlightResult;
import ballflight.model.Launch;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Baseball Savant search export (hand-written from Savant's documented columns) flies unchanged. */
class SavantInputTest {
    @TempDir
    Path dir;

    private Path sample() throws IOException {
        Path p = dir.resolve("savant.csv");
        try (InputStream in = SavantInputTest.class.getResourceAsStream("/statcast/savant-sample.csv")) {
            Files.copy(in, p);
        }
        return p;
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return FlyBatchTest.parse(csv);
    }

    @Test
    void pitchesNotPutInPlayAreSkippedAndTheRestFlyWithEveryColumnCarried() throws IOException {
        Path in = sample();
        CliRun run = CliRun.of("fly", "--backend", "java", "--input", in.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.errLines()).contains("skipped 2 rows without launch data (launch_speed or launch_angle"
                + " empty: pitches not put in play); flew 5");
        List<String> inputHeader;
        try (Reader r = Files.newBufferedReader(in);
             CSVParser p = CSVParser.builder().setReader(r).setFormat(CSVFormat.DEFAULT).get()) {
            inputHeader = p.iterator().next().toList();
        }
        assertThat(inputHeader).hasSize(92);
        List<CSVRecord> out = parse(run.out());
        assertThat(out.get(0).getParser().getHeaderNames()).containsExactlyElementsOf(
                java.util.stream.Stream.concat(inputHeader.stream(), FlightReport.BATCH_COLUMNS.stream()).toList());
        assertThat(out).extracting(r -> r.get("description"))
                .containsExactly("hit_into_play", "hit_into_play", "foul", "hit_into_play", "hit_into_play");
        assertThat(out.get(0).get("des")).isEqualTo("Aaron Judge homers (30) on a fly ball to left field.");
        assertThat(out.get(0).get("player_name")).isEqualTo("Judge, Aaron");

        // The home run: 108.2 mph at 27 deg, pulled to left field, backspin from the estimate.
        double spray = StatcastBall.sprayAngleDeg(40.11, 60.35);
        assertThat(spray).isBetween(-35.0, -25.0);
        FlightResult expected = fly(Launch.of(108.2, 27).withSprayAngleDeg(spray)
                .withBackspinRpm(StatcastBall.estimatedBackspinRpm(108.2, 27)));
        CSVRecord hr = out.get(0);
        assertThat(Double.parseDouble(hr.get("distance_ft"))).isCloseTo(expected.distanceFt(), within(0.0005 + 1e-9));
        assertThat(Double.parseDouble(hr.get("distance_ft"))).isBetween(390.0, 450.0);
        assertThat(Double.parseDouble(hr.get("landing_x_ft"))).isNegative();
        // Straight to center (hc_x at home plate's x): no sideways travel. The foul has no coordinates: spray 0.
        assertThat(Double.parseDouble(out.get(3).get("landing_x_ft"))).isEqualTo(0.0);
        assertThat(Double.parseDouble(out.get(2).get("landing_x_ft"))).isEqualTo(0.0);
        // The ground ball to right field lands on the right side.
        assertThat(Double.parseDouble(out.get(1).get("landing_x_ft"))).isPositive();
    }

    @Test
    void sprayFromHitCoordinatesAndTheSpinEstimate() {
        assertThat(StatcastBall.sprayAngleDeg(StatcastBall.HOME_X, 50)).isZero();
        // 45 deg toward right field: as far right of home as up the field.
        assertThat(StatcastBall.sprayAngleDeg(StatcastBall.HOME_X + 60, StatcastBall.HOME_Y - 60))
                .isCloseTo(45.0, within(1e-9));
        assertThat(StatcastBall.sprayAngleDeg(StatcastBall.HOME_X - 60, StatcastBall.HOME_Y - 60))
                .isCloseTo(-45.0, within(1e-9));
        assertThat(StatcastBall.estimatedBackspinRpm(100, 28)).isEqualTo(1800.0);
        assertThat(StatcastBall.estimatedBackspinRpm(100, 10)).isLessThan(StatcastBall.estimatedBackspinRpm(100, 28));
        assertThat(StatcastBall.estimatedBackspinRpm(50, 28)).isEqualTo(900.0);
        assertThat(StatcastBall.estimatedBackspinRpm(110, 89)).isEqualTo(3500.0);
        assertThat(StatcastBall.estimatedBackspinRpm(110, -60)).isEqualTo(-1000.0);
    }

    @Test
    void aBackspinColumnInTheExportWinsOverTheEstimate() throws IOException {
        Path in = dir.resolve("with-spin.csv");
        Files.writeString(in, "launch_speed,launch_angle,hc_x,hc_y,backspin_rpm\n100,28,125.42,100,2500\n100,28,125.42,100,\n");
        CliRun run = CliRun.of("fly", "--backend", "java", "--input", in.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<CSVRecord> out = parse(run.out());
        assertThat(Double.parseDouble(out.get(0).get("distance_ft")))
                .isCloseTo(fly(Launch.of(100, 28).withBackspinRpm(2500)).distanceFt(), within(0.0005 + 1e-9));
        assertThat(Double.parseDouble(out.get(1).get("distance_ft")))
                .isCloseTo(fly(Launch.of(100, 28).withBackspinRpm(1800)).distanceFt(), within(0.0005 + 1e-9));
    }

    @Test
    void aBadLaunchValueNamesItsLine() throws IOException {
        Path in = dir.resolve("bad.csv");
        Files.writeString(in, "launch_speed,launch_angle,hc_x,hc_y\n100,28,125.42,100\n,,,\n190,20,100,100\n");
        CliRun run = CliRun.of("fly", "--backend", "java", "--input", in.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("error: " + in + " line 4: launch_speed: exit_velocity_mph = 190 is out of range:"
                + " allowed 0 to 150 mph");
    }

    private static FlightResult fly(Launch launch) {
        // fly's default stepping: tolerance 0.01 ft.
        try (FlightSimulator sim = FlightSimulator.builder().backend(Backend.JAVA)
                .toleranceFt(ballflight.kernel.Stepping.DEFAULT_TOLERANCE_FT).build()) {
            return sim.fly(FlightRequest.of(launch));
        }
    }
}
