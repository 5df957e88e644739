package ballflight.kernel;

import ballflight.model.EndReason;
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

    /**
     * Byte offset of a cell. Both indices are checked: without the check, flight {@code capacity}
     * of column {@code c} would silently be flight 0 of column {@code c + 1}.
     *
     * @throws IndexOutOfBoundsException naming the index and the bound
     */
    public long offset(int column, int flight) {
        if (column < 0 || column >= BatchColumn.COUNT) {
            throw new IndexOutOfBoundsException("column " + column + " outside 0.." + (BatchColumn.COUNT - 1));
        }
        if (flight < 0 || flight >= capacity) {
            throw new IndexOutOfBoundsException("flight " + flight + " outside 0.." + (capacity - 1)
                    + " (batch capacity " + capacity + ")");
        }
        return ((long) column * capacity + flight) * Double.BYTES;
    }

    public double get(int column, int flight) {
        return segment.get(ValueLayout.JAVA_DOUBLE, offset(column, flight));
    }

    public void set(int column, int flight, double value) {
        segment.set(ValueLayout.JAVA_DOUBLE, offset(column, flight), value);
    }

    /** Writes every output column of {@code flight}: what a Java kernel leaves when a flight ends. */
    public void setOutputs(int flight, double tEnd, double xEnd, double yEnd, double zEnd, double vxEnd, double vyEnd,
                           double vzEnd, double apexZ, double apexT, double fenceZ, EndReason reason, int pathCount) {
        set(BatchColumn.T_END, flight, tEnd);
        set(BatchColumn.X_END, flight, xEnd);
        set(BatchColumn.Y_END, flight, yEnd);
        set(BatchColumn.Z_END, flight, zEnd);
        set(BatchColumn.VX_END, flight, vxEnd);
        set(BatchColumn.VY_END, flight, vyEnd);
        set(BatchColumn.VZ_END, flight, vzEnd);
        set(BatchColumn.APEX_Z, flight, apexZ);
        set(BatchColumn.APEX_T, flight, apexT);
        set(BatchColumn.FENCE_Z, flight, fenceZ);
        set(BatchColumn.END_REASON, flight, reason.code());
        set(BatchColumn.PATH_COUNT, flight, pathCount);
    }

    @Override
    public void close() {
        arena.close();
    }
}
