package ballflight.kernel;

/**
 * Checks a batch before any kernel touches it, so bad numbers become a clear exception naming
 * the flight and the column, on both backends, instead of a NaN result or a native crash.
 */
public final class BatchValidator {
    private BatchValidator() {
    }

    public static void check(FlightBatch batch, KernelParams params, PathBuffer path) {
        int n = batch.size();
        if (n < 1) {
            throw new IllegalArgumentException("batch is empty: add at least one flight");
        }
        if (path != null && path.flights() < n) {
            throw new IllegalArgumentException("path buffer holds " + path.flights()
                    + " flights but the batch has " + n);
        }
        for (int c = 0; c < BatchColumn.INPUT_COUNT; c++) {
            for (int i = 0; i < n; i++) {
                double v = batch.get(c, i);
                boolean ok = Double.isFinite(v) || (c == BatchColumn.PLANE_Y && v == BatchColumn.NO_PLANE);
                if (!ok) {
                    throw fail(i, c, v, "must be finite");
                }
            }
        }
        for (int i = 0; i < n; i++) {
            requireAtLeast(batch, i, BatchColumn.Z, 0.0);
            requireAtLeast(batch, i, BatchColumn.DRAG_K, 0.0);
            requireAtLeast(batch, i, BatchColumn.SHEAR_EXPONENT, 0.0);
            requireAtLeast(batch, i, BatchColumn.FENCE_DISTANCE, 0.0);
            requireAtLeast(batch, i, BatchColumn.FENCE_HEIGHT, 0.0);
            if (!(batch.get(BatchColumn.SHEAR_REFERENCE_HEIGHT, i) > 0.0)) {
                throw fail(i, BatchColumn.SHEAR_REFERENCE_HEIGHT, batch.get(BatchColumn.SHEAR_REFERENCE_HEIGHT, i),
                        "must be > 0");
            }
        }
    }

    private static void requireAtLeast(FlightBatch batch, int i, int column, double min) {
        double v = batch.get(column, i);
        if (v < min) {
            throw fail(i, column, v, "must be >= " + min);
        }
    }

    private static IllegalArgumentException fail(int flight, int column, double v, String rule) {
        return new IllegalArgumentException("flight " + flight + ": " + BatchColumn.name(column)
                + " = " + v + " " + rule);
    }
}
