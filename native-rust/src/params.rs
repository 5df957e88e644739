//! Batch-wide constants of one integration (`BfParams`), mirroring `ballflight.kernel.KernelParams`.

/// Smallest RK4 step accepted, s (as `KernelParams.MIN_DT_SECONDS`).
pub const BF_MIN_DT_SECONDS: f64 = 1e-6;
/// Largest RK4 step accepted, s (as `KernelParams.MAX_DT_SECONDS`).
pub const BF_MAX_DT_SECONDS: f64 = 0.1;
/// Largest step limit accepted (as `KernelParams`).
pub const BF_MAX_STEPS_LIMIT: i64 = 100_000_000;

/// Constants shared by every flight of a call, SI units, every transcendental already evaluated
/// by the caller so the kernel does only + - * / and sqrt.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BfParams {
    /// RK4 step, s, in `[BF_MIN_DT_SECONDS, BF_MAX_DT_SECONDS]`.
    pub dt: f64,
    /// Steps before a flight is cut off, `1..=BF_MAX_STEPS_LIMIT`.
    pub max_steps: i64,
    /// Gravitational acceleration, m/s^2.
    pub gravity: f64,
    /// Ball radius, m.
    pub radius: f64,
    /// Drag coefficient without spin.
    pub cd0: f64,
    /// Drag coefficient added per rad/s of spin.
    pub cd_spin_per_rad_per_s: f64,
    /// Lift constant.
    pub cl0: f64,
    /// Lift constant.
    pub cl1: f64,
    /// Lift constant.
    pub cl2: f64,
    /// Spin factor over half a step, `exp(-dt / 2 tau)`.
    pub decay_half_step: f64,
    /// Spin factor over a full step, `exp(-dt / tau)`.
    pub decay_full_step: f64,
    /// Height floor of the wind-shear power law, m.
    pub shear_min_height: f64,
    /// Drag law: `BF_DRAG_NATHAN` or `BF_DRAG_CRISIS`.
    pub drag_model: i64,
    /// Drag coefficient of the crisis step (crisis model only).
    pub crisis_cd_delta: f64,
    /// Speed relative to the air at the middle of the crisis, m/s.
    pub crisis_speed: f64,
    /// `log2(e) / crisis width`, s/m.
    pub crisis_exp_scale: f64,
    /// `BF_DRAG_TABLE` only (null otherwise): `Cd` at `table_speed_count * table_spin_count` grid
    /// nodes, row-major by spin (`table[j * table_speed_count + i]` at speed `i / table_speed_scale`
    /// and spin `j / table_spin_scale`), owned by the caller and unchanged during the call.
    pub table: *const f64,
    /// Speed nodes of the table, `2..=BF_TABLE_MAX_NODES`.
    pub table_speed_count: i64,
    /// Spin nodes of the table, `2..=BF_TABLE_MAX_NODES`.
    pub table_spin_count: i64,
    /// Table nodes per m/s of relative speed (> 0).
    pub table_speed_scale: f64,
    /// Table nodes per rad/s of spin (> 0).
    pub table_spin_scale: f64,
    /// `1 / tau`, 1/s (>= 0): the spin factor's decay rate under tolerance stepping, which
    /// integrates the spin factor with the state instead of using the per-step factors.
    pub spin_decay_per_s: f64,
    /// 0 for fixed RK4 steps of `dt`; otherwise tolerance stepping's error budget, m, in
    /// `[BF_MIN_TOLERANCE_M, BF_MAX_TOLERANCE_M]`: `dt` is then the first step and
    /// `max_steps * dt` the time limit.
    pub tolerance_m: f64,
}

/// Smallest tolerance-stepping budget, m (0.0001 ft, as `Stepping.MIN_TOLERANCE_FT`).
pub const BF_MIN_TOLERANCE_M: f64 = 0.0001 * 0.3048;
/// Largest tolerance-stepping budget, m (1 ft).
pub const BF_MAX_TOLERANCE_M: f64 = 0.3048;

// SAFETY: the only non-plain field is `table`, which the caller guarantees stays valid and
// unchanged for the whole call; the kernel only reads it, so sharing between pool threads is safe.
unsafe impl Send for BfParams {}
// SAFETY: as above (read-only shared access).
unsafe impl Sync for BfParams {}

/// Largest table size per axis.
pub const BF_TABLE_MAX_NODES: i64 = 4096;

/// Nathan's drag law, `Cd = cd0 + cd_spin * omega`.
pub const BF_DRAG_NATHAN: i64 = 0;
/// Nathan's law plus the drag-crisis step `crisis_cd_delta / (1 + 2^((V - crisis_speed) * crisis_exp_scale))`.
pub const BF_DRAG_CRISIS: i64 = 1;
/// The crisis law read from `table` by bilinear interpolation over relative speed x spin,
/// clamped to the grid (see `ballflight.kernel.CoefficientTable`).
pub const BF_DRAG_TABLE: i64 = 2;

impl BfParams {
    /// Checks the same ranges as `KernelParams`, plus finiteness of every double.
    pub fn validate(&self) -> Result<(), String> {
        if !(self.dt >= BF_MIN_DT_SECONDS && self.dt <= BF_MAX_DT_SECONDS) {
            return Err(format!(
                "dt = {:?} is out of range: allowed {BF_MIN_DT_SECONDS:?} to {BF_MAX_DT_SECONDS:?} s",
                self.dt
            ));
        }
        if self.max_steps < 1 || self.max_steps > BF_MAX_STEPS_LIMIT {
            return Err(format!("max_steps = {} outside 1..{BF_MAX_STEPS_LIMIT}", self.max_steps));
        }
        let named = [
            ("gravity", self.gravity),
            ("radius", self.radius),
            ("cd0", self.cd0),
            ("cd_spin_per_rad_per_s", self.cd_spin_per_rad_per_s),
            ("cl0", self.cl0),
            ("cl1", self.cl1),
            ("cl2", self.cl2),
            ("decay_half_step", self.decay_half_step),
            ("decay_full_step", self.decay_full_step),
            ("shear_min_height", self.shear_min_height),
            ("crisis_cd_delta", self.crisis_cd_delta),
            ("crisis_speed", self.crisis_speed),
            ("crisis_exp_scale", self.crisis_exp_scale),
        ];
        if self.drag_model != BF_DRAG_NATHAN && self.drag_model != BF_DRAG_CRISIS && self.drag_model != BF_DRAG_TABLE {
            return Err(format!(
                "drag_model = {} is not a drag model: allowed {BF_DRAG_NATHAN} (nathan), {BF_DRAG_CRISIS} (crisis) \
                 or {BF_DRAG_TABLE} (crisis-table)",
                self.drag_model
            ));
        }
        for (name, v) in named {
            if !v.is_finite() {
                return Err(format!("params.{name} = {v:?} must be finite"));
            }
        }
        if !(self.spin_decay_per_s >= 0.0 && self.spin_decay_per_s.is_finite()) {
            return Err(format!("params.spin_decay_per_s = {:?} must be finite and >= 0", self.spin_decay_per_s));
        }
        if self.tolerance_m != 0.0
            && !(self.tolerance_m >= BF_MIN_TOLERANCE_M * (1.0 - 1e-12) && self.tolerance_m <= BF_MAX_TOLERANCE_M * (1.0 + 1e-12))
        {
            return Err(format!(
                "params.tolerance_m = {:?} is out of range: 0 (fixed steps) or {BF_MIN_TOLERANCE_M:?} to {BF_MAX_TOLERANCE_M:?} m",
                self.tolerance_m
            ));
        }
        if self.drag_model == BF_DRAG_TABLE {
            self.validate_table()?;
        }
        Ok(())
    }

    fn validate_table(&self) -> Result<(), String> {
        if self.table.is_null() {
            return Err("params.table is a null pointer but drag_model is BF_DRAG_TABLE".into());
        }
        if (self.table as usize) % 8 != 0 {
            return Err(format!("params.table = {:p} is not aligned to 8 bytes", self.table));
        }
        for (name, n) in [("table_speed_count", self.table_speed_count), ("table_spin_count", self.table_spin_count)] {
            if !(2..=BF_TABLE_MAX_NODES).contains(&n) {
                return Err(format!("params.{name} = {n} outside 2..{BF_TABLE_MAX_NODES}"));
            }
        }
        for (name, v) in [("table_speed_scale", self.table_speed_scale), ("table_spin_scale", self.table_spin_scale)] {
            if !(v > 0.0 && v.is_finite()) {
                return Err(format!("params.{name} = {v:?} must be a finite number > 0"));
            }
        }
        if let Some(k) = self.table_values().iter().position(|v| !v.is_finite()) {
            return Err(format!("params.table[{k}] = {:?} must be finite", self.table_values()[k]));
        }
        Ok(())
    }

    /// The table's values: empty unless `drag_model` is `BF_DRAG_TABLE` with a non-null table.
    /// Relies on this struct's contract (a non-null `table` is valid for
    /// `table_speed_count * table_spin_count` doubles, counts checked by `validate`).
    #[inline(always)]
    pub fn table_values(&self) -> &[f64] {
        if self.drag_model != BF_DRAG_TABLE || self.table.is_null() || self.table_speed_count < 2 || self.table_spin_count < 2 {
            return &[];
        }
        let len = (self.table_speed_count.min(BF_TABLE_MAX_NODES) * self.table_spin_count.min(BF_TABLE_MAX_NODES)) as usize;
        // SAFETY: the caller's contract on `table` (see above); aligned and non-null checked.
        unsafe { std::slice::from_raw_parts(self.table, len) }
    }
}
