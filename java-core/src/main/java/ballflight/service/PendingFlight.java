package ballflight.service;

import ballflight.model.FlightRequest;
import ballflight.model.FlightResult;
import java.util.concurrent.CompletableFuture;

/**
 * One queued request, and the future its caller holds: a single object per request, so the
 * service allocates nothing per flight beyond what it hands back.
 */
final class PendingFlight extends CompletableFuture<FlightResult> {
    final FlightRequest request;
    final long enqueuedNanos;

    PendingFlight(FlightRequest request, long enqueuedNanos) {
        this.request = request;
        this.enqueuedNanos = enqueuedNanos;
    }
}
