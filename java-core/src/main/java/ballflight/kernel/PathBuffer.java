package ballflight.kernel;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Caller-provided storage for sampled flight paths: for each flight up to {@code samplesPerFlight}
 * samples of (t, x, y, z) in SI, one every {@code strideSteps} integration steps, and always
 * the end point (the last slot is kept for it, so a short buffer drops middle samples, never
 * the end). Layout: {@code [flight][sample][4]} doubles. The number written per flight is in the
 * batch's {@link BatchColumn#PATH_COUNT} column.
 */
public final class PathBuffer implements AutoCloseable {
    public static final int FIELDS = 4;

    private final Arena arena;
    private final MemorySegment segment;
    private final int flights;
    private final int samplesPerFlight;
    private final int strideSteps;

    private PathBuffer(int flights, int samplesPerFlight, int strideSteps) {
        if (flights < 1 || samplesPerFlight < 2 || strideSteps < 1) {
            throw new IllegalArgumentException("path buffer needs flights >= 1, samplesPerFlight >= 2,"
                    + " strideSteps >= 1; got " + flights + ", " + samplesPerFlight + ", " + strideSteps);
        }
        this.flights = flights;
        this.samplesPerFlight = samplesPerFlight;
        this.strideSteps = strideSteps;
        this.arena = Arena.ofShared();
        this.segment = arena.allocate((long) flights * samplesPerFlight * FIELDS * Double.BYTES,
                FlightBatch.ALIGNMENT);
    }

    public static PathBuffer allocate(int flights, int samplesPerFlight, int strideSteps) {
        return new PathBuffer(flights, samplesPerFlight, strideSteps);
    }

    public int flights() {
        return flights;
    }

    public int samplesPerFlight() {
        return samplesPerFlight;
    }

    public int strideSteps() {
        return strideSteps;
    }

    public MemorySegment segment() {
        return segment;
    }

    /**
     * Byte offset of one value; every index is checked against its bound (an unchecked flight
     * {@code flights} would land in another buffer's memory or past the end).
     *
     * @throws IndexOutOfBoundsException naming the index and the bound
     */
    public long offset(int flight, int sample, int field) {
        if (flight < 0 || flight >= flights) {
            throw new IndexOutOfBoundsException("flight " + flight + " outside 0.." + (flights - 1)
                    + " (path buffer capacity " + flights + " flights)");
        }
        if (sample < 0 || sample >= samplesPerFlight) {
            throw new IndexOutOfBoundsException("sample " + sample + " outside 0.." + (samplesPerFlight - 1));
        }
        if (field < 0 || field >= FIELDS) {
            throw new IndexOutOfBoundsException("field " + field + " outside 0.." + (FIELDS - 1));
        }
        return (((long) flight * samplesPerFlight + sample) * FIELDS + field) * Double.BYTES;
    }

    public double get(int flight, int sample, int field) {
        return segment.get(ValueLayout.JAVA_DOUBLE, offset(flight, sample, field));
    }

    void set(int flight, int sample, int field, double value) {
        segment.set(ValueLayout.JAVA_DOUBLE, offset(flight, sample, field), value);
    }

    @Override
    public void close() {
        arena.close();
    }
}
