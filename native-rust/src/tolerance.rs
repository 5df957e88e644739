//! Tolerance stepping: a port of `ballflight.kernel.ToleranceStepper` (Dormand-Prince 5(4) with a
//! deterministic step controller), operation for operation, so Java and Rust give the same bits.
//! Each flight takes its own steps, so flights run one after another (a batch still spreads its
//! flights over the pool); the model evaluation is the lane kernel's (`L = 1`).

use crate::columns::{BF_END_TIMEOUT, BF_PATH_FIELDS};
use crate::det_math;
use crate::kernel::{
    FlightConsts, FlightInput, FlightOutput, Motion, PathRows, Progress, accel, crossing, end_point, hermite,
    spin_terms, wind_at, write_sample,
};
use crate::params::BfParams;
use std::ops::Range;

/// Local error budget per step as a fraction of the tolerance (Java's `LOCAL_FRACTION`).
const LOCAL_FRACTION: f64 = 0.0015;
/// Velocity errors weigh as the position error they cause over this time, s.
const VELOCITY_TIME_S: f64 = 1.0;
const SAFETY: f64 = 0.9;
const MAX_GROWTH: f64 = 5.0;
const MIN_SHRINK: f64 = 0.2;
/// Longest step, s.
const MAX_STEP_S: f64 = 0.5;
/// Shortest step, s: accepted whatever its error.
const MIN_STEP_S: f64 = 1e-6;

const A21: f64 = 1.0 / 5.0;
const A31: f64 = 3.0 / 40.0;
const A32: f64 = 9.0 / 40.0;
const A41: f64 = 44.0 / 45.0;
const A42: f64 = -56.0 / 15.0;
const A43: f64 = 32.0 / 9.0;
const A51: f64 = 19372.0 / 6561.0;
const A52: f64 = -25360.0 / 2187.0;
const A53: f64 = 64448.0 / 6561.0;
const A54: f64 = -212.0 / 729.0;
const A61: f64 = 9017.0 / 3168.0;
const A62: f64 = -355.0 / 33.0;
const A63: f64 = 46732.0 / 5247.0;
const A64: f64 = 49.0 / 176.0;
const A65: f64 = -5103.0 / 18656.0;
const B1: f64 = 35.0 / 384.0;
const B3: f64 = 500.0 / 1113.0;
const B4: f64 = 125.0 / 192.0;
const B5: f64 = -2187.0 / 6784.0;
const B6: f64 = 11.0 / 84.0;
const E1: f64 = 71.0 / 57600.0;
const E3: f64 = -71.0 / 16695.0;
const E4: f64 = 71.0 / 1920.0;
const E5: f64 = -17253.0 / 339200.0;
const E6: f64 = 22.0 / 525.0;
const E7: f64 = -1.0 / 40.0;

/// Stage derivatives of position (the stage's velocity), velocity and spin factor.
#[derive(Default)]
struct Stages {
    kx: [f64; 7],
    ky: [f64; 7],
    kz: [f64; 7],
    kvx: [f64; 7],
    kvy: [f64; 7],
    kvz: [f64; 7],
    ks: [f64; 7],
}

fn fifth(k: &[f64; 7]) -> f64 {
    B1 * k[0] + B3 * k[2] + B4 * k[3] + B5 * k[4] + B6 * k[5]
}

fn error(k: &[f64; 7]) -> f64 {
    E1 * k[0] + E3 * k[2] + E4 * k[3] + E5 * k[4] + E6 * k[5] + E7 * k[6]
}

/// Java's `Math.max` for the non-NaN values used here.
fn max(a: f64, b: f64) -> f64 {
    if a >= b { a } else { b }
}

fn min(a: f64, b: f64) -> f64 {
    if a <= b { a } else { b }
}

struct Flight<'a, const MODEL: i64> {
    p: &'a BfParams,
    c: FlightConsts,
    k: Stages,
}

impl<const MODEL: i64> Flight<'_, MODEL> {
    /// Stage `j`'s derivative at the given state (Java's `stage`).
    #[inline(always)]
    fn stage(&mut self, j: usize, z: f64, vx: f64, vy: f64, vz: f64, s: f64) {
        let terms = spin_terms::<MODEL>(self.p, self.c.drag_k, self.c.omega0, s);
        let (wx, wy) = wind_at(self.p, &self.c, z);
        let (ax, ay, az) =
            accel::<MODEL>(self.p, (self.c.axis_x, self.c.axis_y, self.c.axis_z), vx - wx, vy - wy, vz, terms);
        self.k.kx[j] = vx;
        self.k.ky[j] = vy;
        self.k.kz[j] = vz;
        self.k.kvx[j] = ax;
        self.k.kvy[j] = ay;
        self.k.kvz[j] = az;
        self.k.ks[j] = -self.p.spin_decay_per_s * s;
    }
}

/// Integrates flights `range` with tolerance stepping (see the module docs).
pub fn fly_range<const MODEL: i64>(
    range: Range<usize>,
    p: &BfParams,
    input: &dyn Fn(usize) -> FlightInput,
    path_rows: &mut PathRows<'_>,
    stride: i64,
    out: &mut dyn FnMut(usize, &FlightOutput),
) {
    for i in range {
        let one = input(i);
        let o = fly::<MODEL>(&one, p, path_rows.rows(i), stride);
        out(i, &o);
    }
}

#[allow(clippy::too_many_lines)]
fn fly<const MODEL: i64>(input: &FlightInput, p: &BfParams, path: &mut [f64], stride: i64) -> FlightOutput {
    let first_step = min(p.dt, MAX_STEP_S);
    let max_time = p.max_steps as f64 * p.dt;
    let pos_budget = p.tolerance_m * LOCAL_FRACTION;
    let vel_budget = pos_budget / VELOCITY_TIME_S;
    let c = FlightConsts::new(input);
    let mut f = Flight::<MODEL> { p, c, k: Stages::default() };
    let (mut x, mut y, mut z) = (input.x, input.y, input.z);
    let (mut vx, mut vy, mut vz) = (input.vx, input.vy, input.vz);
    let mut spin = 1.0;
    let mut progress = Progress::start(&Motion { x, y, z, vx, vy, vz }, &c, path);
    let mut r = (x * x + y * y).sqrt();
    let path_capacity = path.len() / BF_PATH_FIELDS as usize;
    let sample_every = if path_capacity == 0 { 0.0 } else { stride as f64 * p.dt };

    let mut t = 0.0;
    let mut h = first_step;
    f.stage(0, z, vx, vy, vz, spin);
    let mut attempts: i64 = 0;
    loop {
        if attempts == p.max_steps {
            // As Java: no more attempts than the fixed-step kernel's steps, so no flight hangs.
            return progress.finish(t, &Motion { x, y, z, vx, vy, vz }, BF_END_TIMEOUT, path);
        }
        attempts += 1;
        let mut last = false;
        if t + h >= max_time {
            h = max_time - t;
            last = true;
        }
        let k = &f.k;
        let s1 = (z + h * (A21 * k.kz[0]), vx + h * (A21 * k.kvx[0]), vy + h * (A21 * k.kvy[0]),
            vz + h * (A21 * k.kvz[0]), spin + h * (A21 * k.ks[0]));
        f.stage(1, s1.0, s1.1, s1.2, s1.3, s1.4);
        let k = &f.k;
        let s2 = (
            z + h * (A31 * k.kz[0] + A32 * k.kz[1]),
            vx + h * (A31 * k.kvx[0] + A32 * k.kvx[1]),
            vy + h * (A31 * k.kvy[0] + A32 * k.kvy[1]),
            vz + h * (A31 * k.kvz[0] + A32 * k.kvz[1]),
            spin + h * (A31 * k.ks[0] + A32 * k.ks[1]),
        );
        f.stage(2, s2.0, s2.1, s2.2, s2.3, s2.4);
        let k = &f.k;
        let s3 = (
            z + h * (A41 * k.kz[0] + A42 * k.kz[1] + A43 * k.kz[2]),
            vx + h * (A41 * k.kvx[0] + A42 * k.kvx[1] + A43 * k.kvx[2]),
            vy + h * (A41 * k.kvy[0] + A42 * k.kvy[1] + A43 * k.kvy[2]),
            vz + h * (A41 * k.kvz[0] + A42 * k.kvz[1] + A43 * k.kvz[2]),
            spin + h * (A41 * k.ks[0] + A42 * k.ks[1] + A43 * k.ks[2]),
        );
        f.stage(3, s3.0, s3.1, s3.2, s3.3, s3.4);
        let k = &f.k;
        let s4 = (
            z + h * (A51 * k.kz[0] + A52 * k.kz[1] + A53 * k.kz[2] + A54 * k.kz[3]),
            vx + h * (A51 * k.kvx[0] + A52 * k.kvx[1] + A53 * k.kvx[2] + A54 * k.kvx[3]),
            vy + h * (A51 * k.kvy[0] + A52 * k.kvy[1] + A53 * k.kvy[2] + A54 * k.kvy[3]),
            vz + h * (A51 * k.kvz[0] + A52 * k.kvz[1] + A53 * k.kvz[2] + A54 * k.kvz[3]),
            spin + h * (A51 * k.ks[0] + A52 * k.ks[1] + A53 * k.ks[2] + A54 * k.ks[3]),
        );
        f.stage(4, s4.0, s4.1, s4.2, s4.3, s4.4);
        let k = &f.k;
        let s5 = (
            z + h * (A61 * k.kz[0] + A62 * k.kz[1] + A63 * k.kz[2] + A64 * k.kz[3] + A65 * k.kz[4]),
            vx + h * (A61 * k.kvx[0] + A62 * k.kvx[1] + A63 * k.kvx[2] + A64 * k.kvx[3] + A65 * k.kvx[4]),
            vy + h * (A61 * k.kvy[0] + A62 * k.kvy[1] + A63 * k.kvy[2] + A64 * k.kvy[3] + A65 * k.kvy[4]),
            vz + h * (A61 * k.kvz[0] + A62 * k.kvz[1] + A63 * k.kvz[2] + A64 * k.kvz[3] + A65 * k.kvz[4]),
            spin + h * (A61 * k.ks[0] + A62 * k.ks[1] + A63 * k.ks[2] + A64 * k.ks[3] + A65 * k.ks[4]),
        );
        f.stage(5, s5.0, s5.1, s5.2, s5.3, s5.4);
        let k = &f.k;
        let nx = x + h * fifth(&k.kx);
        let ny = y + h * fifth(&k.ky);
        let nz = z + h * fifth(&k.kz);
        let nvx = vx + h * fifth(&k.kvx);
        let nvy = vy + h * fifth(&k.kvy);
        let nvz = vz + h * fifth(&k.kvz);
        let nspin = spin + h * fifth(&k.ks);
        f.stage(6, nz, nvx, nvy, nvz, nspin);

        let k = &f.k;
        let err_pos = max(max((h * error(&k.kx)).abs(), (h * error(&k.ky)).abs()), (h * error(&k.kz)).abs()) / pos_budget;
        let err_vel =
            max(max((h * error(&k.kvx)).abs(), (h * error(&k.kvy)).abs()), (h * error(&k.kvz)).abs()) / vel_budget;
        let err = max(err_pos, err_vel);
        if !(err <= 1.0) && h > MIN_STEP_S {
            let shrink = if err < f64::INFINITY { SAFETY * det_math::pow(err, -0.2) } else { MIN_SHRINK };
            h *= max(MIN_SHRINK, shrink);
            if h < MIN_STEP_S {
                h = MIN_STEP_S;
            }
            continue;
        }

        // The events and the end point as in the fixed-step kernel; the fence by the cubic through r.
        let m = Motion { x, y, z, vx, vy, vz };
        let n = Motion { x: nx, y: ny, z: nz, vx: nvx, vy: nvy, vz: nvz };
        let (end_fraction, reason) = progress.end_and_apex(&c, h, t, &m, &n);
        if progress.fence_open {
            let nr = (nx * nx + ny * ny).sqrt();
            if nr >= c.fence_distance {
                let m0 = if r > 0.0 { h * ((x * vx + y * vy) / r) } else { h * (vx * vx + vy * vy).sqrt() };
                let s = crossing(r, nr, m0, h * ((nx * nvx + ny * nvy) / nr), c.fence_distance);
                if s <= end_fraction {
                    progress.fence_z = hermite(z, nz, h * vz, h * nvz, s);
                }
                progress.fence_open = false;
            }
            r = nr;
        }
        let stop_fraction = if end_fraction <= 1.0 { end_fraction } else { 1.0 };
        while progress.samples + 1 < path_capacity && progress.samples as f64 * sample_every < t + stop_fraction * h {
            let sample_t = progress.samples as f64 * sample_every;
            let s = (sample_t - t) / h;
            write_sample(
                path,
                progress.samples,
                sample_t,
                hermite(x, nx, h * vx, h * nvx, s),
                hermite(y, ny, h * vy, h * nvy, s),
                hermite(z, nz, h * vz, h * nvz, s),
            );
            progress.samples += 1;
        }
        if end_fraction <= 1.0 {
            let mut end = end_point(h, &m, &n, end_fraction, reason);
            // Velocity on the cubic through the end accelerations (Java's comment says why).
            let k = &f.k;
            let s = end_fraction;
            end.vx = hermite(vx, nvx, h * k.kvx[0], h * k.kvx[6], s);
            end.vy = hermite(vy, nvy, h * k.kvy[0], h * k.kvy[6], s);
            end.vz = hermite(vz, nvz, h * k.kvz[0], h * k.kvz[6], s);
            return progress.finish(t + end_fraction * h, &end, reason, path);
        }
        if last {
            return progress.finish(max_time, &n, BF_END_TIMEOUT, path);
        }
        (x, y, z, vx, vy, vz, spin) = (nx, ny, nz, nvx, nvy, nvz, nspin);
        t += h;
        let k = &mut f.k;
        k.kx[0] = k.kx[6];
        k.ky[0] = k.ky[6];
        k.kz[0] = k.kz[6];
        k.kvx[0] = k.kvx[6];
        k.kvy[0] = k.kvy[6];
        k.kvz[0] = k.kvz[6];
        k.ks[0] = k.ks[6];
        let grow = if err > 0.0 { SAFETY * det_math::pow(err, -0.2) } else { MAX_GROWTH };
        h = min(MAX_STEP_S, h * min(MAX_GROWTH, grow));
    }
}
