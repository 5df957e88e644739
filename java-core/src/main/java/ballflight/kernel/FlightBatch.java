package ballflight.kernel;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Off-heap struct-of-arrays storage for up to {@code capacity} flights (see {@link BatchColumn}).
 * Both kernels read and write this memory directly: the Java kernel through the segment, the
 * native kernel through its address, so handing a batch to either never copies it.
 *
 * <p>Not thread-safe; a batch is reused across calls by its owner (e.g. {@code FlightSimulator}) so the hot path
 * allocates nothing.
 */
public final class FlightBatch implements AutoCloseable {
    /** Cache-line alignment, so every column starts on a SIMD-friendly boundary. */
    public static final long ALIGNMENT = 64;

    private final Arena arena;
    private final MemorySegment segment;
    private final int capacity;
    private int size;

    private FlightBatch(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("batch capacity must be >= 1, was " + capacity);
        }
        this.capacity = capacity;
        this.arena = Arena.ofShared();
        this.segment = arena.allocate((long) BatchColumn.COUNT * capacity * Double.BYTES, ALIGNMENT);
    }

    public static FlightBatch allocate(int capacity) {
        return new FlightBatch(capacity);
    }

    public int capacity() {
        return capacity;
    }

    /** Number of flights in use (the first {@code size} slots). */
    public int size() {
        return size;
    }

    public void setSize(int size) {
        if (size < 0 || size > capacity) {
            throw new IllegalArgumentException("batch size " + size + " outside 0.." + capacity);
        }
        this.size = size;
    }

    public MemorySegment segment() {
        return segment;
    }

    public long offset(int column, int flight) {
        return ((long) column * capacity + flight) * Double.BYTES;
    }

    public double get(int column, int flight) {
        return segment.get(ValueLayout.JAVA_DOUBLE, offset(column, flight));
    }

    public void set(int column, int flight, double value) {
        segment.set(ValueLayout.JAVA_DOUBLE, offset(column, flight), value);
    }

    @Override
    public void close() {
        arena.close();
    }
}
