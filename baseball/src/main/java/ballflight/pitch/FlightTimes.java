package ballflight.pitch;

/**
 * Time spent inside kernel flights during plate appearances, by kind, with the number of flights:
 * pitches to the plate, batted balls to their first landing, and the pitches flown only to measure
 * a pitcher's aim ({@link ballflight.pitch.AimMaps}). Two {@link System#nanoTime()} reads per flight
 * (~50 ns against a pitch's ~40 µs at ACCURATE), so it is always on. Not thread-safe: one per worker.
 */
public final class FlightTimes {
    /** What a flight was for. */
    public enum Kind {
        PITCH, BATTED_BALL, AIM_MAP
    }

    private final long[] nanos = new long[Kind.values().length];
    private final long[] flights = new long[Kind.values().length];

    public void add(Kind kind, long ns, int flown) {
        nanos[kind.ordinal()] += ns;
        flights[kind.ordinal()] += flown;
    }

    public long nanos(Kind kind) {
        return nanos[kind.ordinal()];
    }

    public long flights(Kind kind) {
        return flights[kind.ordinal()];
    }

    /** Nanoseconds in all flights. */
    public long totalNanos() {
        long sum = 0;
        for (long n : nanos) {
            sum += n;
        }
        return sum;
    }

    public void merge(FlightTimes o) {
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] += o.nanos[i];
            flights[i] += o.flights[i];
        }
    }
}
