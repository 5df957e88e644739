package ballflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** {@code POST /v1/parks} answers what {@code ballflight parks --format json} answers, and refuses bad input by name. */
class ServeParksTest extends SmallLimitsServer {
    private static JsonNode cli(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("parks", "--backend", "java", "--mode", "extreme", "--format", "json"));
        all.addAll(List.of(args));
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    @Test
    void oneBallInEveryParkAsTheCommandAnswersIt() throws Exception {
        HttpResponse<String> r = server.send("POST", "/v1/parks",
                "{\"exit_velocity_mph\":103,\"launch_angle_deg\":29,\"spray_angle_deg\":-20,\"backspin_rpm\":2000}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(r.body());
        assertThat(answer).isEqualTo(cli("--ev", "103", "--la", "29", "--spray", "-20", "--backspin", "2000"));
        assertThat(answer.get("parks").size()).isEqualTo(30);
        assertThat(answer.get("hr_at").size() + answer.get("in_at").size()).isEqualTo(30);
    }

    @Test
    void theAirChoicesMatchTheCommandsOptions() throws Exception {
        JsonNode month = JSON.readTree(server.send("POST", "/v1/parks",
                "{\"exit_velocity_mph\":101,\"launch_angle_deg\":27,\"month\":4,\"time_of_day\":\"day\"}").body());
        assertThat(month).isEqualTo(cli("--ev", "101", "--la", "27", "--month", "4", "--day"));
        assertThat(JSON.readTree(server.send("POST", "/v1/parks",
                "{\"exit_velocity_mph\":101,\"launch_angle_deg\":27,\"month\":4.0,\"time_of_day\":\"day\"}").body()))
                .as("4.0 is the integer 4, as JSON Schema reads it").isEqualTo(month);
        JsonNode windy = JSON.readTree(server.send("POST", "/v1/parks", "{\"exit_velocity_mph\":101,\"launch_angle_deg\":27,"
                + "\"temperature_f\":90,\"wind_speed_mph\":10,\"wind_direction_deg\":0}").body());
        assertThat(windy).isEqualTo(cli("--ev", "101", "--la", "27", "--temp", "90", "--wind-speed", "10", "--wind-dir", "0"));
        assertThat(windy.get("home_run_parks").asInt()).as("a 10 mph wind out helps")
                .isGreaterThanOrEqualTo(month.get("home_run_parks").asInt());
    }

    @Test
    void concurrentQuestionsGetTheirOwnAnswers() throws Exception {
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try (ExecutorService callers = Executors.newFixedThreadPool(6)) {
            for (int i = 0; i < 12; i++) {
                int ev = 95 + i;
                answers.add(callers.submit(() -> server.send("POST", "/v1/parks",
                        "{\"exit_velocity_mph\":" + ev + ",\"launch_angle_deg\":28}")));
            }
            for (int i = 0; i < 12; i++) {
                JsonNode body = JSON.readTree(answers.get(i).get().body());
                assertThat(body.get("exit_velocity_mph").asDouble()).isEqualTo(95 + i);
                assertThat(body).isEqualTo(cli("--ev", String.valueOf(95 + i), "--la", "28"));
            }
        }
    }

    @Test
    void badInputIs400NamingTheField() throws Exception {
        assertError("{\"exit_velocity_mph\":100}", "launch_angle_deg", "launch_angle_deg is required");
        assertError("{\"exit_velocity_mph\":200,\"launch_angle_deg\":28}", "exit_velocity_mph", "allowed 0 to 150 mph");
        assertError("{\"exit_velocity_mph\":100,\"launch_angle_deg\":28,\"month\":12}", "month", "allowed 3 to 10");
        assertError("{\"exit_velocity_mph\":100,\"launch_angle_deg\":28,\"month\":4.5}", "month", "not a whole number");
        assertError("{\"exit_velocity_mph\":100,\"launch_angle_deg\":28,\"time_of_day\":\"day\"}", "month",
                "time_of_day needs month");
        assertError("{\"exit_velocity_mph\":100,\"launch_angle_deg\":28,\"month\":5,\"time_of_day\":\"dusk\"}",
                "time_of_day", "not one of");
        assertError("{\"exit_velocity_mph\":100,\"launch_angle_deg\":28,\"month\":5,\"time_of_day\":true}",
                "time_of_day", "not one of");
        assertError("{\"exit_velocity_mph\":100,\"launch_angle_deg\":28,\"wind_speed_mph\":5}", "wind",
                "wind_speed_mph needs wind_direction_deg");
        assertError("{\"exit_velocity_mph\":100,\"launch_angle_deg\":28,\"fence_distance_ft\":330}", "fence_distance_ft",
                "unknown field");
        assertError("[{\"exit_velocity_mph\":100,\"launch_angle_deg\":28}]", "body", "one ball as a JSON object");
        assertThat(server.send("GET", "/v1/parks", null).statusCode()).isEqualTo(405);
        assertThat(server.log.toString()).as("no stack traces, no internal errors").isEmpty();
    }

    private static void assertError(String body, String field, String message) throws Exception {
        HttpResponse<String> r = server.send("POST", "/v1/parks", body);
        assertThat(r.statusCode()).as(body).isEqualTo(400);
        JsonNode json = JSON.readTree(r.body());
        assertThat(json.get("field").asText()).as(body).isEqualTo(field);
        assertThat(json.get("error").asText()).as(body).contains(message);
    }
}
