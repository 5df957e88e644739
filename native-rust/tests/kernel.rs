//! The kernel on its own: closed-form oracles, the physical relationships of the validation
//! suite, and thread-count invariance.

mod common;

use ballflight::columns::*;
use ballflight::{BfParams, LanePath, PathOut, PathRows, fly_range_on, integrate};
use common::*;
use rayon::ThreadPoolBuilder;

fn run(b: &mut Batch, count: usize, p: &BfParams) {
    // SAFETY: any table the params name is a live Vec outside the batch and path.
    unsafe { integrate(&mut b.data, b.capacity, count, p, None, None).expect("integrate") };
}

fn distance_ft(b: &Batch, i: usize) -> f64 {
    b.get(BF_COL_X_END, i).hypot(b.get(BF_COL_Y_END, i)) / FT
}

#[test]
fn vacuum_flight_follows_the_parabola() {
    // No air, no spin: constant acceleration, which RK4 and the cubic Hermite locator reproduce
    // up to rounding, at any step.
    for dt in [0.001, 0.002, 0.005, 0.01] {
        let p = nathan_params(dt);
        let g = p.gravity;
        let mut b = Batch::new(1);
        let (z0, vy, vz) = (1.2, 30.0, 25.0);
        b.set(BF_COL_Z, 0, z0);
        b.set(BF_COL_VY, 0, vy);
        b.set(BF_COL_VZ, 0, vz);
        b.set(BF_COL_SHEAR_REFERENCE_HEIGHT, 0, 10.0);
        b.set(BF_COL_PLANE_Y, 0, f64::NEG_INFINITY);
        run(&mut b, 1, &p);
        let t_land = (vz + (vz * vz + 2.0 * g * z0).sqrt()) / g;
        let close = |got: f64, want: f64, what: &str| {
            assert!((got - want).abs() <= 1e-9 * want.abs().max(1.0), "dt {dt}: {what} = {got}, parabola {want}");
        };
        close(b.get(BF_COL_T_END, 0), t_land, "t_end");
        close(b.get(BF_COL_Y_END, 0), vy * t_land, "y_end");
        close(b.get(BF_COL_VZ_END, 0), vz - g * t_land, "vz_end");
        close(b.get(BF_COL_APEX_Z, 0), z0 + vz * vz / (2.0 * g), "apex_z");
        close(b.get(BF_COL_APEX_T, 0), vz / g, "apex_t");
        assert_eq!(b.get(BF_COL_Z_END, 0), 0.0);
        assert_eq!(b.get(BF_COL_END_REASON, 0), f64::from(BF_END_GROUND));
        assert!(b.get(BF_COL_FENCE_Z, 0).is_nan(), "no fence: fence_z must be NaN");
    }
}

#[test]
fn reference_fly_ball_carries_409_feet() {
    let mut b = Batch::new(1);
    b.batted(0, 100.0, 28.0, 1800.0, RHO_STANDARD);
    run(&mut b, 1, &nathan_params(0.001));
    let d = distance_ft(&b, 0);
    assert!((d - 409.0).abs() <= 1.0, "distance {d} ft, expected 409 +- 1");
}

#[test]
fn physical_relationships_hold() {
    let p = nathan_params(0.001);
    let carry = |mph: f64, rpm: f64, rho: f64| {
        let mut b = Batch::new(1);
        b.batted(0, mph, 28.0, rpm, rho);
        run(&mut b, 1, &p);
        distance_ft(&b, 0)
    };
    let base = carry(100.0, 1800.0, RHO_STANDARD);
    let faster = carry(105.0, 1800.0, RHO_STANDARD) - base;
    assert!((faster - 25.0).abs() <= 5.0, "105 vs 100 mph: +{faster} ft, expected 25 +- 5");
    let spin = carry(100.0, 1500.0, RHO_STANDARD) - carry(100.0, 0.0, RHO_STANDARD);
    assert!((spin - 60.0).abs() <= 20.0, "1500 rpm vs none: +{spin} ft, expected 60 +- 20");
    // Thinner air (about Denver) carries farther.
    let thin = carry(100.0, 1800.0, RHO_STANDARD * (-1.217e-4 * 5200.0 * FT).exp()) - base;
    assert!((thin - 30.0).abs() <= 10.0, "5200 ft elevation: +{thin} ft, expected 30 +- 10");
}

#[test]
fn tailwind_carries_farther_and_shear_weakens_it_near_the_ground() {
    let p = nathan_params(0.002);
    let mut b = Batch::new(3);
    for i in 0..3 {
        b.batted(i, 100.0, 28.0, 1800.0, RHO_STANDARD);
    }
    b.set(BF_COL_WIND_Y, 1, 10.0 * MPH);
    b.set(BF_COL_WIND_Y, 2, 10.0 * MPH);
    b.set(BF_COL_SHEAR_EXPONENT, 2, 0.14);
    b.set(BF_COL_SHEAR_REFERENCE_HEIGHT, 2, 200.0 * FT);
    run(&mut b, 3, &p);
    let (calm, uniform, sheared) = (distance_ft(&b, 0), distance_ft(&b, 1), distance_ft(&b, 2));
    assert!(uniform - calm > 20.0, "tailwind +{} ft", uniform - calm);
    // Below the 200 ft reference height the sheared wind is weaker everywhere on the path.
    assert!(sheared > calm && sheared < uniform, "calm {calm}, sheared {sheared}, uniform {uniform}");
}

#[test]
fn stop_plane_fence_and_path_rules() {
    let p = nathan_params(0.001);
    let mut b = Batch::new(2);
    // A pitch from 55 ft toward home, stopped at the front of the plate.
    b.set(BF_COL_Y, 0, 55.0 * FT);
    b.set(BF_COL_Z, 0, 6.0 * FT);
    b.set(BF_COL_VY, 0, -90.0 * MPH);
    b.set(BF_COL_DRAG_K, 0, drag_k(RHO_STANDARD));
    b.set(BF_COL_SHEAR_REFERENCE_HEIGHT, 0, 10.0);
    b.set(BF_COL_PLANE_Y, 0, 1.417 * FT);
    // A fly ball over a 330 ft fence.
    b.batted(1, 105.0, 30.0, 2000.0, RHO_STANDARD);
    b.set(BF_COL_FENCE_DISTANCE, 1, 330.0 * FT);
    b.set(BF_COL_FENCE_HEIGHT, 1, 10.0 * FT);
    let samples = 80;
    let mut path = vec![f64::NAN; 2 * samples * 4];
    let out = PathOut { data: &mut path, samples_per_flight: samples, stride_steps: 100 };
    // SAFETY: any table the params name is a live Vec outside the batch and path.
    unsafe { integrate(&mut b.data, 2, 2, &p, Some(out), None).unwrap() };

    assert_eq!(b.get(BF_COL_END_REASON, 0), f64::from(BF_END_PLANE));
    assert!((b.get(BF_COL_Y_END, 0) - 1.417 * FT).abs() < 1e-9, "stops on the plane");
    assert!(b.get(BF_COL_Z_END, 0) > 0.0);
    assert_eq!(b.get(BF_COL_END_REASON, 1), f64::from(BF_END_GROUND));
    let fence_z = b.get(BF_COL_FENCE_Z, 1);
    assert!(fence_z > 10.0 * FT && fence_z < b.get(BF_COL_APEX_Z, 1), "fence_z {fence_z}");

    for f in 0..2 {
        let n = b.get(BF_COL_PATH_COUNT, f) as usize;
        let at = |k: usize, field: usize| path[(f * samples + k) * 4 + field];
        let t_end = b.get(BF_COL_T_END, f);
        // start, one per 0.1 s, end
        assert_eq!(n, (t_end / 0.1).floor() as usize + 2 - usize::from((t_end / 0.1).fract() == 0.0), "flight {f}");
        assert_eq!(at(0, 0), 0.0);
        assert_eq!(at(n - 1, 0), t_end);
        assert_eq!(at(n - 1, 2), b.get(BF_COL_Y_END, f));
        for k in 1..n - 1 {
            assert!((at(k, 0) - k as f64 * 0.1).abs() < 1e-9, "sample {k} at t {}", at(k, 0));
        }
        assert!(at(n, 0).is_nan(), "nothing written past the count");
    }
}

#[test]
fn results_do_not_depend_on_thread_count() {
    let p = nathan_params(0.01);
    let n = 1000;
    let fill = || {
        let mut b = Batch::new(n + 3);
        for i in 0..n {
            b.batted(i, 60.0 + (i % 60) as f64, 5.0 + (i % 40) as f64, (i % 30) as f64 * 100.0, RHO_STANDARD);
            b.set(BF_COL_WIND_X, i, (i % 7) as f64 - 3.0);
            b.set(BF_COL_SHEAR_EXPONENT, i, (i % 3) as f64 * 0.1);
            b.set(BF_COL_FENCE_DISTANCE, i, if i % 2 == 0 { 100.0 } else { 0.0 });
        }
        b
    };
    let samples = 20;
    let mut reference = fill();
    let mut reference_path = vec![0.0; n * samples * 4];
    let out = PathOut { data: &mut reference_path, samples_per_flight: samples, stride_steps: 7 };
    // SAFETY: any table the params name is a live Vec outside the batch and path.
    unsafe { integrate(&mut reference.data, n + 3, n, &p, Some(out), None).unwrap() };
    for threads in [2, 3] {
        let pool = ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
        let mut b = fill();
        let mut path = vec![0.0; n * samples * 4];
        let out = PathOut { data: &mut path, samples_per_flight: samples, stride_steps: 7 };
        // SAFETY: any table the params name is a live Vec outside the batch and path.
        unsafe { integrate(&mut b.data, n + 3, n, &p, Some(out), Some(&pool)).unwrap() };
        let bits = |v: &[f64]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
        assert!(bits(&b.data) == bits(&reference.data), "{threads} threads: batch differs");
        assert!(bits(&path) == bits(&reference_path), "{threads} threads: path differs");
    }
}

#[test]
fn every_lane_path_gives_the_same_bits() {
    // The scalar path, the baseline lane kernel and the AVX2 lane kernel do the same operations
    // per flight; flights of different lengths (lanes refilled at different steps), wind, shear,
    // fences, stop planes and paths must not change a bit, in every drag model.
    let table = crisis_table_values();
    for p in [nathan_params(0.002), crisis_params(0.002), crisis_table_params(0.002, &table)] {
        lane_paths_agree(&p);
    }
}

/// Flights of different lengths with wind, shear, sidespin, fences, and pitches to a stop plane.
fn mixed_batch(n: usize) -> Batch {
    let mut b = Batch::new(n);
    for i in 0..n {
        b.batted(i, 40.0 + (i % 80) as f64, -20.0 + (i % 90) as f64, (i % 35) as f64 * 100.0, RHO_STANDARD);
        b.set(BF_COL_SPIN_Z, i, if i % 4 == 1 { -150.0 } else { 0.0 });
        b.set(BF_COL_WIND_X, i, (i % 7) as f64 - 3.0);
        b.set(BF_COL_SHEAR_EXPONENT, i, if i % 5 == 0 { 0.2 } else { 0.0 });
        b.set(BF_COL_FENCE_DISTANCE, i, if i % 3 == 0 { 90.0 } else { 0.0 });
        if i % 11 == 0 {
            // A pitch toward the plate, stopped at its front.
            b.set(BF_COL_Y, i, 16.8);
            b.set(BF_COL_Z, i, 1.8);
            b.set(BF_COL_VY, i, -30.0 - (i % 13) as f64);
            b.set(BF_COL_VZ, i, -1.0);
            b.set(BF_COL_PLANE_Y, i, 0.43);
        }
    }
    b
}

fn flight_input(b: &Batch, i: usize) -> ballflight::FlightInput {
    ballflight::FlightInput {
        x: b.get(BF_COL_X, i),
        y: b.get(BF_COL_Y, i),
        z: b.get(BF_COL_Z, i),
        vx: b.get(BF_COL_VX, i),
        vy: b.get(BF_COL_VY, i),
        vz: b.get(BF_COL_VZ, i),
        spin_x: b.get(BF_COL_SPIN_X, i),
        spin_y: b.get(BF_COL_SPIN_Y, i),
        spin_z: b.get(BF_COL_SPIN_Z, i),
        drag_k: b.get(BF_COL_DRAG_K, i),
        wind_x: b.get(BF_COL_WIND_X, i),
        wind_y: b.get(BF_COL_WIND_Y, i),
        shear_exponent: b.get(BF_COL_SHEAR_EXPONENT, i),
        shear_reference_height: b.get(BF_COL_SHEAR_REFERENCE_HEIGHT, i),
        fence_distance: b.get(BF_COL_FENCE_DISTANCE, i),
        fence_height: b.get(BF_COL_FENCE_HEIGHT, i),
        plane_y: b.get(BF_COL_PLANE_Y, i),
    }
}

/// The output columns of a flight as raw bits (path count left out).
fn output_bits(o: &ballflight::FlightOutput) -> Vec<u64> {
    let values = [o.t_end, o.x_end, o.y_end, o.z_end, o.vx_end, o.vy_end, o.vz_end, o.apex_z, o.apex_t, o.fence_z];
    let mut bits: Vec<u64> = values.iter().map(|v| v.to_bits()).collect();
    bits.push(o.end_reason as u64);
    bits
}

fn lane_paths_agree(p: &BfParams) {
    let n = 203;
    let b = mixed_batch(n);
    let samples = 12;
    let input = |i: usize| flight_input(&b, i);
    let run = |lane_path: LanePath| {
        let mut path = vec![f64::NAN; n * samples * 4];
        let mut outputs = vec![None; n];
        let mut rows = PathRows { data: &mut path, per_flight: samples * 4, first: 0 };
        // SAFETY: any table the params name is a live Vec outside the batch and path.
        unsafe { fly_range_on(lane_path, 0..n, p, &input, &mut rows, 9, &mut |i, o| outputs[i] = Some(*o)) };
        let mut bits: Vec<u64> = path.iter().map(|v| v.to_bits()).collect();
        for o in outputs {
            let o = o.expect("every flight gets an output");
            bits.extend(output_bits(&o));
            bits.push(o.path_count as u64);
        }
        bits
    };
    let scalar = run(LanePath::Scalar);
    let model = p.drag_model;
    assert!(run(LanePath::Baseline) == scalar, "model {model}: baseline lanes differ from the scalar kernel");
    assert!(run(LanePath::Avx2) == scalar, "model {model}: AVX2 lanes differ from the scalar kernel");
}

#[test]
fn quiet_steps_end_every_flight_as_the_step_by_step_path_does() {
    // With a path sample due at every step (stride 1, room for every step), each step goes
    // through the event bookkeeping; without a path most steps take the lanes' quiet path. Both
    // must end every flight on the same bits, including flights cut off by the step limit.
    let n = 203;
    let b = mixed_batch(n);
    let input = |i: usize| flight_input(&b, i);
    for max_steps in [100_000, 150] {
        let p = BfParams { max_steps, ..nathan_params(0.01) };
        let run = |samples: usize| {
            let mut path = vec![0.0; n * samples * 4];
            let mut outputs = vec![Vec::new(); n];
            let mut rows = PathRows { data: &mut path, per_flight: samples * 4, first: 0 };
            // SAFETY: any table the params name is a live Vec outside the batch and path.
            unsafe {
                fly_range_on(LanePath::Avx2, 0..n, &p, &input, &mut rows, 1, &mut |i, o| {
                    assert!(samples == 0 || (o.path_count as usize) < samples, "flight {i}: the path filled up");
                    outputs[i] = output_bits(o);
                })
            };
            outputs
        };
        let quiet = run(0);
        assert!(quiet.iter().all(|o| !o.is_empty()), "every flight gets an output");
        let reasons: std::collections::BTreeSet<u64> = quiet.iter().map(|o| o[10]).collect();
        let expected = if max_steps == 150 { BF_END_TIMEOUT } else { BF_END_GROUND };
        for reason in [BF_END_PLANE, expected] {
            assert!(reasons.contains(&(reason as u64)), "max_steps {max_steps}: no flight ends by {reason}");
        }
        let fences = quiet.iter().filter(|o| !f64::from_bits(o[9]).is_nan()).count();
        assert!(max_steps < 1000 || fences > 0, "no flight reaches a fence");
        assert!(run(1000) == quiet, "max_steps {max_steps}: quiet steps change the result");
    }
}

#[test]
fn crisis_table_flies_like_the_exact_crisis_law() {
    // The table holds the exact law at 1 m/s x 50 rad/s nodes: flights from slow to fast, with
    // and without spin, land within a foot of the exact form, and not on the same bits (the
    // table is really read).
    let table = crisis_table_values();
    let (exact, tabled) = (crisis_params(0.001), crisis_table_params(0.001, &table));
    for (mph, rpm) in [(60.0, 0.0), (80.0, 1200.0), (100.0, 1800.0), (115.0, 3000.0)] {
        let carry = |p: &BfParams| {
            let mut b = Batch::new(1);
            b.batted(0, mph, 28.0, rpm, RHO_STANDARD);
            run(&mut b, 1, p);
            distance_ft(&b, 0)
        };
        let (e, t) = (carry(&exact), carry(&tabled));
        assert!((e - t).abs() < 1.0 && e != t, "{mph} mph {rpm} rpm: exact {e} ft, table {t} ft");
    }
}

#[test]
fn crisis_model_carries_the_reference_ball_a_plausible_distance() {
    // Drag rises below the crisis speed: the ball lands 380-440 ft out, and a slow ball (mostly
    // subcritical) loses more against Nathan's constant drag than a fast one.
    let carry = |p: &BfParams, mph: f64| {
        let mut b = Batch::new(1);
        b.batted(0, mph, 28.0, 1800.0, RHO_STANDARD);
        run(&mut b, 1, p);
        distance_ft(&b, 0)
    };
    let (crisis, nathan) = (crisis_params(0.001), nathan_params(0.001));
    let d = carry(&crisis, 100.0);
    assert!((380.0..=440.0).contains(&d), "crisis model: {d} ft");
    let slow_loss = carry(&nathan, 60.0) - carry(&crisis, 60.0);
    let fast_loss = carry(&nathan, 110.0) - carry(&crisis, 110.0);
    assert!(slow_loss > fast_loss, "60 mph loses {slow_loss} ft, 110 mph {fast_loss} ft");
}
