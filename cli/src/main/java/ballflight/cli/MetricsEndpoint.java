package ballflight.cli;

import ballflight.service.ServiceMetrics;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

/** {@code GET /metrics}: the flight service's counters and the HTTP answers in Prometheus' text format. */
final class MetricsEndpoint {
    private static final int[] CODES = {200, 400, 404, 405, 413, 500, 503};
    private final AtomicLongArray answers = new AtomicLongArray(CODES.length);

    /** Counts one HTTP answer by status code. */
    void count(int status) {
        for (int i = 0; i < CODES.length; i++) {
            if (CODES[i] == status) {
                answers.incrementAndGet(i);
                return;
            }
        }
    }

    String render(ServiceMetrics m) {
        StringBuilder out = new StringBuilder();
        counter(out, "ballflight_flights_submitted_total", "Flights accepted into the queue.", m.submitted());
        counter(out, "ballflight_flights_completed_total", "Flights answered.", m.completed());
        counter(out, "ballflight_flights_rejected_total", "Flights refused because the queue was full.", m.rejected());
        counter(out, "ballflight_flights_failed_total", "Flights answered with an error.", m.failed());
        counter(out, "ballflight_batches_total", "Kernel batches flown.", m.batches());
        out.append("# HELP ballflight_queue_depth Flights waiting for a kernel batch.\n")
                .append("# TYPE ballflight_queue_depth gauge\n")
                .append("ballflight_queue_depth ").append(m.queueDepth()).append('\n');
        out.append("# HELP ballflight_batch_size Flights per kernel batch.\n# TYPE ballflight_batch_size histogram\n");
        long cumulative = 0;
        for (Map.Entry<Integer, Long> e : m.batchSizes().entrySet()) {
            cumulative += e.getValue();
            out.append("ballflight_batch_size_bucket{le=\"").append(2L * e.getKey() - 1).append("\"} ")
                    .append(cumulative).append('\n');
        }
        out.append("ballflight_batch_size_bucket{le=\"+Inf\"} ").append(m.batches()).append('\n')
                .append("ballflight_batch_size_sum ").append(m.batchedFlights()).append('\n')
                .append("ballflight_batch_size_count ").append(m.batches()).append('\n');
        out.append("# HELP ballflight_flight_latency_seconds Time from submit to answer.\n")
                .append("# TYPE ballflight_flight_latency_seconds summary\n");
        quantile(out, "0.5", m.latencyP50Micros());
        quantile(out, "0.9", m.latencyP90Micros());
        quantile(out, "0.99", m.latencyP99Micros());
        out.append("ballflight_flight_latency_seconds_count ").append(m.completed()).append('\n');
        out.append("# HELP ballflight_http_responses_total HTTP answers by status code.\n")
                .append("# TYPE ballflight_http_responses_total counter\n");
        for (int i = 0; i < CODES.length; i++) {
            out.append("ballflight_http_responses_total{code=\"").append(CODES[i]).append("\"} ")
                    .append(answers.get(i)).append('\n');
        }
        return out.toString();
    }

    private static void counter(StringBuilder out, String name, String help, long value) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n')
                .append("# TYPE ").append(name).append(" counter\n")
                .append(name).append(' ').append(value).append('\n');
    }

    private static void quantile(StringBuilder out, String q, double micros) {
        out.append("ballflight_flight_latency_seconds{quantile=\"").append(q).append("\"} ")
                .append(String.format(Locale.ROOT, "%.6f", micros / 1e6)).append('\n');
    }
}
