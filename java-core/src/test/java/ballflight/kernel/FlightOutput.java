package ballflight.kernel;

import ballflight.model.EndReason;

/**
 * The output columns of one flight, in SI, read back from a batch after a kernel call.
 *
 * @param tEnd end time, s
 * @param xEnd end x, m
 * @param yEnd end y, m
 * @param zEnd end height, m
 * @param vxEnd end velocity x, m/s
 * @param vyEnd end velocity y, m/s
 * @param vzEnd end velocity z, m/s
 * @param apexZ highest point, m
 * @param apexT time of the highest point, s
 * @param fenceZ height at the fence distance, m, NaN if not reached
 * @param reason why the flight ended
 * @param pathCount path samples written
 */
public record FlightOutput(double tEnd, double xEnd, double yEnd, double zEnd, double vxEnd, double vyEnd,
                           double vzEnd, double apexZ, double apexT, double fenceZ, EndReason reason,
                           int pathCount) {

    public static FlightOutput read(FlightBatch b, int i) {
        return new FlightOutput(b.get(BatchColumn.T_END, i), b.get(BatchColumn.X_END, i),
                b.get(BatchColumn.Y_END, i), b.get(BatchColumn.Z_END, i), b.get(BatchColumn.VX_END, i),
                b.get(BatchColumn.VY_END, i), b.get(BatchColumn.VZ_END, i), b.get(BatchColumn.APEX_Z, i),
                b.get(BatchColumn.APEX_T, i), b.get(BatchColumn.FENCE_Z, i),
                EndReason.ofCode(b.get(BatchColumn.END_REASON, i)), (int) b.get(BatchColumn.PATH_COUNT, i));
    }

    /** Horizontal distance of the end point from home plate, m. */
    public double distance() {
        return Math.hypot(xEnd, yEnd);
    }
}
