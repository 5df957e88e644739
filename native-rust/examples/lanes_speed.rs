//! Rough single-thread timing of the batch kernel (no JMH): `cargo run --release --example lanes_speed`.
//! The JMH numbers in the bench module are the ones to quote; this is for quick iteration.

use ballflight::columns::*;
use ballflight::integrate;
use std::time::Instant;

// The integration tests' fixtures: the same Nathan parameters the kernel tests use.
#[path = "../tests/common/mod.rs"]
mod common;

fn main() {
    let n = 4096usize;
    let mut data = vec![0.0; n * BF_COLUMN_COUNT as usize];
    let mut seed = 12345u64;
    let mut rnd = || {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (seed >> 11) as f64 / (1u64 << 53) as f64
    };
    let set = |d: &mut Vec<f64>, c: i32, i: usize, v: f64| d[c as usize * n + i] = v;
    for i in 0..n {
        let ev = (40.0 + 80.0 * rnd()) * 0.44704;
        let la = (-30.0 + 100.0 * rnd()).to_radians();
        let spin = (500.0 + 3000.0 * rnd()) * std::f64::consts::PI / 30.0;
        set(&mut data, BF_COL_Z, i, 0.9144);
        set(&mut data, BF_COL_VY, i, ev * la.cos());
        set(&mut data, BF_COL_VZ, i, ev * la.sin());
        set(&mut data, BF_COL_SPIN_X, i, spin);
        set(&mut data, BF_COL_DRAG_K, i, common::drag_k(common::RHO_STANDARD));
        set(&mut data, BF_COL_WIND_Y, i, if i % 2 == 0 { 4.0 * rnd() } else { 0.0 });
        set(&mut data, BF_COL_SHEAR_REFERENCE_HEIGHT, i, 10.0);
        set(&mut data, BF_COL_PLANE_Y, i, f64::NEG_INFINITY);
    }
    for dt in [0.001, 0.01] {
        let p = common::nathan_params(dt);
        let mut best = f64::MAX;
        for _ in 0..5 {
            let mut d = data.clone();
            let t0 = Instant::now();
            // SAFETY: any table the params name is a live Vec outside the batch and path.
            unsafe { integrate(&mut d, n, n, &p, None, None).unwrap() };
            best = best.min(t0.elapsed().as_secs_f64());
        }
        println!("dt {dt}: {n} flights in {:.1} ms on one thread = {:.0} flights/s", best * 1e3, n as f64 / best);
    }
}
