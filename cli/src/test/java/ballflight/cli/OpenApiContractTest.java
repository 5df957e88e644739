package ballflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.model.InputField;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Holds the server to docs/openapi.yaml, and the document to the engine's input ranges. */
class OpenApiContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode doc;
    private static OpenApiSchema schemas;
    private static RunningServer server;

    @BeforeAll
    static void load() throws Exception {
        doc = new ObjectMapper(new YAMLFactory()).readTree(Path.of("../docs/openapi.yaml").toFile());
        schemas = new OpenApiSchema(doc);
        server = new RunningServer(ServeLimits.DEFAULT);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theBallSchemaHasTheEnginesFieldsAndRanges() {
        JsonNode ball = doc.at("/components/schemas/Ball");
        JsonNode properties = ball.get("properties");
        List<String> documented = new ArrayList<>();
        properties.fieldNames().forEachRemaining(documented::add);
        assertThat(documented).containsExactlyInAnyOrderElementsOf(FlightInputs.ACCEPTED.stream().map(InputField::column).toList());
        for (InputField f : FlightInputs.ACCEPTED) {
            JsonNode p = properties.get(f.column());
            assertThat(p.get("minimum").doubleValue()).as(f.column()).isEqualTo(f.min());
            assertThat(p.get("maximum").doubleValue()).as(f.column()).isEqualTo(f.max());
        }
        assertThat(ball.get("required")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(FlightInputs.REQUIRED.stream().map(InputField::column).toList());
        JsonNode question = doc.at("/components/schemas/ParksQuestion/properties");
        List<InputField> parksFields = new ArrayList<>(ParksCommand.BALL);
        parksFields.addAll(List.of(InputField.TEMPERATURE, InputField.WIND_SPEED, InputField.WIND_DIRECTION));
        for (InputField f : parksFields) {
            assertThat(question.get(f.column()).get("minimum").doubleValue()).as("parks " + f.column()).isEqualTo(f.min());
            assertThat(question.get(f.column()).get("maximum").doubleValue()).as("parks " + f.column()).isEqualTo(f.max());
        }
        assertThat(question.get("month").get("minimum").asInt()).isEqualTo(ParkAirChoice.FIRST_MONTH);
        assertThat(question.get("month").get("maximum").asInt()).isEqualTo(ParkAirChoice.LAST_MONTH);
        assertThat(doc.at("/paths/~1v1~1fly/post/requestBody/content/application~1json/schema/oneOf/1/maxItems").asInt())
                .isEqualTo(ServeLimits.DEFAULT.maxBalls());
    }

    @Test
    void everyDocumentedOperationAnswersAsDocumented() throws Exception {
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
                JsonNode examples = op.getValue().at("/requestBody/content/application~1json/examples");
                List<String> bodies = new ArrayList<>();
                if (examples.isMissingNode()) {
                    bodies.add(null);
                } else {
                    examples.forEach(e -> bodies.add(e.get("value").toString()));
                }
                for (String body : bodies) {
                    HttpResponse<String> r = server.send(method, path.getKey(), body);
                    checkAgainstDocument(op.getValue(), method + " " + path.getKey(), r);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(6);
    }

    @Test
    void errorAnswersMatchTheirDocumentedSchemas() throws Exception {
        JsonNode fly = doc.at("/paths/~1v1~1fly/post");
        for (String body : List.of("{\"exit_velocity_mph\":200,\"launch_angle_deg\":1}", "{", "{\"x\":1}", "[]")) {
            HttpResponse<String> r = server.send("POST", "/v1/fly", body);
            assertThat(r.statusCode()).isEqualTo(400);
            checkAgainstDocument(fly, "POST /v1/fly " + body, r);
        }
        checkAgainstDocument(fly, "GET /v1/fly", server.send("GET", "/v1/fly", null));
        JsonNode parks = doc.at("/paths/~1v1~1parks/post");
        for (String body : List.of("{\"exit_velocity_mph\":100,\"launch_angle_deg\":28,\"month\":2}", "{",
                "{\"exit_velocity_mph\":100,\"launch_angle_deg\":28,\"time_of_day\":\"day\"}", "[]")) {
            HttpResponse<String> r = server.send("POST", "/v1/parks", body);
            assertThat(r.statusCode()).isEqualTo(400);
            checkAgainstDocument(parks, "POST /v1/parks " + body, r);
        }
        checkAgainstDocument(parks, "GET /v1/parks", server.send("GET", "/v1/parks", null));
        HttpResponse<String> withFence = server.send("POST", "/v1/fly",
                "{\"exit_velocity_mph\":60,\"launch_angle_deg\":5,\"fence_distance_ft\":400,\"fence_height_ft\":10}");
        checkAgainstDocument(fly, "short ball with a fence (height_at_fence_ft null)", withFence);
        assertThat(JSON.readTree(withFence.body()).get("height_at_fence_ft").isNull()).isTrue();
    }

    private static void checkAgainstDocument(JsonNode operation, String what, HttpResponse<String> r) throws Exception {
        JsonNode response = operation.at("/responses/" + r.statusCode());
        assertThat(response.isMissingNode()).as(what + ": status " + r.statusCode() + " is documented").isFalse();
        String contentType = r.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
        JsonNode media = response.path("content").path(contentType);
        assertThat(media.isMissingNode()).as(what + ": content type " + contentType + " is documented").isFalse();
        if (contentType.equals("application/json")) {
            assertThat(schemas.violations(media.get("schema"), JSON.readTree(r.body()))).as(what + ": " + r.body()).isEmpty();
        }
    }

    @Test
    void theCheckerCatchesAViolation() throws Exception {
        JsonNode result = doc.at("/components/schemas/FlightResult");
        assertThat(schemas.violations(result, JSON.readTree("{\"distance_ft\":\"far\"}"))).isNotEmpty();
        assertThat(schemas.violations(result, JSON.readTree("{\"distance_ft\":1,\"hang_time_s\":1,\"apex_ft\":1,"
                + "\"apex_time_s\":1,\"landing_x_ft\":1,\"landing_y_ft\":1,\"landing_speed_mph\":1,\"landing_angle_deg\":1,"
                + "\"surprise\":1}"))).containsExactly("$: undocumented property surprise");
        JsonNode ball = doc.at("/components/schemas/Ball");
        assertThat(schemas.violations(ball, JSON.readTree("{\"exit_velocity_mph\":1,\"launch_angle_deg\":1,\"fence_height_ft\":9}")))
                .containsExactly("$: fence_height_ft needs fence_distance_ft");
        assertThat(schemas.violations(result.get("properties").get("height_at_fence_ft"), JSON.readTree("null"))).isEmpty();
        assertThat(schemas.violations(result.get("properties").get("distance_ft"), JSON.readTree("null"))).isNotEmpty();
    }
}
