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
}

/// Nathan's drag law, `Cd = cd0 + cd_spin * omega`.
pub const BF_DRAG_NATHAN: i64 = 0;
/// Nathan's law plus the drag-crisis step `crisis_cd_delta / (1 + 2^((V - crisis_speed) * crisis_exp_scale))`.
pub const BF_DRAG_CRISIS: i64 = 1;

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
        if self.drag_model != BF_DRAG_NATHAN && self.drag_model != BF_DRAG_CRISIS {
            return Err(format!(
                "drag_model = {} is not a drag model: allowed {BF_DRAG_NATHAN} (nathan) or {BF_DRAG_CRISIS} (crisis)",
                self.drag_model
            ));
        }
        for (name, v) in named {
            if !v.is_finite() {
                return Err(format!("params.{name} = {v:?} must be finite"));
            }
        }
        Ok(())
    }
}
