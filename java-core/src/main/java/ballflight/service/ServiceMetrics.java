package ballflight.service;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A snapshot of a {@link FlightService}'s counters.
 *
 * @param queueDepth requests waiting for a kernel batch now
 * @param submitted requests accepted since start
 * @param completed requests answered (with a result or an error)
 * @param rejected requests refused because the queue was full
 * @param failed requests answered with an error
 * @param batches kernel batches flown
 * @param batchedFlights flights in those batches
 * @param batchSizes batches by size bucket, smallest first: key = smallest size of the bucket (1, 2, 4, 8, ...)
 * @param latencyP50Micros median time from submit to answer
 * @param latencyP90Micros 90th percentile
 * @param latencyP99Micros 99th percentile
 * @param latencyMaxMicros upper edge of the slowest request's bucket
 */
public record ServiceMetrics(int queueDepth, long submitted, long completed, long rejected, long failed,
                             long batches, long batchedFlights, Map<Integer, Long> batchSizes, double latencyP50Micros,
                             double latencyP90Micros, double latencyP99Micros, double latencyMaxMicros) {

    public ServiceMetrics {
        batchSizes = Collections.unmodifiableSortedMap(new TreeMap<>(batchSizes));
    }

    /** Mean flights per kernel batch (0 before the first batch). */
    public double meanBatchSize() {
        return batches == 0 ? 0 : batchedFlights / (double) batches;
    }
}
