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
}

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

/// A double as Java's `Double.toString` spells the special values, so a refusal reads the same
/// from every kernel (`NaN`, `Infinity`, `-Infinity`; finite values in Rust's shortest form).
fn java_double(v: f64) -> String {
    if v.is_nan() {
        "NaN".into()
    } else if v == f64::INFINITY {
        "Infinity".into()
    } else if v == f64::NEG_INFINITY {
        "-Infinity".into()
    } else {
        format!("{v:?}")
    }
}

/// The range rules of `KernelParams` (Java), one per field, with its message wording.
fn require(name: &str, v: f64, ok: bool, rule: &str) -> Result<(), String> {
    if ok { Ok(()) } else { Err(format!("{name} = {} must be {rule}", java_double(v))) }
}

fn positive(name: &str, v: f64) -> Result<(), String> {
    require(name, v, v > 0.0 && v.is_finite(), "a finite number > 0")
}

fn non_negative(name: &str, v: f64) -> Result<(), String> {
    require(name, v, v >= 0.0 && v.is_finite(), "a finite number >= 0")
}

fn decay(name: &str, v: f64) -> Result<(), String> {
    require(name, v, v > 0.0 && v <= 1.0, "in (0, 1]")
}

impl BfParams {
    /// Checks the rules of `KernelParams` (same order, field names and wording), then the table
    /// header. Reads no memory behind `table`: see [`BfParams::validate_table_values`].
    pub fn validate(&self) -> Result<(), String> {
        if !(self.dt >= BF_MIN_DT_SECONDS && self.dt <= BF_MAX_DT_SECONDS) {
            return Err(format!("dt_seconds = {} is out of range: allowed 1.0E-6 to 0.1 s", java_double(self.dt)));
        }
        if self.drag_model != BF_DRAG_NATHAN && self.drag_model != BF_DRAG_CRISIS && self.drag_model != BF_DRAG_TABLE {
            return Err(format!("dragModel = {} is not a drag model id: allowed 0, 1 or 2", self.drag_model));
        }
        if self.max_steps < 1 || self.max_steps > BF_MAX_STEPS_LIMIT {
            return Err(format!("maxSteps = {} outside 1..{BF_MAX_STEPS_LIMIT}", self.max_steps));
        }
        positive("gravity", self.gravity)?;
        positive("radius", self.radius)?;
        non_negative("cd0", self.cd0)?;
        non_negative("cdSpinPerRadPerS", self.cd_spin_per_rad_per_s)?;
        positive("cl0", self.cl0)?;
        non_negative("cl1", self.cl1)?;
        non_negative("cl2", self.cl2)?;
        decay("decayHalfStep", self.decay_half_step)?;
        decay("decayFullStep", self.decay_full_step)?;
        positive("shearMinHeight", self.shear_min_height)?;
        non_negative("crisisCdDelta", self.crisis_cd_delta)?;
        non_negative("crisisSpeed", self.crisis_speed)?;
        positive("crisisExpScale", self.crisis_exp_scale)?;
        if self.drag_model == BF_DRAG_TABLE {
            self.validate_table_header()?;
        }
        Ok(())
    }

    fn validate_table_header(&self) -> Result<(), String> {
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
                return Err(format!("params.{name} = {} must be a finite number > 0", java_double(v)));
            }
        }
        Ok(())
    }

    /// Bytes `[start, end)` the table occupies, once [`BfParams::validate`] passed; `None` without
    /// a table. Used to refuse a table overlapping the batch or the path buffer.
    pub fn table_span(&self) -> Option<(usize, usize)> {
        if self.drag_model != BF_DRAG_TABLE || self.table.is_null() {
            return None;
        }
        let len = self.table_len()?;
        let start = self.table as usize;
        Some((start, start.checked_add(len.checked_mul(8)?)?))
    }

    /// Values in the table per its counts, `None` when a count is out of range.
    fn table_len(&self) -> Option<usize> {
        let ok = |n: i64| (2..=BF_TABLE_MAX_NODES).contains(&n);
        if !ok(self.table_speed_count) || !ok(self.table_spin_count) {
            return None;
        }
        Some((self.table_speed_count * self.table_spin_count) as usize)
    }

    /// Checks every table value is finite (after [`BfParams::validate`]).
    ///
    /// # Safety
    /// As [`BfParams::table_values`].
    pub unsafe fn validate_table_values(&self) -> Result<(), String> {
        // SAFETY: forwarded from this function's contract.
        let values = unsafe { self.table_values() };
        if let Some(k) = values.iter().position(|v| !v.is_finite()) {
            return Err(format!("params.table[{k}] = {} must be finite", java_double(values[k])));
        }
        Ok(())
    }

    /// The table's values: empty unless `drag_model` is `BF_DRAG_TABLE` with a non-null table and
    /// counts in range.
    ///
    /// # Safety
    /// A non-null `table` must be valid for reads of `table_speed_count * table_spin_count`
    /// doubles, aligned to 8 bytes, and not written by anyone while the returned slice lives.
    #[inline(always)]
    pub unsafe fn table_values(&self) -> &[f64] {
        if self.drag_model != BF_DRAG_TABLE || self.table.is_null() {
            return &[];
        }
        let Some(len) = self.table_len() else { return &[] };
        // SAFETY: the caller's contract on `table`; non-null checked, length from the counts.
        unsafe { std::slice::from_raw_parts(self.table, len) }
    }
}
