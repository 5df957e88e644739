//! The RK4 flight integrator: a port of `ballflight.kernel.JavaFlightKernel`, run over `L`
//! flights in lockstep (struct-of-arrays lanes, so LLVM vectorizes the step; `L = 1` is the
//! scalar kernel). Each lane does exactly the operations of the Java kernel for its flight, in
//! the same order, with no fused multiply-add (`mul_add` is never used and rustc does not
//! contract on its own), so every lane produces Java's bits. Events (ground, stop plane, apex,
//! fence, time limit) are handled per lane; a finished lane is refilled with the next flight.
//! Change one kernel, change both: the parity tests compare raw bits.

use crate::columns::{BF_END_GROUND, BF_END_PLANE, BF_END_TIMEOUT, BF_PATH_FIELDS};
use crate::det_math;
use crate::params::{BF_DRAG_CRISIS, BF_DRAG_NATHAN, BF_DRAG_TABLE, BfParams};
use crate::table;
use std::ops::Range;

/// Fixed Newton iteration count of the event locator (same as Java's `NEWTON_ITERATIONS`).
const NEWTON_ITERATIONS: i32 = 4;

/// The input columns of one flight, SI units (see [`crate::columns`]).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct FlightInput {
    /// Position x, m.
    pub x: f64,
    /// Position y, m.
    pub y: f64,
    /// Position z, m.
    pub z: f64,
    /// Velocity x, m/s.
    pub vx: f64,
    /// Velocity y, m/s.
    pub vy: f64,
    /// Velocity z, m/s.
    pub vz: f64,
    /// Spin vector x, rad/s.
    pub spin_x: f64,
    /// Spin vector y, rad/s.
    pub spin_y: f64,
    /// Spin vector z, rad/s.
    pub spin_z: f64,
    /// `rho A / 2m`, 1/m.
    pub drag_k: f64,
    /// Wind x at the reference height, m/s.
    pub wind_x: f64,
    /// Wind y at the reference height, m/s.
    pub wind_y: f64,
    /// Wind shear exponent.
    pub shear_exponent: f64,
    /// Wind reference height, m.
    pub shear_reference_height: f64,
    /// Fence distance, m (0 = none).
    pub fence_distance: f64,
    /// Fence height, m (carried, not used by the kernel).
    pub fence_height: f64,
    /// Stop plane y, m (negative infinity = none).
    pub plane_y: f64,
}

/// The output columns of one flight.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FlightOutput {
    /// End time, s.
    pub t_end: f64,
    /// End x, m.
    pub x_end: f64,
    /// End y, m.
    pub y_end: f64,
    /// End z, m.
    pub z_end: f64,
    /// End velocity x, m/s.
    pub vx_end: f64,
    /// End velocity y, m/s.
    pub vy_end: f64,
    /// End velocity z, m/s.
    pub vz_end: f64,
    /// Apex height, m.
    pub apex_z: f64,
    /// Apex time, s.
    pub apex_t: f64,
    /// Height at the fence, m, NaN if not reached.
    pub fence_z: f64,
    /// `BF_END_*` code.
    pub end_reason: i32,
    /// Path samples written.
    pub path_count: i64,
}

/// Hermite cubic on the unit step: value at `s` from end values and h-scaled slopes.
pub(crate) fn hermite(p0: f64, p1: f64, m0: f64, m1: f64, s: f64) -> f64 {
    let s2 = s * s;
    let s3 = s2 * s;
    (2.0 * s3 - 3.0 * s2 + 1.0) * p0 + (s3 - 2.0 * s2 + s) * m0 + (-2.0 * s3 + 3.0 * s2) * p1 + (s3 - s2) * m1
}

fn hermite_slope(p0: f64, p1: f64, m0: f64, m1: f64, s: f64) -> f64 {
    let s2 = s * s;
    (6.0 * s2 - 6.0 * s) * p0 + (3.0 * s2 - 4.0 * s + 1.0) * m0 + (-6.0 * s2 + 6.0 * s) * p1 + (3.0 * s2 - 2.0 * s) * m1
}

/// Fraction of the step where the Hermite cubic equals `target`: linear guess, then a fixed
/// number of Newton steps.
pub(crate) fn crossing(p0: f64, p1: f64, m0: f64, m1: f64, target: f64) -> f64 {
    let mut s = (p0 - target) / (p0 - p1);
    s = clamp_unit(s);
    for _ in 0..NEWTON_ITERATIONS {
        let slope = hermite_slope(p0, p1, m0, m1, s);
        if slope == 0.0 {
            break;
        }
        s = clamp_unit(s - (hermite(p0, p1, m0, m1, s) - target) / slope);
    }
    s
}

fn clamp_unit(s: f64) -> f64 {
    if !(s > 0.0) {
        return 0.0;
    }
    if s < 1.0 { s } else { 1.0 }
}

/// Per-flight constants.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct FlightConsts {
    pub(crate) drag_k: f64,
    pub(crate) wind_x: f64,
    pub(crate) wind_y: f64,
    pub(crate) shear_exponent: f64,
    pub(crate) shear_reference: f64,
    pub(crate) axis_x: f64,
    pub(crate) axis_y: f64,
    pub(crate) axis_z: f64,
    pub(crate) omega0: f64,
    pub(crate) fence_distance: f64,
    pub(crate) plane_y: f64,
}

/// Per-stage constants of one spin factor `s` (spin = `omega0 * s`), as Java's `dragCd`,
/// `liftNum`, `liftOffset` and `spinPos`, plus the flight's `drag_k` and `drag_k * crisis_cd_delta`.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct SpinTerms {
    drag_cd: f64,
    drag_k: f64,
    crisis_k: f64,
    lift_num: f64,
    lift_offset: f64,
    spin_pos: f64,
}

impl FlightConsts {
    pub(crate) fn new(input: &FlightInput) -> Self {
        let (sx, sy, sz) = (input.spin_x, input.spin_y, input.spin_z);
        let omega0 = (sx * sx + sy * sy + sz * sz).sqrt();
        let (axis_x, axis_y, axis_z) =
            if omega0 > 0.0 { (sx / omega0, sy / omega0, sz / omega0) } else { (0.0, 0.0, 0.0) };
        FlightConsts {
            drag_k: input.drag_k,
            wind_x: input.wind_x,
            wind_y: input.wind_y,
            shear_exponent: input.shear_exponent,
            shear_reference: input.shear_reference_height,
            axis_x,
            axis_y,
            axis_z,
            omega0,
            fence_distance: input.fence_distance,
            plane_y: input.plane_y,
        }
    }
}

/// `MODEL` is the drag law (`BF_DRAG_*`) as a constant, so the per-model branches here and in
/// [`accel`] disappear at compile time and the lane loops vectorize (a run-time branch on the
/// model inside the loop body kept them scalar).
#[inline(always)]
pub(crate) fn spin_terms<const MODEL: i64>(p: &BfParams, drag_k: f64, omega0: f64, s: f64) -> SpinTerms {
    let omega = omega0 * s;
    SpinTerms {
        drag_cd: drag_k * (p.cd0 + p.cd_spin_per_rad_per_s * omega),
        drag_k,
        crisis_k: drag_k * p.crisis_cd_delta,
        lift_num: if omega > 0.0 { drag_k * p.cl2 * (p.radius * omega) } else { 0.0 },
        lift_offset: p.cl1 * (p.radius * omega),
        spin_pos: if MODEL == BF_DRAG_TABLE { table::spin_position(p, omega) } else { 0.0 },
    }
}

/// Wind at height `z`: the reference wind, scaled by the shear power law if there is shear.
#[inline(always)]
pub(crate) fn wind_at(p: &BfParams, c: &FlightConsts, z: f64) -> (f64, f64) {
    let mut wx = c.wind_x;
    let mut wy = c.wind_y;
    if c.shear_exponent != 0.0 {
        let h = if z > p.shear_min_height { z } else { p.shear_min_height };
        let f = det_math::pow(h / c.shear_reference, c.shear_exponent);
        wx *= f;
        wy *= f;
    }
    (wx, wy)
}

/// Gravity, drag `-k Cd |v_r| v_r` and Magnus `k CL |v_r|^2` along the unit vector of
/// `axis x v_r` for relative velocity `r` (see Java's `accel`: one sqrt and one division in
/// series). Branch-free so the lane loops vectorize; the select gives the branch's bits.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
pub(crate) fn accel<const MODEL: i64>(
    p: &BfParams,
    axis: (f64, f64, f64),
    rx: f64,
    ry: f64,
    rz: f64,
    t: SpinTerms,
) -> (f64, f64, f64) {
    let (axis_x, axis_y, axis_z) = axis;
    let v2 = rx * rx + ry * ry + rz * rz;
    let kd = if MODEL == BF_DRAG_TABLE {
        // Table form of the crisis law: k Cd(V, omega), Cd bilinear on the grid.
        let v = v2.sqrt();
        t.drag_k * table::interpolate(p, v, t.spin_pos) * v
    } else if MODEL == BF_DRAG_CRISIS {
        // Drag crisis: k (Cd + delta / (1 + e^((V - Vc) / w))), e^x as 2^(x log2 e) (Java's exp2).
        let v = v2.sqrt();
        let step = det_math::exp2((v - p.crisis_speed) * p.crisis_exp_scale);
        (t.drag_cd + t.crisis_k / (1.0 + step)) * v
    } else {
        t.drag_cd * v2.sqrt()
    };
    let cx = axis_y * rz - axis_z * ry;
    let cy = axis_z * rx - axis_x * rz;
    let cz = axis_x * ry - axis_y * rx;
    let cn2 = cx * cx + cy * cy + cz * cz;
    let lift = t.lift_num * v2 / (p.cl0 * v2 + t.lift_offset * cn2.sqrt());
    let kl = if t.lift_num != 0.0 && cn2 > 0.0 { lift } else { 0.0 };
    (kl * cx - kd * rx, kl * cy - kd * ry, kl * cz - (kd * rz + p.gravity))
}

/// Writes sample `k` (t, x, y, z) into a flight's path slice.
pub(crate) fn write_sample(path: &mut [f64], k: usize, t: f64, x: f64, y: f64, z: f64) {
    let at = k * BF_PATH_FIELDS as usize;
    path[at] = t;
    path[at + 1] = x;
    path[at + 2] = y;
    path[at + 3] = z;
}

/// Position and velocity.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Motion {
    pub(crate) x: f64,
    pub(crate) y: f64,
    pub(crate) z: f64,
    pub(crate) vx: f64,
    pub(crate) vy: f64,
    pub(crate) vz: f64,
}

/// Event bookkeeping of one flight between steps. The step count lives in the lanes (the quiet
/// path advances it in a vector loop); the time is `steps * dt` and the fence radius of the
/// step's start is recomputed from the position, with the operations Java uses to carry them.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Progress {
    pub(crate) apex_z: f64,
    pub(crate) apex_t: f64,
    pub(crate) fence_z: f64,
    pub(crate) fence_open: bool,
    pub(crate) samples: usize,
}

impl Progress {
    pub(crate) fn start(m: &Motion, c: &FlightConsts, path: &mut [f64]) -> Self {
        let r = (m.x * m.x + m.y * m.y).sqrt();
        let mut samples = 0;
        if path.len() / BF_PATH_FIELDS as usize > 0 {
            write_sample(path, 0, 0.0, m.x, m.y, m.z);
            samples = 1;
        }
        Progress {
            apex_z: m.z,
            apex_t: 0.0,
            fence_z: f64::NAN,
            fence_open: c.fence_distance > 0.0 && r < c.fence_distance,
            samples,
        }
    }

    /// The first step count (>= `steps + 1`) at which [`Progress::advance`] may have work
    /// besides moving on when no event happens: a path sample or the step limit. Any earlier
    /// step with no event is a quiet step (see [`fly_lanes`]).
    fn next_stop(&self, steps: f64, path_capacity: usize, stride: i64, max_steps: i64) -> f64 {
        let mut stop = max_steps;
        if self.samples + 1 < path_capacity {
            if stride <= 0 {
                // Every step goes through `advance`, which behaves as it always did.
                return steps + 1.0;
            }
            let next_sample = (steps as i64 / stride).saturating_add(1).saturating_mul(stride);
            stop = stop.min(next_sample);
        }
        stop as f64
    }

    /// Squared horizontal distance from which a step may cross the fence: slightly below the
    /// fence distance squared (so `sqrt` rounding cannot hide a crossing), infinite when no
    /// fence is watched. Only a filter: `advance` decides with Java's exact test.
    fn fence_watch(&self, c: &FlightConsts) -> f64 {
        if self.fence_open { c.fence_distance * c.fence_distance * (1.0 - 1e-9) } else { f64::INFINITY }
    }

    /// Takes the step from `m` to `n` (`steps` taken before it, counted up here): locates events
    /// inside it, records the path, and returns the flight's outputs if it ended (the caller
    /// then moves on with `n`).
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    fn advance(
        &mut self,
        c: &FlightConsts,
        p: &BfParams,
        m: &Motion,
        n: &Motion,
        steps: &mut f64,
        path: &mut [f64],
        stride: i64,
    ) -> Option<FlightOutput> {
        let h = p.dt;
        let (x, y, z, vz) = (m.x, m.y, m.z, m.vz);
        let (nx, ny, nz, nvz) = (n.x, n.y, n.z, n.vz);
        // Java's t and step: an integer count (exact in a double) times dt.
        let t = *steps * h;
        *steps += 1.0;
        let step = *steps as i64;
        let nt = *steps * h;

        let (end_fraction, reason) = self.end_and_apex(c, h, t, m, n);
        if self.fence_open {
            // Java carries r from step to step; while the fence is open it is always this value.
            let r = (x * x + y * y).sqrt();
            let nr = (nx * nx + ny * ny).sqrt();
            if nr >= c.fence_distance {
                let s = (c.fence_distance - r) / (nr - r);
                if s <= end_fraction {
                    self.fence_z = hermite(z, nz, h * vz, h * nvz, s);
                }
                self.fence_open = false;
            }
        }
        if end_fraction <= 1.0 {
            let end = end_point(h, m, n, end_fraction, reason);
            return Some(self.finish(t + end_fraction * h, &end, reason, path));
        }
        let path_capacity = path.len() / BF_PATH_FIELDS as usize;
        // The last slot is kept for the end point; the time-limit step is the end point itself.
        if self.samples + 1 < path_capacity && step % stride == 0 && step < p.max_steps {
            write_sample(path, self.samples, nt, nx, ny, nz);
            self.samples += 1;
        }
        if step >= p.max_steps {
            return Some(self.finish(nt, n, reason, path));
        }
        None
    }

    /// Java's `StepEnd.find` and `apex` for the step of length `h` from `m` (at time `t`) to `n`:
    /// the fraction of the step where the flight reaches the stop plane or the ground (2 if
    /// neither) with the reason, and the apex if it comes first.
    #[inline(always)]
    pub(crate) fn end_and_apex(&mut self, c: &FlightConsts, h: f64, t: f64, m: &Motion, n: &Motion) -> (f64, i32) {
        let (y, z, vy, vz) = (m.y, m.z, m.vy, m.vz);
        let (ny, nz, nvy, nvz) = (n.y, n.z, n.vy, n.vz);
        let mut end_fraction = 2.0;
        let mut reason = BF_END_TIMEOUT;
        if y > c.plane_y && ny <= c.plane_y {
            end_fraction = crossing(y, ny, h * vy, h * nvy, c.plane_y);
            reason = BF_END_PLANE;
        }
        if nz <= 0.0 {
            let s = crossing(z, nz, h * vz, h * nvz, 0.0);
            if s < end_fraction {
                end_fraction = s;
                reason = BF_END_GROUND;
            }
        }
        if vz > 0.0 && nvz <= 0.0 {
            let s = vz / (vz - nvz);
            if s <= end_fraction {
                self.apex_t = t + s * h;
                self.apex_z = hermite(z, nz, h * vz, h * nvz, s);
            }
        }
        (end_fraction, reason)
    }

    pub(crate) fn finish(&mut self, end_t: f64, end: &Motion, reason: i32, path: &mut [f64]) -> FlightOutput {
        if self.samples < path.len() / BF_PATH_FIELDS as usize {
            write_sample(path, self.samples, end_t, end.x, end.y, end.z);
            self.samples += 1;
        }
        if end.z > self.apex_z {
            // Still rising at the stop plane or time limit: the highest point is the end.
            self.apex_z = end.z;
            self.apex_t = end_t;
        }
        FlightOutput {
            t_end: end_t,
            x_end: end.x,
            y_end: end.y,
            z_end: end.z,
            vx_end: end.vx,
            vy_end: end.vy,
            vz_end: end.vz,
            apex_z: self.apex_z,
            apex_t: self.apex_t,
            fence_z: self.fence_z,
            end_reason: reason,
            path_count: self.samples as i64,
        }
    }
}

/// Java's `StepEnd.interpolate`: the end point at fraction `s` of the step from `m` to `n`,
/// position on the Hermite cubic (exactly on the ground for a landing), velocity linear.
#[inline(always)]
pub(crate) fn end_point(h: f64, m: &Motion, n: &Motion, s: f64, reason: i32) -> Motion {
    Motion {
        x: hermite(m.x, n.x, h * m.vx, h * n.vx, s),
        y: hermite(m.y, n.y, h * m.vy, h * n.vy, s),
        z: if reason == BF_END_GROUND { 0.0 } else { hermite(m.z, n.z, h * m.vz, h * n.vz, s) },
        vx: m.vx + s * (n.vx - m.vx),
        vy: m.vy + s * (n.vy - m.vy),
        vz: m.vz + s * (n.vz - m.vz),
    }
}

/// The path slices of flights `first..`: `per_flight` doubles each (0 = no path).
pub struct PathRows<'a> {
    /// Rows of flights `first, first + 1, ...`, `per_flight` doubles each.
    pub data: &'a mut [f64],
    /// Doubles per flight (samples x 4), 0 for no path.
    pub per_flight: usize,
    /// Flight index of the first row.
    pub first: usize,
}

impl PathRows<'_> {
    pub(crate) fn rows(&mut self, flight: usize) -> &mut [f64] {
        let at = (flight - self.first) * self.per_flight;
        &mut self.data[at..at + self.per_flight]
    }
}

/// `L` flights in lockstep: the integration state as struct-of-arrays (the vectorized part),
/// per-lane constants and bookkeeping as plain structs (the scalar event part).
struct Lanes<const L: usize> {
    x: [f64; L],
    y: [f64; L],
    z: [f64; L],
    vx: [f64; L],
    vy: [f64; L],
    vz: [f64; L],
    spin: [f64; L],
    drag_k: [f64; L],
    crisis_k: [f64; L],
    omega0: [f64; L],
    wind_x: [f64; L],
    wind_y: [f64; L],
    axis_x: [f64; L],
    axis_y: [f64; L],
    axis_z: [f64; L],
    drag_cd: [f64; L],
    lift_num: [f64; L],
    lift_offset: [f64; L],
    spin_pos: [f64; L],
    plane_y: [f64; L],
    /// Steps taken (an integer, exact in a double).
    steps: [f64; L],
    /// [`Progress::next_stop`].
    next_stop: [f64; L],
    /// [`Progress::fence_watch`].
    fence_watch: [f64; L],
    consts: [FlightConsts; L],
    progress: [Progress; L],
    flight: [usize; L],
    active: [bool; L],
}

impl<const L: usize> Lanes<L> {
    fn new() -> Self {
        let z = [0.0; L];
        Lanes {
            x: z,
            y: z,
            z,
            vx: z,
            vy: z,
            vz: z,
            spin: z,
            drag_k: z,
            crisis_k: z,
            omega0: z,
            wind_x: z,
            wind_y: z,
            axis_x: z,
            axis_y: z,
            axis_z: z,
            drag_cd: z,
            lift_num: z,
            lift_offset: z,
            spin_pos: z,
            plane_y: z,
            steps: z,
            next_stop: z,
            fence_watch: z,
            consts: [FlightConsts::default(); L],
            progress: [Progress::default(); L],
            flight: [0; L],
            active: [false; L],
        }
    }

    fn load<const MODEL: i64>(
        &mut self,
        l: usize,
        flight: usize,
        input: &FlightInput,
        p: &BfParams,
        path: &mut [f64],
        stride: i64,
    ) {
        let c = FlightConsts::new(input);
        let m = Motion { x: input.x, y: input.y, z: input.z, vx: input.vx, vy: input.vy, vz: input.vz };
        self.progress[l] = Progress::start(&m, &c, path);
        self.store(l, &m);
        self.spin[l] = 1.0;
        let t = spin_terms::<MODEL>(p, c.drag_k, c.omega0, 1.0);
        self.crisis_k[l] = t.crisis_k;
        self.set_terms(l, t);
        self.drag_k[l] = c.drag_k;
        self.omega0[l] = c.omega0;
        self.wind_x[l] = c.wind_x;
        self.wind_y[l] = c.wind_y;
        self.axis_x[l] = c.axis_x;
        self.axis_y[l] = c.axis_y;
        self.axis_z[l] = c.axis_z;
        self.plane_y[l] = c.plane_y;
        self.steps[l] = 0.0;
        self.consts[l] = c;
        self.flight[l] = flight;
        self.active[l] = true;
        self.watch(l, path.len() / BF_PATH_FIELDS as usize, p.max_steps, stride);
    }

    /// Refreshes the quiet-path limits of lane `l` after its bookkeeping changed.
    fn watch(&mut self, l: usize, path_capacity: usize, max_steps: i64, stride: i64) {
        self.next_stop[l] = self.progress[l].next_stop(self.steps[l], path_capacity, stride, max_steps);
        self.fence_watch[l] = self.progress[l].fence_watch(&self.consts[l]);
    }

    fn set_terms(&mut self, l: usize, t: SpinTerms) {
        self.drag_cd[l] = t.drag_cd;
        self.lift_num[l] = t.lift_num;
        self.lift_offset[l] = t.lift_offset;
        self.spin_pos[l] = t.spin_pos;
    }

    fn store(&mut self, l: usize, m: &Motion) {
        self.x[l] = m.x;
        self.y[l] = m.y;
        self.z[l] = m.z;
        self.vx[l] = m.vx;
        self.vy[l] = m.vy;
        self.vz[l] = m.vz;
    }

    #[allow(clippy::type_complexity)]
    fn motion_lanes(&self) -> ([f64; L], [f64; L], [f64; L], [f64; L], [f64; L], [f64; L]) {
        (self.x, self.y, self.z, self.vx, self.vy, self.vz)
    }
}

/// Stage input of every lane: height and velocity relative to the air.
#[inline(always)]
fn relative<const L: usize>(
    lanes: &Lanes<L>,
    p: &BfParams,
    sheared: bool,
    z: &[f64; L],
    vx: &[f64; L],
    vy: &[f64; L],
) -> ([f64; L], [f64; L]) {
    let mut rx = [0.0; L];
    let mut ry = [0.0; L];
    if sheared {
        for l in 0..L {
            let (wx, wy) = wind_at(p, &lanes.consts[l], z[l]);
            rx[l] = vx[l] - wx;
            ry[l] = vy[l] - wy;
        }
    } else {
        for l in 0..L {
            rx[l] = vx[l] - lanes.wind_x[l];
            ry[l] = vy[l] - lanes.wind_y[l];
        }
    }
    (rx, ry)
}

/// Acceleration of every lane at stage height `z` and velocity `v` with spin terms `t`.
#[inline(always)]
#[allow(clippy::type_complexity)]
fn accel_lanes<const L: usize, const MODEL: i64>(
    lanes: &Lanes<L>,
    p: &BfParams,
    sheared: bool,
    z: &[f64; L],
    v: (&[f64; L], &[f64; L], &[f64; L]),
    t: (&[f64; L], &[f64; L], &[f64; L], &[f64; L]),
) -> ([f64; L], [f64; L], [f64; L]) {
    let (rx, ry) = relative(lanes, p, sheared, z, v.0, v.1);
    let mut a = ([0.0; L], [0.0; L], [0.0; L]);
    for l in 0..L {
        let terms = SpinTerms {
            drag_cd: t.0[l],
            drag_k: lanes.drag_k[l],
            crisis_k: lanes.crisis_k[l],
            lift_num: t.1[l],
            lift_offset: t.2[l],
            spin_pos: t.3[l],
        };
        let axis = (lanes.axis_x[l], lanes.axis_y[l], lanes.axis_z[l]);
        let (ax, ay, az) = accel::<MODEL>(p, axis, rx[l], ry[l], v.2[l], terms);
        a.0[l] = ax;
        a.1[l] = ay;
        a.2[l] = az;
    }
    a
}

/// Integrates flights `range` with `L` lanes, handing each result to `out(flight, output)`.
/// `path_rows.rows(flight)` gives a flight's path slice (empty for none).
#[inline(always)]
fn fly_lanes<const L: usize, const MODEL: i64>(
    range: Range<usize>,
    p: &BfParams,
    input: &dyn Fn(usize) -> FlightInput,
    path_rows: &mut PathRows<'_>,
    stride: i64,
    out: &mut dyn FnMut(usize, &FlightOutput),
) {
    let h = p.dt;
    let half = 0.5 * h;
    let sixth = h / 6.0;
    let mut lanes = Lanes::<L>::new();
    let mut next = range.start;
    for l in 0..L {
        if next < range.end {
            lanes.load::<MODEL>(l, next, &input(next), p, path_rows.rows(next), stride);
            next += 1;
        }
    }
    let mut sheared = lanes.consts.iter().any(|c| c.shear_exponent != 0.0);
    while lanes.active.iter().any(|&a| a) {
        let mut spin_half = [0.0; L];
        let mut spin_full = [0.0; L];
        let mut th = ([0.0; L], [0.0; L], [0.0; L], [0.0; L]);
        let mut tf = ([0.0; L], [0.0; L], [0.0; L], [0.0; L]);
        for l in 0..L {
            spin_half[l] = lanes.spin[l] * p.decay_half_step;
            spin_full[l] = lanes.spin[l] * p.decay_full_step;
            let a = spin_terms::<MODEL>(p, lanes.drag_k[l], lanes.omega0[l], spin_half[l]);
            let b = spin_terms::<MODEL>(p, lanes.drag_k[l], lanes.omega0[l], spin_full[l]);
            (th.0[l], th.1[l], th.2[l], th.3[l]) = (a.drag_cd, a.lift_num, a.lift_offset, a.spin_pos);
            (tf.0[l], tf.1[l], tf.2[l], tf.3[l]) = (b.drag_cd, b.lift_num, b.lift_offset, b.spin_pos);
        }
        let (x, y, z, vx, vy, vz) = (&lanes.x, &lanes.y, &lanes.z, &lanes.vx, &lanes.vy, &lanes.vz);
        let t1 = (&lanes.drag_cd, &lanes.lift_num, &lanes.lift_offset, &lanes.spin_pos);
        let a1 = accel_lanes::<L, MODEL>(&lanes, p, sheared, z, (vx, vy, vz), t1);

        let mut s2 = ([0.0; L], [0.0; L], [0.0; L], [0.0; L]);
        for l in 0..L {
            s2.0[l] = z[l] + half * vz[l];
            s2.1[l] = vx[l] + half * a1.0[l];
            s2.2[l] = vy[l] + half * a1.1[l];
            s2.3[l] = vz[l] + half * a1.2[l];
        }
        let a2 =
            accel_lanes::<L, MODEL>(&lanes, p, sheared, &s2.0, (&s2.1, &s2.2, &s2.3), (&th.0, &th.1, &th.2, &th.3));

        let mut s3 = ([0.0; L], [0.0; L], [0.0; L], [0.0; L]);
        for l in 0..L {
            s3.0[l] = z[l] + half * s2.3[l];
            s3.1[l] = vx[l] + half * a2.0[l];
            s3.2[l] = vy[l] + half * a2.1[l];
            s3.3[l] = vz[l] + half * a2.2[l];
        }
        let a3 =
            accel_lanes::<L, MODEL>(&lanes, p, sheared, &s3.0, (&s3.1, &s3.2, &s3.3), (&th.0, &th.1, &th.2, &th.3));

        let mut s4 = ([0.0; L], [0.0; L], [0.0; L], [0.0; L]);
        for l in 0..L {
            s4.0[l] = z[l] + h * s3.3[l];
            s4.1[l] = vx[l] + h * a3.0[l];
            s4.2[l] = vy[l] + h * a3.1[l];
            s4.3[l] = vz[l] + h * a3.2[l];
        }
        let a4 =
            accel_lanes::<L, MODEL>(&lanes, p, sheared, &s4.0, (&s4.1, &s4.2, &s4.3), (&tf.0, &tf.1, &tf.2, &tf.3));

        let mut n = ([0.0; L], [0.0; L], [0.0; L], [0.0; L], [0.0; L], [0.0; L]);
        for l in 0..L {
            n.0[l] = x[l] + sixth * (vx[l] + 2.0 * s2.1[l] + 2.0 * s3.1[l] + s4.1[l]);
            n.1[l] = y[l] + sixth * (vy[l] + 2.0 * s2.2[l] + 2.0 * s3.2[l] + s4.2[l]);
            n.2[l] = z[l] + sixth * (vz[l] + 2.0 * s2.3[l] + 2.0 * s3.3[l] + s4.3[l]);
            n.3[l] = vx[l] + sixth * (a1.0[l] + 2.0 * a2.0[l] + 2.0 * a3.0[l] + a4.0[l]);
            n.4[l] = vy[l] + sixth * (a1.1[l] + 2.0 * a2.1[l] + 2.0 * a3.1[l] + a4.1[l]);
            n.5[l] = vz[l] + sixth * (a1.2[l] + 2.0 * a2.2[l] + 2.0 * a3.2[l] + a4.2[l]);
        }

        // Every lane moves on to `n` in plain vector stores; the eventful ones (an event, a path
        // sample or the step limit in this step: `advance`'s own comparisons, or a conservative
        // superset of them) then go through the scalar `advance` from their old state. A quiet
        // step is exactly what `advance` would have done with it.
        let old = lanes.motion_lanes();
        let old_steps = lanes.steps;
        let mut eventful = [false; L];
        for l in 0..L {
            let plane = (old.1[l] > lanes.plane_y[l]) & (n.1[l] <= lanes.plane_y[l]);
            let ground = n.2[l] <= 0.0;
            let apex = (old.5[l] > 0.0) & (n.5[l] <= 0.0);
            let fence = !(n.0[l] * n.0[l] + n.1[l] * n.1[l] < lanes.fence_watch[l]);
            let stop = !(old_steps[l] + 1.0 < lanes.next_stop[l]);
            eventful[l] = plane | ground | apex | fence | stop;
        }
        (lanes.x, lanes.y, lanes.z, lanes.vx, lanes.vy, lanes.vz) = n;
        lanes.spin = spin_full;
        (lanes.drag_cd, lanes.lift_num, lanes.lift_offset, lanes.spin_pos) = tf;
        for (steps, before) in lanes.steps.iter_mut().zip(old_steps) {
            *steps = before + 1.0;
        }

        for l in 0..L {
            // A finished lane with no flight left to load flies on unread until the group ends.
            if !eventful[l] || !lanes.active[l] {
                continue;
            }
            let flight = lanes.flight[l];
            let m = Motion { x: old.0[l], y: old.1[l], z: old.2[l], vx: old.3[l], vy: old.4[l], vz: old.5[l] };
            let nl = Motion { x: n.0[l], y: n.1[l], z: n.2[l], vx: n.3[l], vy: n.4[l], vz: n.5[l] };
            let rows = path_rows.rows(flight);
            let path_capacity = rows.len() / BF_PATH_FIELDS as usize;
            let mut steps = old_steps[l];
            let ended = lanes.progress[l].advance(&lanes.consts[l], p, &m, &nl, &mut steps, rows, stride);
            lanes.steps[l] = steps;
            match ended {
                None => lanes.watch(l, path_capacity, p.max_steps, stride),
                Some(o) => {
                    out(flight, &o);
                    if next < range.end {
                        lanes.load::<MODEL>(l, next, &input(next), p, path_rows.rows(next), stride);
                        if lanes.consts[l].shear_exponent != 0.0 {
                            sheared = true;
                        }
                        next += 1;
                    } else {
                        lanes.active[l] = false;
                    }
                }
            }
        }
    }
}

/// Lanes per group in the batch kernel: three AVX2 registers of 4 doubles, so three independent
/// dependency chains interleave. Measured with `examples/lanes_speed` (one thread, best of 8
/// alternating runs, ACCURATE): 4 lanes 15,300 flights/s, 8 lanes 20,100, 12 lanes 24,500,
/// 16 lanes 22,500 (spills).
pub const BF_LANES: usize = 12;

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn fly_lanes_avx2<const MODEL: i64>(
    range: Range<usize>,
    p: &BfParams,
    input: &dyn Fn(usize) -> FlightInput,
    path_rows: &mut PathRows<'_>,
    stride: i64,
    out: &mut dyn FnMut(usize, &FlightOutput),
) {
    fly_lanes::<BF_LANES, MODEL>(range, p, input, path_rows, stride, out);
}

fn fly_lanes_baseline<const MODEL: i64>(
    range: Range<usize>,
    p: &BfParams,
    input: &dyn Fn(usize) -> FlightInput,
    path_rows: &mut PathRows<'_>,
    stride: i64,
    out: &mut dyn FnMut(usize, &FlightOutput),
) {
    fly_lanes::<BF_LANES, MODEL>(range, p, input, path_rows, stride, out);
}

/// True when the lane kernel runs with AVX2 (detected at run time; the library itself is built
/// for the baseline target).
pub fn uses_avx2() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::is_x86_feature_detected!("avx2")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// Which code path [`fly_range_on`] takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LanePath {
    /// One flight at a time (the single-flight path).
    Scalar,
    /// [`BF_LANES`] lanes compiled for the baseline target (SSE2 on x86-64).
    Baseline,
    /// [`BF_LANES`] lanes compiled with AVX2; falls back to `Baseline` on CPUs without it.
    Avx2,
}

/// [`fly_range`] on a chosen path, so tests can check that every path gives the same bits.
///
/// # Safety
/// With `p.drag_model == BF_DRAG_TABLE`, `p.table` must be valid for reads of
/// `table_speed_count * table_spin_count` doubles (counts in `2..=BF_TABLE_MAX_NODES`) and not
/// written during the call; `p` should have passed [`BfParams::validate`].
pub unsafe fn fly_range_on(
    path: LanePath,
    range: Range<usize>,
    p: &BfParams,
    input: &dyn Fn(usize) -> FlightInput,
    path_rows: &mut PathRows<'_>,
    stride: i64,
    out: &mut dyn FnMut(usize, &FlightOutput),
) {
    match p.drag_model {
        BF_DRAG_CRISIS => fly_model::<BF_DRAG_CRISIS>(path, range, p, input, path_rows, stride, out),
        BF_DRAG_TABLE => fly_model::<BF_DRAG_TABLE>(path, range, p, input, path_rows, stride, out),
        // Validated params hold one of the three laws; anything else flies Nathan's, as before.
        _ => fly_model::<BF_DRAG_NATHAN>(path, range, p, input, path_rows, stride, out),
    }
}

/// [`fly_range_on`] for the drag law `MODEL`.
fn fly_model<const MODEL: i64>(
    path: LanePath,
    range: Range<usize>,
    p: &BfParams,
    input: &dyn Fn(usize) -> FlightInput,
    path_rows: &mut PathRows<'_>,
    stride: i64,
    out: &mut dyn FnMut(usize, &FlightOutput),
) {
    if p.tolerance_m != 0.0 {
        // Tolerance stepping: every flight takes its own steps, so no lockstep lanes.
        crate::tolerance::fly_range::<MODEL>(range, p, input, path_rows, stride, out);
        return;
    }
    match path {
        LanePath::Scalar => fly_lanes::<1, MODEL>(range, p, input, path_rows, stride, out),
        #[cfg(target_arch = "x86_64")]
        LanePath::Avx2 if uses_avx2() => {
            // SAFETY: the CPU supports AVX2 (checked by the guard).
            unsafe { fly_lanes_avx2::<MODEL>(range, p, input, path_rows, stride, out) }
        }
        LanePath::Avx2 | LanePath::Baseline => fly_lanes_baseline::<MODEL>(range, p, input, path_rows, stride, out),
    }
}

/// Integrates flights `range` (inputs from `input(i)`, path rows from `path_rows`, results to
/// `out(i, ..)`): one flight on the scalar kernel, more on [`LANES`] lanes, with AVX2 when the
/// CPU has it. Every path gives the same bits.
///
/// # Safety
/// With `p.drag_model == BF_DRAG_TABLE`, `p.table` must be valid for reads of
/// `table_speed_count * table_spin_count` doubles (counts in `2..=BF_TABLE_MAX_NODES`) and not
/// written during the call; `p` should have passed [`BfParams::validate`].
pub unsafe fn fly_range(
    range: Range<usize>,
    p: &BfParams,
    input: &dyn Fn(usize) -> FlightInput,
    path_rows: &mut PathRows<'_>,
    stride: i64,
    out: &mut dyn FnMut(usize, &FlightOutput),
) {
    let lane_path = if range.len() <= 1 { LanePath::Scalar } else { LanePath::Avx2 };
    // SAFETY: forwarded from this function's contract.
    unsafe { fly_range_on(lane_path, range, p, input, path_rows, stride, out) };
}

/// Integrates one flight. `path` holds this flight's samples (`len / 4` of them, possibly
/// none); one sample is kept every `stride` steps plus the start and the end point.
///
/// # Safety
/// With `p.drag_model == BF_DRAG_TABLE`, `p.table` must be valid for reads of
/// `table_speed_count * table_spin_count` doubles (counts in `2..=BF_TABLE_MAX_NODES`) and not
/// written during the call; `p` should have passed [`BfParams::validate`].
pub unsafe fn fly(input: &FlightInput, p: &BfParams, path: &mut [f64], stride: i64) -> FlightOutput {
    let mut result = None;
    let one = *input;
    let per_flight = path.len();
    let mut rows = PathRows { data: path, per_flight, first: 0 };
    // SAFETY: forwarded from this function's contract.
    unsafe { fly_range_on(LanePath::Scalar, 0..1, p, &|_| one, &mut rows, stride, &mut |_, o| result = Some(*o)) };
    result.expect("the kernel always ends a flight")
}
