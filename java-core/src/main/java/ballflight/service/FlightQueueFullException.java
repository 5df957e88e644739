package ballflight.service;

import java.util.concurrent.RejectedExecutionException;

/** A {@link FlightService} refused work because its queue is full: back-pressure, never a wait. */
public final class FlightQueueFullException extends RejectedExecutionException {
    private static final long serialVersionUID = 1L;

    FlightQueueFullException(int requested, int free, int capacity) {
        super("flight queue full: " + requested + " flight(s) requested, " + free + " of " + capacity
                + " places free; retry later or raise queueCapacity");
    }
}
