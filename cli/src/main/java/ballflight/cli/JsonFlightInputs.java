package ballflight.cli;

import ballflight.model.FlightRequest;
import ballflight.model.InputException;
import ballflight.model.InputField;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Balls from a JSON request body: one object, or an array of objects, keyed by the same snake_case
 * names as {@code fly --input}'s CSV columns. Every mistake is an {@link InputException} naming
 * the field (with its index in an array), the value and the allowed range, as the CLI words them.
 */
final class JsonFlightInputs {
    private JsonFlightInputs() {
    }

    /** The requests in a body that is an object or an array of at most {@code maxBalls} objects. */
    static List<FlightRequest> parse(JsonNode body, int maxBalls) {
        if (body == null || body.isMissingNode() || body.isNull()) {
            throw new InputException("body", "body is empty: send one ball as a JSON object or an array of them");
        }
        if (body.isObject()) {
            return List.of(ball(body, ""));
        }
        if (!body.isArray()) {
            throw new InputException("body", "body must be a JSON object or an array of objects, got " + body.getNodeType()
                    .name().toLowerCase(java.util.Locale.ROOT));
        }
        if (body.isEmpty() || body.size() > maxBalls) {
            throw new InputException("body", "array of " + body.size() + " balls: allowed 1 to " + maxBalls);
        }
        List<FlightRequest> out = new ArrayList<>(body.size());
        for (int i = 0; i < body.size(); i++) {
            JsonNode node = body.get(i);
            if (!node.isObject()) {
                throw new InputException("[" + i + "]", "[" + i + "] must be an object");
            }
            out.add(ball(node, "[" + i + "] "));
        }
        return out;
    }

    /** A JSON number in the field's range; anything else is an {@link InputException} naming the field. */
    static double number(JsonNode v, InputField field) {
        if (!v.isNumber()) { // strict: "100" is a string, not a number
            throw new InputException(field.column(), field.column() + " = " + v + " is not a number: allowed "
                    + Numbers.plain(field.min()) + " to " + Numbers.plain(field.max()) + " " + field.unit());
        }
        return field.check(v.doubleValue());
    }

    private static FlightRequest ball(JsonNode object, String where) {
        Map<String, InputField> byName = FlightInputs.ACCEPTED.stream()
                .collect(Collectors.toMap(InputField::column, f -> f));
        FlightInputs inputs = new FlightInputs();
        try {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                InputField field = byName.get(e.getKey());
                if (field == null) {
                    throw new InputException(e.getKey(), "unknown field '" + e.getKey() + "': allowed "
                            + FlightInputs.ACCEPTED.stream().map(InputField::column).collect(Collectors.joining(", ")));
                }
                inputs.set(field, number(e.getValue(), field));
            }
            return inputs.toRequest();
        } catch (InputException e) {
            throw where.isEmpty() ? e : new InputException(e.field(), where + e.getMessage());
        }
    }
}
