package ballflight.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ballflight.backend.Backend;
import ballflight.engine.FlightSimulator;
import ballflight.kernel.SimulationMode;
import ballflight.kernel.Stepping;
import ballflight.model.Atmosphere;
import ballflight.model.Fence;
import ballflight.model.FlightRequest;
import ballflight.model.FlightResult;
import ballflight.model.Launch;
import ballflight.model.Wind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@code fly} with options: every format reports what the API computes for the same ball. */
class FlyCommandTest {
    private static final String[] BALL = {"fly", "--backend", "java", "--ev", "100", "--la", "28",
        "--backspin", "1800", "--spray", "-15", "--sidespin", "500", "--temp", "85", "--elevation", "1000",
        "--pressure", "30.1", "--humidity", "20", "--wind-speed", "8", "--wind-dir", "30"};

    /** The same ball built directly with the model API (not through the CLI's own mapping). */
    private static FlightRequest ballRequest() {
        return FlightRequest.of(new Launch(100, 28, -15, 1800, 500, Launch.DEFAULT_CONTACT_HEIGHT_FT))
                .withAtmosphere(new Atmosphere(85, 1000, 30.1, 20))
                .withWind(Wind.of(8, 30));
    }

    /** The API's answer at the fly command's default stepping. */
    private static FlightResult expected(FlightRequest request) {
        try (FlightSimulator sim = FlightSimulator.builder().backend(Backend.JAVA)
                .toleranceFt(Stepping.DEFAULT_TOLERANCE_FT).build()) {
            return sim.fly(request);
        }
    }

    private static FlightResult expected(FlightRequest request, SimulationMode mode) {
        try (FlightSimulator sim = FlightSimulator.builder().backend(Backend.JAVA).mode(mode).build()) {
            return sim.fly(request);
        }
    }

    private static String[] with(String[] base, String... more) {
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void textReportsTheApiValuesRounded() {
        FlightResult r = expected(ballRequest());
        CliRun run = CliRun.of(BALL);

        assertThat(run.exitCode()).isZero();
        assertThat(run.errLines()).containsExactly("backend: java (requested); stepping: " + Stepping.tolerance(Stepping.DEFAULT_TOLERANCE_FT).describe());
        assertThat(run.out()).contains("ball:    100 mph at 28 deg, spray -15 deg, backspin 1800 rpm, sidespin 500 rpm,"
                + " contact 3 ft", "air:     85 F, elevation 1000 ft, 30.1 inHg, 20 % humidity; wind 8 mph toward 30 deg");
        Map<String, Double> text = textValues(run.out());
        assertThat(text).containsOnlyKeys("distance", "hang time", "apex", "apex time", "landing x", "landing y",
                "landing speed", "landing angle");
        assertThat(text.get("distance")).isCloseTo(r.distanceFt(), within(0.05 + 1e-9));
        assertThat(text.get("hang time")).isCloseTo(r.hangTimeS(), within(0.005 + 1e-9));
        assertThat(text.get("apex")).isCloseTo(r.apexFt(), within(0.05 + 1e-9));
        assertThat(text.get("apex time")).isCloseTo(r.apexTimeS(), within(0.005 + 1e-9));
        assertThat(text.get("landing x")).isCloseTo(r.landingXFt(), within(0.05 + 1e-9));
        assertThat(text.get("landing y")).isCloseTo(r.landingYFt(), within(0.05 + 1e-9));
        assertThat(text.get("landing speed")).isCloseTo(r.landingSpeedMph(), within(0.05 + 1e-9));
        assertThat(text.get("landing angle")).isCloseTo(r.landingAngleDeg(), within(0.05 + 1e-9));
        // The ball is hit toward left field (negative spray) with a tailwind toward right: x must be < 0.
        assertThat(text.get("landing x")).isNegative();
    }

    @Test
    void jsonHasSnakeCaseNumbersMatchingTheApi() throws Exception {
        FlightRequest request = ballRequest().withFence(new Fence(380, 12));
        FlightResult r = expected(request, SimulationMode.FAST);
        CliRun run = CliRun.of(with(BALL, "--mode", "fast", "--fence-distance", "380", "--fence-height", "12",
                "--format", "json"));

        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("distance_ft").isNumber()).isTrue();
        assertThat(json.get("distance_ft").asDouble()).isCloseTo(r.distanceFt(), within(0.0005 + 1e-9));
        assertThat(json.get("hang_time_s").asDouble()).isCloseTo(r.hangTimeS(), within(0.0005 + 1e-9));
        assertThat(json.get("apex_ft").asDouble()).isCloseTo(r.apexFt(), within(0.0005 + 1e-9));
        assertThat(json.get("apex_time_s").asDouble()).isCloseTo(r.apexTimeS(), within(0.0005 + 1e-9));
        assertThat(json.get("landing_x_ft").asDouble()).isCloseTo(r.landingXFt(), within(0.0005 + 1e-9));
        assertThat(json.get("landing_y_ft").asDouble()).isCloseTo(r.landingYFt(), within(0.0005 + 1e-9));
        assertThat(json.get("landing_speed_mph").asDouble()).isCloseTo(r.landingSpeedMph(), within(0.0005 + 1e-9));
        assertThat(json.get("landing_angle_deg").asDouble()).isCloseTo(r.landingAngleDeg(), within(0.0005 + 1e-9));
        assertThat(json.get("height_at_fence_ft").asDouble()).isCloseTo(r.heightAtFenceFt(), within(0.0005 + 1e-9));
        assertThat(json.get("clears_fence").isBoolean()).isTrue();
        assertThat(json.get("clears_fence").asBoolean()).isEqualTo(r.clearsFence());
        assertThat(json.has("path")).isFalse();
    }

    @Test
    void toleranceChangesTheResultLikeTheApiDoesAndTheBackendLineSaysSo() throws Exception {
        for (double tol : new double[] {0.001, 0.1}) {
            CliRun run = CliRun.of(with(BALL, "--tolerance", String.valueOf(tol), "--format", "json"));
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.errLines()).containsExactly("backend: java (requested); stepping: tolerance " + tol
                    + " ft (Dormand-Prince 5(4), adaptive steps)");
            double distance = new ObjectMapper().readTree(run.out()).get("distance_ft").asDouble();
            try (FlightSimulator sim = FlightSimulator.builder().backend(Backend.JAVA).toleranceFt(tol).build()) {
                assertThat(distance).isCloseTo(sim.fly(ballRequest()).distanceFt(), within(0.0005 + 1e-9));
            }
        }
    }

    @Test
    void modeChangesTheResultLikeTheApiDoes() throws Exception {
        // Guards against --mode being ignored: each mode's JSON distance equals that mode's API value.
        for (SimulationMode mode : List.of(SimulationMode.ACCURATE, SimulationMode.EXTREME)) {
            CliRun run = CliRun.of(with(BALL, "--mode", mode.name().toLowerCase(java.util.Locale.ROOT),
                    "--format", "json"));
            double distance = new ObjectMapper().readTree(run.out()).get("distance_ft").asDouble();
            assertThat(distance).isCloseTo(expected(ballRequest(), mode).distanceFt(), within(0.0005 + 1e-9));
        }
    }

    @Test
    void csvIsAHeaderAndOneRow() {
        FlightResult r = expected(ballRequest());
        CliRun run = CliRun.of(with(BALL, "--format", "csv"));

        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("distance_ft,hang_time_s,apex_ft,apex_time_s,landing_x_ft,landing_y_ft,"
                + "landing_speed_mph,landing_angle_deg");
        String[] cells = lines.get(1).split(",");
        assertThat(Double.parseDouble(cells[0])).isCloseTo(r.distanceFt(), within(0.0005 + 1e-9));
        assertThat(Double.parseDouble(cells[4])).isCloseTo(r.landingXFt(), within(0.0005 + 1e-9));
        assertThat(Double.parseDouble(cells[7])).isCloseTo(r.landingAngleDeg(), within(0.0005 + 1e-9));
    }

    @Test
    void fenceTheBallDoesNotReachIsNullInJsonAndNotCleared() throws Exception {
        CliRun run = CliRun.of("fly", "--backend", "java", "--ev", "70", "--la", "10", "--fence-distance", "400",
                "--fence-height", "8", "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("height_at_fence_ft").isNull()).isTrue();
        assertThat(json.get("clears_fence").asBoolean()).isFalse();
    }

    @Test
    void pathIsRecordedAtTheIntervalAndEndsAtTheLanding() throws Exception {
        FlightResult r = expected(FlightRequest.of(Launch.of(100, 28).withBackspinRpm(1800)));
        CliRun run = CliRun.of("fly", "--backend", "java", "--ev", "100", "--la", "28", "--backspin", "1800",
                "--path-interval", "0.5", "--format", "json");

        JsonNode path = new ObjectMapper().readTree(run.out()).get("path");
        assertThat(path.size()).isGreaterThan(3);
        assertThat(path.get(0).get("time_s").asDouble()).isZero();
        assertThat(path.get(0).get("z_ft").asDouble()).isCloseTo(Launch.DEFAULT_CONTACT_HEIGHT_FT, within(1e-9));
        assertThat(path.get(1).get("time_s").asDouble()).isCloseTo(0.5, within(1e-9));
        JsonNode last = path.get(path.size() - 1);
        assertThat(last.get("time_s").asDouble()).isCloseTo(r.hangTimeS(), within(0.0005 + 1e-9));
        assertThat(last.get("y_ft").asDouble()).isCloseTo(r.landingYFt(), within(0.0005 + 1e-9));

        CliRun text = CliRun.of("fly", "--backend", "java", "--ev", "100", "--la", "28", "--path-interval", "0.5");
        assertThat(text.out()).contains("t s", "z ft");
    }

    /** "label   value unit" lines of the text block. */
    private static Map<String, Double> textValues(String out) {
        Pattern line = Pattern.compile("^(\\S+(?: \\S+)*?)\\s{2,}(-?[0-9.]+)\\s+\\S+$");
        return out.lines().map(line::matcher).filter(Matcher::matches)
                .collect(Collectors.toMap(m -> m.group(1), m -> Double.parseDouble(m.group(2))));
    }
}
