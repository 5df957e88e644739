package ballflight.cli;

import ballflight.model.FlightRequest;
import ballflight.model.FlightResult;
import ballflight.model.InputException;
import ballflight.service.FlightQueueFullException;
import ballflight.service.FlightService;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code POST /v1/fly}: one ball (a JSON object) or many (an array), with the {@code fly} fields;
 * answers the {@code fly --format json} fields for each, in order. {@code POST /v1/trajectory}:
 * one ball, answered with its sampled path as well (flown by a separate path-recording service,
 * so path samples never ride along in the batches of plain requests).
 */
final class FlyEndpoint {
    private final FlightService service;
    private final boolean oneBallOnly;
    private final ServeLimits limits;

    /** {@code oneBallOnly}: the body must be one object (the trajectory route). */
    FlyEndpoint(FlightService service, boolean oneBallOnly, ServeLimits limits) {
        this.service = service;
        this.oneBallOnly = oneBallOnly;
        this.limits = limits;
    }

    void handle(HttpExchange ex) throws IOException {
        JsonNode body = HttpExchanges.postedJson(ex, limits.maxBodyBytes());
        if (body == null) {
            return;
        }
        List<FlightRequest> requests;
        try {
            if (oneBallOnly && !body.isObject()) {
                throw new InputException("body", "body must be one ball as a JSON object");
            }
            requests = JsonFlightInputs.parse(body, limits.maxBalls());
        } catch (InputException e) {
            HttpExchanges.error(ex, 400, e.field(), e.getMessage());
            return;
        }
        List<FlightResult> results;
        try {
            results = service.submitAll(requests)
                    .get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (FlightQueueFullException e) {
            ex.getResponseHeaders().set("Retry-After", "1");
            HttpExchanges.error(ex, 503, null, e.getMessage());
            return;
        } catch (TimeoutException e) {
            HttpExchanges.error(ex, 503, null, "timed out after " + limits.timeout().toMillis() + " ms");
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            HttpExchanges.error(ex, 503, null, "server is shutting down");
            return;
        } catch (ExecutionException e) {
            // The kernel refused a ball the parser let through: still the caller's input.
            HttpExchanges.error(ex, 400, null, String.valueOf(e.getCause().getMessage()));
            return;
        }
        List<Map<String, Object>> out = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            out.add(FlightReport.of(results.get(i), requests.get(i).fence() != null).toMap());
        }
        HttpExchanges.json(ex, 200, body.isArray() ? out : out.get(0));
    }
}
