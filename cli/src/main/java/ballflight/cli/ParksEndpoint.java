package ballflight.cli;

import ballflight.data.LeagueData;
import ballflight.engine.FlightSimulator;
import ballflight.fielding.HomeRunParks;
import ballflight.fielding.ParkAir;
import ballflight.model.InputException;
import ballflight.model.InputField;
import ballflight.model.Launch;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code POST /v1/parks}: one ball (the {@code fly} ball fields) and optionally the air ({@code month}
 * with {@code time_of_day} "day" or "night", or {@code temperature_f}, {@code wind_speed_mph} and
 * {@code wind_direction_deg} in every park), answered with {@code ballflight parks --format json}'s
 * object. Thirty flights a question: each request borrows one of a few park askers (each owns its
 * simulator, which is not thread-safe) for as long as it flies.
 */
final class ParksEndpoint implements AutoCloseable {
    private static final List<String> AIR_FIELDS = List.of("month", "time_of_day", InputField.TEMPERATURE.column(),
            InputField.WIND_SPEED.column(), InputField.WIND_DIRECTION.column());
    private final BlockingQueue<HomeRunParks> askers;
    private final List<FlightSimulator> simulators;
    private final ServeLimits limits;

    ParksEndpoint(Supplier<FlightSimulator> simulators, int askers, ServeLimits limits) {
        LeagueData data = LeagueData.mlb2025();
        this.simulators = Stream.generate(simulators).limit(askers).toList();
        this.askers = new ArrayBlockingQueue<>(askers);
        this.simulators.forEach(sim -> this.askers.add(new HomeRunParks(sim, data)));
        this.limits = limits;
    }

    void handle(HttpExchange ex) throws IOException {
        JsonNode body = HttpExchanges.postedJson(ex, limits.maxBodyBytes());
        if (body == null) {
            return;
        }
        Launch launch;
        ParkAir air;
        try {
            if (body == null || !body.isObject()) {
                throw new InputException("body", "body must be one ball as a JSON object");
            }
            launch = launch(body);
            air = air(body);
        } catch (InputException e) {
            HttpExchanges.error(ex, 400, e.field(), e.getMessage());
            return;
        }
        HomeRunParks asker;
        try {
            asker = askers.poll(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            HttpExchanges.error(ex, 503, null, "server is shutting down");
            return;
        }
        if (asker == null) {
            ex.getResponseHeaders().set("Retry-After", "1");
            HttpExchanges.error(ex, 503, null, "all park askers busy for " + limits.timeout().toMillis() + " ms");
            return;
        }
        HomeRunParks.Answer answer;
        try {
            answer = asker.ask(launch, air);
        } catch (IllegalArgumentException e) {
            HttpExchanges.error(ex, 400, null, e.getMessage());
            return;
        } finally {
            askers.add(asker);
        }
        HttpExchanges.json(ex, 200, ParksReport.json(answer));
    }

    private static Launch launch(JsonNode body) {
        Map<String, InputField> byName = ParksCommand.BALL.stream().collect(Collectors.toMap(InputField::column, f -> f));
        Map<InputField, Double> values = new EnumMap<>(InputField.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            InputField field = byName.get(e.getKey());
            if (field == null) {
                if (AIR_FIELDS.contains(e.getKey())) {
                    continue;
                }
                throw new InputException(e.getKey(), "unknown field '" + e.getKey() + "': allowed " + Stream.concat(
                        ParksCommand.BALL.stream().map(InputField::column), AIR_FIELDS.stream())
                        .collect(Collectors.joining(", ")));
            }
            values.put(field, JsonFlightInputs.number(e.getValue(), field));
        }
        for (InputField required : List.of(InputField.EXIT_VELOCITY, InputField.LAUNCH_ANGLE)) {
            if (!values.containsKey(required)) {
                throw new InputException(required.column(), required.column() + " is required");
            }
        }
        return new Launch(values.get(InputField.EXIT_VELOCITY), values.get(InputField.LAUNCH_ANGLE),
                values.getOrDefault(InputField.SPRAY_ANGLE, 0.0), values.getOrDefault(InputField.BACKSPIN, 0.0),
                values.getOrDefault(InputField.SIDESPIN, 0.0),
                values.getOrDefault(InputField.CONTACT_HEIGHT, Launch.DEFAULT_CONTACT_HEIGHT_FT));
    }

    private static ParkAir air(JsonNode body) {
        Integer month = null;
        JsonNode m = body.get("month");
        if (m != null) {
            // JSON Schema's integer is any number with no fraction: 4 and 4.0 alike.
            if (!m.isNumber() || m.doubleValue() != Math.rint(m.doubleValue()) || Math.abs(m.doubleValue()) > 1e6) {
                throw new InputException("month", "month = " + m + " is not a whole number: allowed "
                        + ParkAirChoice.FIRST_MONTH + " to " + ParkAirChoice.LAST_MONTH);
            }
            month = (int) m.doubleValue();
        }
        String when = timeOfDay(body);
        return ParkAirChoice.JSON_FIELDS.resolve(month, "day".equals(when), "night".equals(when),
                optional(body, InputField.TEMPERATURE), optional(body, InputField.WIND_SPEED),
                optional(body, InputField.WIND_DIRECTION));
    }

    /** "day", "night" or null when not given. */
    private static String timeOfDay(JsonNode body) {
        JsonNode v = body.get("time_of_day");
        if (v == null) {
            return null;
        }
        if (!v.isTextual() || !List.of("day", "night").contains(v.textValue())) {
            throw new InputException("time_of_day", "time_of_day = " + v + " is not one of: \"day\", \"night\"");
        }
        return v.textValue();
    }

    private static double optional(JsonNode body, InputField field) {
        JsonNode v = body.get(field.column());
        return v == null ? Double.NaN : JsonFlightInputs.number(v, field);
    }

    @Override
    public void close() {
        simulators.forEach(FlightSimulator::close);
    }
}
