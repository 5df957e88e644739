//! Column numbering of the struct-of-arrays batch, identical to `ballflight.kernel.BatchColumn`:
//! column `c` of flight `i` is the double at index `c * capacity + i`.

/// Position x, m (inputs are SI throughout).
pub const BF_COL_X: i32 = 0;
/// Position y, m.
pub const BF_COL_Y: i32 = 1;
/// Position z (height), m; must be >= 0.
pub const BF_COL_Z: i32 = 2;
/// Velocity x, m/s.
pub const BF_COL_VX: i32 = 3;
/// Velocity y, m/s.
pub const BF_COL_VY: i32 = 4;
/// Velocity z, m/s.
pub const BF_COL_VZ: i32 = 5;
/// Spin vector x, rad/s.
pub const BF_COL_SPIN_X: i32 = 6;
/// Spin vector y, rad/s.
pub const BF_COL_SPIN_Y: i32 = 7;
/// Spin vector z, rad/s.
pub const BF_COL_SPIN_Z: i32 = 8;
/// `rho * A / (2 m)`, 1/m; must be >= 0.
pub const BF_COL_DRAG_K: i32 = 9;
/// Wind x at the reference height, m/s.
pub const BF_COL_WIND_X: i32 = 10;
/// Wind y at the reference height, m/s.
pub const BF_COL_WIND_Y: i32 = 11;
/// Power-law wind shear exponent (0 = uniform wind); must be >= 0.
pub const BF_COL_SHEAR_EXPONENT: i32 = 12;
/// Height where the wind columns hold, m; must be > 0.
pub const BF_COL_SHEAR_REFERENCE_HEIGHT: i32 = 13;
/// Fence distance, m (0 = no fence); must be >= 0.
pub const BF_COL_FENCE_DISTANCE: i32 = 14;
/// Fence height, m (not used by the kernel); must be >= 0.
pub const BF_COL_FENCE_HEIGHT: i32 = 15;
/// Stop plane y, m, crossed moving toward -y; negative infinity = no plane.
pub const BF_COL_PLANE_Y: i32 = 16;
/// Number of input columns.
pub const BF_INPUT_COUNT: i32 = 17;
/// Output: end time, s.
pub const BF_COL_T_END: i32 = 17;
/// Output: end x, m.
pub const BF_COL_X_END: i32 = 18;
/// Output: end y, m.
pub const BF_COL_Y_END: i32 = 19;
/// Output: end z, m.
pub const BF_COL_Z_END: i32 = 20;
/// Output: end velocity x, m/s.
pub const BF_COL_VX_END: i32 = 21;
/// Output: end velocity y, m/s.
pub const BF_COL_VY_END: i32 = 22;
/// Output: end velocity z, m/s.
pub const BF_COL_VZ_END: i32 = 23;
/// Output: apex height, m.
pub const BF_COL_APEX_Z: i32 = 24;
/// Output: apex time, s.
pub const BF_COL_APEX_T: i32 = 25;
/// Output: height at the fence distance, m; NaN if not reached or no fence.
pub const BF_COL_FENCE_Z: i32 = 26;
/// Output: end reason code (`BF_END_*`).
pub const BF_COL_END_REASON: i32 = 27;
/// Output: number of path samples written for the flight.
pub const BF_COL_PATH_COUNT: i32 = 28;
/// Number of columns of a batch.
pub const BF_COLUMN_COUNT: i32 = 29;

/// End reason: the ball came down to z = 0.
pub const BF_END_GROUND: i32 = 0;
/// End reason: the ball crossed the stop plane.
pub const BF_END_PLANE: i32 = 1;
/// End reason: the step limit was reached.
pub const BF_END_TIMEOUT: i32 = 2;

/// Doubles per path sample: t, x, y, z. Path layout is `[flight][sample][4]`.
pub const BF_PATH_FIELDS: i32 = 4;

/// Column names for error messages, as `BatchColumn.name`.
pub(crate) const NAMES: [&str; BF_COLUMN_COUNT as usize] = [
    "x",
    "y",
    "z",
    "vx",
    "vy",
    "vz",
    "spin_x",
    "spin_y",
    "spin_z",
    "drag_k",
    "wind_x",
    "wind_y",
    "shear_exponent",
    "shear_reference_height",
    "fence_distance",
    "fence_height",
    "plane_y",
    "t_end",
    "x_end",
    "y_end",
    "z_end",
    "vx_end",
    "vy_end",
    "vz_end",
    "apex_z",
    "apex_t",
    "fence_z",
    "end_reason",
    "path_count",
];
