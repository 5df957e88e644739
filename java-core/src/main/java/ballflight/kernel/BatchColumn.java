package ballflight.kernel;

/**
 * Column indices of a {@link FlightBatch}: struct-of-arrays, SI units. Column {@code c} of flight
 * {@code i} is the double at byte offset {@code (c * capacity + i) * 8}. The native kernel's C ABI
 * uses the same numbering (see native-rust/include/ballflight.h), so a batch is handed to either
 * kernel without copying.
 */
public final class BatchColumn {
    // Inputs.
    public static final int X = 0;
    public static final int Y = 1;
    public static final int Z = 2;
    public static final int VX = 3;
    public static final int VY = 4;
    public static final int VZ = 5;
    public static final int SPIN_X = 6;
    public static final int SPIN_Y = 7;
    public static final int SPIN_Z = 8;
    /** {@code rho * A / (2 m)}, 1/m. */
    public static final int DRAG_K = 9;
    public static final int WIND_X = 10;
    public static final int WIND_Y = 11;
    /** Power-law wind shear exponent; 0 = uniform wind. */
    public static final int SHEAR_EXPONENT = 12;
    /** Height where the wind columns hold, m (> 0). */
    public static final int SHEAR_REFERENCE_HEIGHT = 13;
    /** Fence distance, m; 0 = no fence. */
    public static final int FENCE_DISTANCE = 14;
    public static final int FENCE_HEIGHT = 15;
    /** Stop plane y, m, crossed moving toward -y; {@link #NO_PLANE} = none. */
    public static final int PLANE_Y = 16;
    public static final int INPUT_COUNT = 17;

    // Outputs.
    public static final int T_END = 17;
    public static final int X_END = 18;
    public static final int Y_END = 19;
    public static final int Z_END = 20;
    public static final int VX_END = 21;
    public static final int VY_END = 22;
    public static final int VZ_END = 23;
    public static final int APEX_Z = 24;
    public static final int APEX_T = 25;
    /** Height at the fence distance, NaN if not reached or no fence. */
    public static final int FENCE_Z = 26;
    /** {@link ballflight.model.EndReason} code. */
    public static final int END_REASON = 27;
    /** Number of path samples written for this flight. */
    public static final int PATH_COUNT = 28;
    public static final int COUNT = 29;

    /** The only non-finite input value allowed: "no stop plane". */
    public static final double NO_PLANE = Double.NEGATIVE_INFINITY;

    private static final String[] NAMES = {
        "x", "y", "z", "vx", "vy", "vz", "spin_x", "spin_y", "spin_z", "drag_k", "wind_x", "wind_y",
        "shear_exponent", "shear_reference_height", "fence_distance", "fence_height", "plane_y",
        "t_end", "x_end", "y_end", "z_end", "vx_end", "vy_end", "vz_end", "apex_z", "apex_t",
        "fence_z", "end_reason", "path_count",
    };

    private BatchColumn() {
    }

    public static String name(int column) {
        return NAMES[column];
    }
}
