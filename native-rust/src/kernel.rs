//! The RK4 flight integrator: a line-by-line port of `ballflight.kernel.JavaFlightKernel`.
//!
//! Every arithmetic operation happens in the same order as in Java, with no fused multiply-add
//! (`mul_add` is never used and rustc does not contract on its own), so both kernels produce the
//! same bits. Change one, change both: the parity tests compare raw bits.

use crate::columns::{BF_END_GROUND, BF_END_PLANE, BF_END_TIMEOUT, BF_PATH_FIELDS};
use crate::det_math;
use crate::params::BfParams;

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
fn hermite(p0: f64, p1: f64, m0: f64, m1: f64, s: f64) -> f64 {
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
fn crossing(p0: f64, p1: f64, m0: f64, m1: f64, target: f64) -> f64 {
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

/// Per-flight constants of the acceleration.
struct Forces<'a> {
    p: &'a BfParams,
    drag_k: f64,
    wind_x: f64,
    wind_y: f64,
    shear_exponent: f64,
    shear_reference: f64,
    axis_x: f64,
    axis_y: f64,
    axis_z: f64,
    omega0: f64,
}

/// Per-stage constants of one spin factor `s` (spin = `omega0 * s`), as Java's `dragCd`,
/// `liftNum` and `liftOffset`.
#[derive(Clone, Copy)]
struct SpinTerms {
    drag_cd: f64,
    lift_num: f64,
    lift_offset: f64,
}

impl Forces<'_> {
    #[inline(always)]
    fn spin_terms(&self, s: f64) -> SpinTerms {
        let p = self.p;
        let omega = self.omega0 * s;
        SpinTerms {
            drag_cd: self.drag_k * (p.cd0 + p.cd_spin_per_rad_per_s * omega),
            lift_num: if omega > 0.0 { self.drag_k * p.cl2 * (p.radius * omega) } else { 0.0 },
            lift_offset: p.cl1 * (p.radius * omega),
        }
    }

    /// Gravity, drag `-k Cd |v_r| v_r` and Magnus `k CL |v_r|^2` along the unit vector of
    /// `axis x v_r` at height `z` and velocity `v`; one sqrt and one division in series (see
    /// Java's `accel`).
    #[inline(always)]
    fn accel(&self, z: f64, vx: f64, vy: f64, vz: f64, t: SpinTerms) -> (f64, f64, f64) {
        let p = self.p;
        let mut wx = self.wind_x;
        let mut wy = self.wind_y;
        if self.shear_exponent != 0.0 {
            let h = if z > p.shear_min_height { z } else { p.shear_min_height };
            let f = det_math::pow(h / self.shear_reference, self.shear_exponent);
            wx *= f;
            wy *= f;
        }
        let rx = vx - wx;
        let ry = vy - wy;
        let rz = vz;
        let v2 = rx * rx + ry * ry + rz * rz;
        let kd = t.drag_cd * v2.sqrt();
        let cx = self.axis_y * rz - self.axis_z * ry;
        let cy = self.axis_z * rx - self.axis_x * rz;
        let cz = self.axis_x * ry - self.axis_y * rx;
        let cn2 = cx * cx + cy * cy + cz * cz;
        let mut kl = 0.0;
        if t.lift_num != 0.0 && cn2 > 0.0 {
            kl = t.lift_num * v2 / ((p.cl0 * v2.sqrt() + t.lift_offset) * cn2.sqrt());
        }
        (kl * cx - kd * rx, kl * cy - kd * ry, kl * cz - (kd * rz + p.gravity))
    }
}

/// Writes sample `k` (t, x, y, z) into a flight's path slice.
fn write_sample(path: &mut [f64], k: usize, t: f64, x: f64, y: f64, z: f64) {
    let at = k * BF_PATH_FIELDS as usize;
    path[at] = t;
    path[at + 1] = x;
    path[at + 2] = y;
    path[at + 3] = z;
}

/// Integrates one flight. `path` holds this flight's samples (`len / 4` of them, possibly
/// none); one sample is kept every `stride` steps plus the start and the end point.
pub fn fly(input: &FlightInput, p: &BfParams, path: &mut [f64], stride: i64) -> FlightOutput {
    let mut x = input.x;
    let mut y = input.y;
    let mut z = input.z;
    let mut vx = input.vx;
    let mut vy = input.vy;
    let mut vz = input.vz;
    let (sx, sy, sz) = (input.spin_x, input.spin_y, input.spin_z);
    let fence_distance = input.fence_distance;
    let plane_y = input.plane_y;

    let omega0 = (sx * sx + sy * sy + sz * sz).sqrt();
    let (axis_x, axis_y, axis_z) = if omega0 > 0.0 { (sx / omega0, sy / omega0, sz / omega0) } else { (0.0, 0.0, 0.0) };
    let forces = Forces {
        p,
        drag_k: input.drag_k,
        wind_x: input.wind_x,
        wind_y: input.wind_y,
        shear_exponent: input.shear_exponent,
        shear_reference: input.shear_reference_height,
        axis_x,
        axis_y,
        axis_z,
        omega0,
    };

    let h = p.dt;
    let half = 0.5 * h;
    let sixth = h / 6.0;
    let decay_half = p.decay_half_step;
    let decay_full = p.decay_full_step;
    let mut spin = 1.0;
    let mut apex_z = z;
    let mut apex_t = 0.0;
    let mut fence_z = f64::NAN;
    let mut r = (x * x + y * y).sqrt();
    let mut fence_open = fence_distance > 0.0 && r < fence_distance;
    let mut samples: usize = 0;
    let path_capacity = path.len() / BF_PATH_FIELDS as usize;
    if path_capacity > 0 {
        write_sample(path, samples, 0.0, x, y, z);
        samples += 1;
    }

    let mut step: i64 = 0;
    let mut t = 0.0;
    let mut reason;
    let (end_t, end_x, end_y, end_z, end_vx, end_vy, end_vz);
    let mut terms1 = forces.spin_terms(spin);
    loop {
        let (ax1, ay1, az1) = forces.accel(z, vx, vy, vz, terms1);
        let spin_half = spin * decay_half;
        let terms_half = forces.spin_terms(spin_half);
        let spin_full = spin * decay_full;
        let terms_full = forces.spin_terms(spin_full);

        let z2 = z + half * vz;
        let vx2 = vx + half * ax1;
        let vy2 = vy + half * ay1;
        let vz2 = vz + half * az1;
        let (ax2, ay2, az2) = forces.accel(z2, vx2, vy2, vz2, terms_half);

        let z3 = z + half * vz2;
        let vx3 = vx + half * ax2;
        let vy3 = vy + half * ay2;
        let vz3 = vz + half * az2;
        let (ax3, ay3, az3) = forces.accel(z3, vx3, vy3, vz3, terms_half);

        let z4 = z + h * vz3;
        let vx4 = vx + h * ax3;
        let vy4 = vy + h * ay3;
        let vz4 = vz + h * az3;
        let (ax4, ay4, az4) = forces.accel(z4, vx4, vy4, vz4, terms_full);

        let nx = x + sixth * (vx + 2.0 * vx2 + 2.0 * vx3 + vx4);
        let ny = y + sixth * (vy + 2.0 * vy2 + 2.0 * vy3 + vy4);
        let nz = z + sixth * (vz + 2.0 * vz2 + 2.0 * vz3 + vz4);
        let nvx = vx + sixth * (ax1 + 2.0 * ax2 + 2.0 * ax3 + ax4);
        let nvy = vy + sixth * (ay1 + 2.0 * ay2 + 2.0 * ay3 + ay4);
        let nvz = vz + sixth * (az1 + 2.0 * az2 + 2.0 * az3 + az4);
        step += 1;
        let nt = step as f64 * h;

        let mut end_fraction = 2.0;
        reason = BF_END_TIMEOUT;
        if y > plane_y && ny <= plane_y {
            end_fraction = crossing(y, ny, h * vy, h * nvy, plane_y);
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
                apex_t = t + s * h;
                apex_z = hermite(z, nz, h * vz, h * nvz, s);
            }
        }
        if fence_open {
            let nr = (nx * nx + ny * ny).sqrt();
            if nr >= fence_distance {
                let s = (fence_distance - r) / (nr - r);
                if s <= end_fraction {
                    fence_z = hermite(z, nz, h * vz, h * nvz, s);
                }
                fence_open = false;
            }
            r = nr;
        }
        if end_fraction <= 1.0 {
            let s = end_fraction;
            end_t = t + s * h;
            end_x = hermite(x, nx, h * vx, h * nvx, s);
            end_y = hermite(y, ny, h * vy, h * nvy, s);
            end_z = if reason == BF_END_GROUND { 0.0 } else { hermite(z, nz, h * vz, h * nvz, s) };
            end_vx = vx + s * (nvx - vx);
            end_vy = vy + s * (nvy - vy);
            end_vz = vz + s * (nvz - vz);
            break;
        }

        x = nx;
        y = ny;
        z = nz;
        vx = nvx;
        vy = nvy;
        vz = nvz;
        t = nt;
        spin = spin_full;
        terms1 = terms_full;
        // The last slot is kept for the end point; the time-limit step is the end point itself.
        if samples + 1 < path_capacity && step % stride == 0 && step < p.max_steps {
            write_sample(path, samples, t, x, y, z);
            samples += 1;
        }
        if step >= p.max_steps {
            (end_t, end_x, end_y, end_z, end_vx, end_vy, end_vz) = (t, x, y, z, vx, vy, vz);
            break;
        }
    }
    if samples < path_capacity {
        write_sample(path, samples, end_t, end_x, end_y, end_z);
        samples += 1;
    }
    if end_z > apex_z {
        // Still rising at the stop plane or time limit: the highest point is the end.
        apex_z = end_z;
        apex_t = end_t;
    }
    FlightOutput {
        t_end: end_t,
        x_end: end_x,
        y_end: end_y,
        z_end: end_z,
        vx_end: end_vx,
        vy_end: end_vy,
        vz_end: end_vz,
        apex_z,
        apex_t,
        fence_z,
        end_reason: reason,
        path_count: samples as i64,
    }
}
