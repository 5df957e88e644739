package ballflight.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reading bounded request bodies and writing JSON / text answers on the JDK's HTTP server. */
final class HttpExchanges {
    static final ObjectMapper MAPPER = new ObjectMapper();

    /** The body was longer than allowed. */
    static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    private HttpExchanges() {
    }

    /** Reads at most {@code limit} bytes; refuses a larger body without reading all of it. */
    static byte[] body(HttpExchange ex, int limit) throws IOException, TooLarge {
        String declared = ex.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > limit) {
                    throw new TooLarge("body of " + declared.trim() + " bytes: allowed up to " + limit + " bytes");
                }
            } catch (NumberFormatException e) {
                // the server itself rejects a malformed Content-Length; nothing to add
            }
        }
        try (InputStream in = ex.getRequestBody()) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw new TooLarge("body over " + limit + " bytes");
            }
            return bytes;
        }
    }

    /**
     * The JSON body of a POST, or null when the exchange has already been answered: 405 for another
     * method, 413 for a body over {@code limit} bytes, 400 for malformed JSON.
     */
    static JsonNode postedJson(HttpExchange ex, int limit) throws IOException {
        if (!"POST".equals(ex.getRequestMethod())) {
            ex.getResponseHeaders().set("Allow", "POST");
            error(ex, 405, null, ex.getRequestMethod() + " is not allowed here: use POST");
            return null;
        }
        try {
            return MAPPER.readTree(body(ex, limit));
        } catch (TooLarge e) {
            error(ex, 413, "body", e.getMessage());
        } catch (JsonProcessingException e) {
            error(ex, 400, "body", "malformed JSON: " + e.getOriginalMessage());
        }
        return null;
    }

    static void json(HttpExchange ex, int status, Object value) throws IOException {
        send(ex, status, "application/json", MAPPER.writeValueAsBytes(value));
    }

    /** {"error": message, "field": field} with the given status. */
    static void error(HttpExchange ex, int status, String field, String message) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        if (field != null) {
            body.put("field", field);
        }
        json(ex, status, body);
    }

    static void text(HttpExchange ex, int status, String contentType, String text) throws IOException {
        send(ex, status, contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpExchange ex, int status, String contentType, byte[] bytes) throws IOException {
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
