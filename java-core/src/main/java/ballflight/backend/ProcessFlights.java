package ballflight.backend;

import java.util.concurrent.atomic.LongAdder;

/**
 * Flights this process has flown through {@code FlightSimulator}: the process-level warm-up state
 * {@code auto}'s cold plan goes by (a JIT-compiled kernel is only as warm as the work it has done).
 */
public final class ProcessFlights {
    private static final LongAdder FLOWN = new LongAdder();

    private ProcessFlights() {
    }

    /** Counts {@code n} flights as flown. */
    public static void add(int n) {
        FLOWN.add(n);
    }

    public static long flown() {
        return FLOWN.sum();
    }
}
