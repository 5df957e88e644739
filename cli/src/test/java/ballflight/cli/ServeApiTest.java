package ballflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.engine.FlightSimulator;
import ballflight.model.FlightRequest;
import ballflight.model.Launch;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ServeApiTest extends SmallLimitsServer {
    private static JsonNode expected(Launch launch) throws Exception {
        try (FlightSimulator sim = RunningServer.SIMULATOR.build()) {
            FlightRequest r = FlightRequest.of(launch);
            return JSON.valueToTree(FlightReport.of(sim.fly(r), false).toMap());
        }
    }

    @Test
    void oneBallAnswersWhatFlyAnswers() throws Exception {
        HttpResponse<String> r = server.send("POST", "/v1/fly", "{\"exit_velocity_mph\":100,\"launch_angle_deg\":28,\"backspin_rpm\":1800}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(JSON.readTree(r.body())).isEqualTo(expected(Launch.of(100, 28).withBackspinRpm(1800)));
    }

    @Test
    void anArrayIsAnsweredInOrderEvenUnderConcurrency() throws Exception {
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try (ExecutorService callers = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 16; i++) {
                int ev = 80 + i;
                answers.add(callers.submit(() -> server.send("POST", "/v1/fly",
                        "[{\"exit_velocity_mph\":" + ev + ",\"launch_angle_deg\":20},{\"exit_velocity_mph\":" + ev
                                + ",\"launch_angle_deg\":35}]")));
            }
            for (int i = 0; i < 16; i++) {
                JsonNode body = JSON.readTree(answers.get(i).get().body());
                assertThat(body.size()).isEqualTo(2);
                assertThat(body.get(0)).isEqualTo(expected(Launch.of(80 + i, 20)));
                assertThat(body.get(1)).isEqualTo(expected(Launch.of(80 + i, 35)));
            }
        }
    }

    @Test
    void theTrajectoryRouteAddsThePath() throws Exception {
        HttpResponse<String> r = server.send("POST", "/v1/trajectory", "{\"exit_velocity_mph\":100,\"launch_angle_deg\":28}");
        JsonNode path = JSON.readTree(r.body()).get("path");
        assertThat(path.size()).isGreaterThan(50);
        assertThat(path.get(0).get("time_s").asDouble()).isZero();
        assertThat(server.send("POST", "/v1/trajectory", "[{\"exit_velocity_mph\":100,\"launch_angle_deg\":28},"
                + "{\"exit_velocity_mph\":90,\"launch_angle_deg\":28}]").statusCode()).isEqualTo(400);
    }

    @Test
    void badInputIs400NamingTheFieldValueAndRange() throws Exception {
        assertError("{\"exit_velocity_mph\":190,\"launch_angle_deg\":28}", 400, "exit_velocity_mph",
                "exit_velocity_mph = 190 is out of range: allowed 0 to 150 mph");
        assertError("{\"exit_velocity_mph\":\"100\",\"launch_angle_deg\":28}", 400, "exit_velocity_mph", "is not a number");
        assertError("{\"exit_velocity_mph\":100}", 400, "launch_angle_deg", "launch_angle_deg is required");
        assertError("{\"exit_velocity_mph\":100,\"launch_angle_deg\":28,\"spin\":1}", 400, "spin", "unknown field 'spin'");
        assertError("{\"exit_velocity_mph\":100,\"launch_angle_deg\":28,\"fence_distance_ft\":330}", 400,
                "fence_height_ft", "go together");
        assertError("[{\"exit_velocity_mph\":100,\"launch_angle_deg\":28},{\"exit_velocity_mph\":-1,\"launch_angle_deg\":28}]",
                400, "exit_velocity_mph", "[1] exit_velocity_mph = -1");
        assertError("{\"exit_velocity_mph\":100,", 400, "body", "malformed JSON");
        assertError("", 400, "body", "body is empty");
        assertError("[]", 400, "body", "array of 0 balls: allowed 1 to 50");
        assertError("42", 400, "body", "must be a JSON object or an array");
        assertError("{\"exit_velocity_mph\":1e999,\"launch_angle_deg\":28}", 400, "exit_velocity_mph", "out of range");
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i < 51; i++) {
            many.append(i == 0 ? "" : ",").append("{\"exit_velocity_mph\":90,\"launch_angle_deg\":20}");
        }
        assertError(many.append("]").toString(), 400, "body", "array of 51 balls: allowed 1 to 50");
        assertError("{\"exit_velocity_mph\":100,\"launch_angle_deg\":28}" + " ".repeat(5_000), 413, "body",
                "allowed up to 4096 bytes");
        assertThat(server.log.toString()).as("no stack traces, no internal errors").isEmpty();
    }

    private static void assertError(String body, int status, String field, String message) throws Exception {
        HttpResponse<String> r = server.send("POST", "/v1/fly", body);
        assertThat(r.statusCode()).as(body).isEqualTo(status);
        JsonNode json = JSON.readTree(r.body());
        assertThat(json.get("field").asText()).as(body).isEqualTo(field);
        assertThat(json.get("error").asText()).as(body).contains(message);
    }

    @Test
    void wrongMethodsAndUnknownPathsAreAnsweredNotCrashed() throws Exception {
        assertThat(server.send("GET", "/v1/fly", null).statusCode()).isEqualTo(405);
        assertThat(server.send("POST", "/healthz", "{}").statusCode()).isEqualTo(405);
        assertThat(server.send("GET", "/v1/flyer", null).statusCode()).isEqualTo(404);
        assertThat(server.send("GET", "/nothing", null).statusCode()).isEqualTo(404);
        assertThat(server.send("GET", "/healthz", null).body()).isEqualTo("{\"status\":\"ok\"}");
        assertThat(server.send("GET", "/", null).body()).contains("<form id=\"ball\">");
    }

    @Test
    void metricsCountFlightsBatchesAndAnswers() throws Exception {
        server.send("POST", "/v1/fly", "[{\"exit_velocity_mph\":90,\"launch_angle_deg\":20},{\"exit_velocity_mph\":91,\"launch_angle_deg\":20}]");
        server.send("POST", "/v1/fly", "{\"exit_velocity_mph\":900,\"launch_angle_deg\":20}");
        String metrics = server.send("GET", "/metrics", null).body();
        assertThat(metrics).contains("# TYPE ballflight_flights_completed_total counter");
        assertThat(value(metrics, "ballflight_flights_completed_total")).isGreaterThanOrEqualTo(2);
        assertThat(value(metrics, "ballflight_batches_total")).isGreaterThanOrEqualTo(1);
        assertThat(value(metrics, "ballflight_http_responses_total{code=\"400\"}")).isGreaterThanOrEqualTo(1);
        assertThat(value(metrics, "ballflight_batch_size_count")).isEqualTo(value(metrics, "ballflight_batches_total"));
    }

    private static double value(String metrics, String name) {
        return metrics.lines().filter(l -> l.startsWith(name + " ")).mapToDouble(l -> Double.parseDouble(l.substring(name.length() + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("no metric " + name));
    }

    @Test
    void serveOptionsAreCheckedBeforeAnythingStarts() {
        for (String[] args : List.of(new String[] {"serve", "--port", "70000"}, new String[] {"serve", "--max-batch", "0"},
                new String[] {"serve", "--max-wait-us", "-5"}, new String[] {"serve", "--workers", "0"},
                new String[] {"serve", "--bind", "no.such.host.invalid"})) {
            StringWriter err = new StringWriter();
            int code = Main.commandLine().setErr(new PrintWriter(err)).execute(args);
            assertThat(code).as(String.join(" ", args)).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(err.toString().lines().count()).as(err.toString()).isEqualTo(1);
            assertThat(err.toString()).startsWith("error: " + args[1]);
        }
    }
}
