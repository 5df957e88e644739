package ballflight.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks a JSON value against a schema of docs/openapi.yaml (OpenAPI 3.1, JSON Schema): the
 * subset the document uses ($ref, type or a list of types, required, dependentRequired,
 * properties, additionalProperties: false, items, enum, oneOf, minimum/maximum,
 * minItems/maxItems). Returns the violations, empty when it conforms.
 */
final class OpenApiSchema {
    private final JsonNode document;

    OpenApiSchema(JsonNode document) {
        this.document = document;
    }

    List<String> violations(JsonNode schema, JsonNode value) {
        List<String> out = new ArrayList<>();
        check(resolve(schema), value, "$", out);
        return out;
    }

    JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            schema = document.at(ref.substring(1)); // "#/components/..." as a JSON pointer
        }
        return schema;
    }

    private void check(JsonNode schema, JsonNode value, String where, List<String> out) {
        schema = resolve(schema);
        if (schema.has("oneOf")) {
            int matches = 0;
            for (JsonNode option : schema.get("oneOf")) {
                List<String> sub = new ArrayList<>();
                check(option, value, where, sub);
                matches += sub.isEmpty() ? 1 : 0;
            }
            if (matches != 1) {
                out.add(where + ": matches " + matches + " of the oneOf schemas");
            }
            return;
        }
        JsonNode types = schema.path("type");
        boolean typeOk = types.isMissingNode();
        for (JsonNode t : types.isArray() ? types : List.of(types)) {
            typeOk |= hasType(value, t.asText());
        }
        if (!typeOk) {
            out.add(where + ": expected " + types + ", got " + value.getNodeType());
            return;
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode e : schema.get("enum")) {
                found |= e.equals(value);
            }
            if (!found) {
                out.add(where + ": " + value + " is not in " + schema.get("enum"));
            }
        }
        if (value.isNumber()) {
            if (schema.has("minimum") && value.doubleValue() < schema.get("minimum").doubleValue()) {
                out.add(where + ": below minimum");
            }
            if (schema.has("maximum") && value.doubleValue() > schema.get("maximum").doubleValue()) {
                out.add(where + ": above maximum");
            }
        }
        if (value.isArray()) {
            if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
                out.add(where + ": fewer than minItems");
            }
            if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
                out.add(where + ": more than maxItems");
            }
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), where + "[" + i + "]", out);
            }
        }
        if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("dependentRequired").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> rule = it.next();
                for (JsonNode needed : rule.getValue()) {
                    if (value.has(rule.getKey()) && !value.has(needed.asText())) {
                        out.add(where + ": " + rule.getKey() + " needs " + needed.asText());
                    }
                }
            }
            for (JsonNode required : schema.path("required")) {
                if (!value.has(required.asText())) {
                    out.add(where + ": missing required " + required.asText());
                }
            }
            JsonNode properties = schema.path("properties");
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (properties.has(e.getKey())) {
                    check(properties.get(e.getKey()), e.getValue(), where + "." + e.getKey(), out);
                } else if (schema.has("additionalProperties") && !schema.get("additionalProperties").asBoolean(true)) {
                    out.add(where + ": undocumented property " + e.getKey());
                }
            }
        }
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "number" -> value.isNumber();
            case "integer" -> value.isIntegralNumber();
            case "string" -> value.isTextual();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> false;
        };
    }
}
