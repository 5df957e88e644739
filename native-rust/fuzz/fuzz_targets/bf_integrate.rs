//! `bf_integrate` with arbitrary batch contents, counts, params, table and path buffers.
//!
//! Memory is always what the call claims (that is the C contract; the fuzzer cannot test a lie
//! about memory it does not own), except where the claim is refused before any access: sizes
//! that overflow, pointers that are null or misaligned, buffers that overlap. Values are hostile:
//! NaN, infinities, subnormals, huge and negative numbers, raw bit patterns, mixed with a real
//! batted ball so the kernel itself runs most of the time.
//!
//! Every call must return `BF_OK` or a refusal code with a message; a panic caught at the
//! boundary (`BF_ERR_PANIC`) is a bug and fails the run, as does a write outside the flights'
//! output cells or path rows.
#![no_main]

use ballflight::columns::*;
use ballflight::params::BF_MAX_STEPS_LIMIT;
use ballflight::*;
use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;
use std::ptr;
use std::sync::Once;

const REFUSALS: [i32; 5] = [BF_ERR_NULL_POINTER, BF_ERR_MISALIGNED, BF_ERR_BAD_SIZE, BF_ERR_BAD_PARAMS, BF_ERR_BAD_INPUT];

fn hostile(u: &mut Unstructured<'_>) -> Result<f64> {
    Ok(match u.int_in_range(0..=11u8)? {
        0 => f64::NAN,
        1 => f64::INFINITY,
        2 => f64::NEG_INFINITY,
        3 => 0.0,
        4 => -0.0,
        5 => f64::MAX,
        6 => -f64::MAX,
        7 => f64::MIN_POSITIVE,
        8 => 5e-324,
        9 => -1.0,
        10 => 1e300,
        _ => f64::from_bits(u.arbitrary()?),
    })
}

/// Mostly `typical` scaled by a factor in [-3, 5], sometimes hostile, sometimes exact.
fn value(u: &mut Unstructured<'_>, typical: f64) -> Result<f64> {
    Ok(match u.int_in_range(0..=9u8)? {
        0..=2 => typical,
        3..=6 => typical * (f64::from(u.arbitrary::<i8>()?) / 32.0 + 1.0),
        7 => typical + f64::from(u.arbitrary::<i16>()?),
        _ => hostile(u)?,
    })
}

/// A count as claimed: mostly `actual`, sometimes zero, negative or overflowing (all refused).
fn claimed(u: &mut Unstructured<'_>, actual: usize) -> Result<i64> {
    Ok(match u.int_in_range(0..=15u8)? {
        0 => 0,
        1 => -1 - i64::from(u.arbitrary::<u8>()?),
        2 => i64::MAX,
        3 => i64::MAX / 8 + 1,
        _ => actual as i64,
    })
}

const FT: f64 = 0.3048;

fn batted_ball(u: &mut Unstructured<'_>) -> Result<[f64; BF_INPUT_COUNT as usize]> {
    let typical = [
        0.0,           // x
        0.0,           // y
        3.0 * FT,      // z
        40.0,          // vx
        0.0,           // vy
        18.0,          // vz
        0.0,           // spin_x
        -200.0,        // spin_y
        0.0,           // spin_z
        0.0059,        // drag_k
        2.0,           // wind_x
        -1.0,          // wind_y
        0.2,           // shear_exponent
        10.0,          // shear_reference_height
        120.0,         // fence_distance
        3.0,           // fence_height
        f64::NEG_INFINITY, // plane_y (none)
    ];
    let mut f = [0.0; BF_INPUT_COUNT as usize];
    for (c, t) in typical.into_iter().enumerate() {
        f[c] = if u.ratio(1, 4)? { value(u, t)? } else { t };
    }
    if u.ratio(1, 4)? {
        f[BF_COL_PLANE_Y as usize] = value(u, 18.0)?;
    }
    Ok(f)
}

struct Table {
    values: Vec<f64>,
    speeds: i64,
    spins: i64,
}

fn table(u: &mut Unstructured<'_>) -> Result<Table> {
    let speeds = u.int_in_range(2..=12usize)?;
    let spins = u.int_in_range(2..=6usize)?;
    let mut values = Vec::with_capacity(speeds * spins);
    for _ in 0..speeds * spins {
        values.push(if u.ratio(1, 16)? { hostile(u)? } else { 0.2 + f64::from(u.arbitrary::<u8>()?) / 512.0 });
    }
    // Out-of-range node counts are refused before the table is read, so the buffer may be short.
    let mut count = |actual: usize| -> Result<i64> {
        Ok(match u.int_in_range(0..=15u8)? {
            0 => 1,
            1 => -3,
            2 => BF_TABLE_MAX_NODES + 1,
            3 => i64::MAX,
            _ => actual as i64,
        })
    };
    Ok(Table { speeds: count(speeds)?, spins: count(spins)?, values })
}

fn params(u: &mut Unstructured<'_>) -> Result<BfParams> {
    let dt = match u.int_in_range(0..=5u8)? {
        0 => 0.001,
        1 => 0.005,
        2 => 0.01,
        3 => 0.1,
        4 => 1e-6,
        _ => hostile(u)?,
    };
    // Short limits keep one run fast; 0, negative and oversized limits are refused.
    let max_steps = match u.int_in_range(0..=9u8)? {
        0 => 0,
        1 => -5,
        2 => BF_MAX_STEPS_LIMIT + 1,
        _ => u.int_in_range(1..=4000i64)?,
    };
    let tau: f64 = 10000.0;
    let drag_model = match u.int_in_range(0..=9u8)? {
        0..=2 => BF_DRAG_NATHAN,
        3..=5 => BF_DRAG_CRISIS,
        6..=8 => BF_DRAG_TABLE,
        _ => i64::from(u.arbitrary::<i8>()?),
    };
    let mut f = |t: f64| -> Result<f64> { if u.ratio(1, 6)? { value(u, t) } else { Ok(t) } };
    Ok(BfParams {
        dt,
        max_steps,
        gravity: f(9.80665)?,
        radius: f(0.0366)?,
        cd0: f(0.3008)?,
        cd_spin_per_rad_per_s: f(0.0292 / 104.72)?,
        cl0: f(0.583)?,
        cl1: f(2.333)?,
        cl2: f(1.120)?,
        decay_half_step: f((-0.005 / (2.0 * tau)).exp())?,
        decay_full_step: f((-0.005 / tau).exp())?,
        shear_min_height: f(FT)?,
        drag_model,
        crisis_cd_delta: f(0.2)?,
        crisis_speed: f(35.0)?,
        crisis_exp_scale: f(std::f64::consts::LOG2_E / 5.0)?,
        table: ptr::null(),
        table_speed_count: 0,
        table_spin_count: 0,
        table_speed_scale: f(10.0 / 7.0)?,
        table_spin_scale: f(14.0 / 700.0)?,
    })
}

fn last_error() -> String {
    // SAFETY: a null buffer asks for the length, then a buffer of that size.
    let n = unsafe { bf_last_error(ptr::null_mut(), 0) };
    let mut buf = vec![0u8; n as usize + 1];
    // SAFETY: buf holds n + 1 bytes.
    unsafe { bf_last_error(buf.as_mut_ptr(), buf.len() as i64) };
    String::from_utf8_lossy(&buf[..n as usize]).into_owned()
}

fn run(u: &mut Unstructured<'_>) -> Result<()> {
    // Above 2 x 64 flights the pool splits the batch: exercise both paths.
    let capacity = if u.ratio(1, 8)? { u.int_in_range(128..=200usize)? } else { u.int_in_range(1..=20usize)? };
    let count = match u.int_in_range(0..=11u8)? {
        0 => 0,
        1 => -1,
        2 => capacity as i64 + 1,
        _ => u.int_in_range(1..=capacity)? as i64,
    };
    let claimed_capacity = claimed(u, capacity)?;
    let columns = BF_COLUMN_COUNT as usize;
    let mut batch = vec![0.0f64; capacity * columns];
    for i in 0..capacity {
        let flight = batted_ball(u)?;
        for (c, v) in flight.into_iter().enumerate() {
            batch[c * capacity + i] = v;
        }
    }
    // Output cells start as garbage: the kernel must overwrite exactly the flights' cells.
    for v in &mut batch[BF_INPUT_COUNT as usize * capacity..] {
        *v = f64::from_bits(u.arbitrary()?);
    }

    let mut p = params(u)?;
    let t = table(u)?;
    p.table_speed_count = t.speeds;
    p.table_spin_count = t.spins;

    let samples = u.int_in_range(0..=24usize)?;
    let path_flights = if count >= 1 { count as usize + u.int_in_range(0..=2usize)? } else { 1 };
    let mut path = vec![f64::from_bits(0x7ff8_dead_beef_0001); path_flights * samples * 4];
    let use_path = samples > 0 && u.ratio(1, 2)?;
    let (mut path_ptr, claimed_flights, claimed_samples) = if use_path {
        let flights = match u.int_in_range(0..=11u8)? {
            0 => path_flights as i64 - 3,
            _ => claimed(u, path_flights)?,
        };
        (path.as_mut_ptr(), flights, claimed(u, samples)?)
    } else {
        (ptr::null_mut(), 0, 0)
    };
    let path_stride = match u.int_in_range(0..=7u8)? {
        0 => 0,
        1 => -7,
        2 => i64::MAX,
        _ => u.int_in_range(1..=50i64)?,
    };

    // Where the table lives: its own vector, null, misaligned, or over the batch or the path.
    let mut batch_ptr = batch.as_mut_ptr();
    p.table = match u.int_in_range(0..=15u8)? {
        0 => ptr::null(),
        1 => t.values.as_ptr().cast::<u8>().wrapping_add(4).cast(),
        2 => batch.as_ptr(),
        3 if use_path => path.as_ptr(),
        _ => t.values.as_ptr(),
    };
    match u.int_in_range(0..=31u8)? {
        0 => batch_ptr = ptr::null_mut(),
        1 => batch_ptr = batch_ptr.cast::<u8>().wrapping_add(2).cast(),
        2 if use_path => path_ptr = batch_ptr.wrapping_add(3),
        3 if use_path => path_ptr = path_ptr.cast::<u8>().wrapping_add(1).cast(),
        _ => {}
    }
    let params_ptr: *const BfParams = if u.ratio(1, 64)? { ptr::null() } else { &p };

    let before = batch.clone();
    // SAFETY: every pointer is null, misaligned, overlapping, or backed by the memory its
    // claimed sizes describe unless those sizes overflow; all other cases are refused first.
    let rc = unsafe {
        bf_integrate(batch_ptr, claimed_capacity, count, params_ptr, path_ptr, claimed_flights, claimed_samples, path_stride)
    };
    if rc == BF_OK {
        let n = count as usize;
        for c in 0..columns {
            for i in 0..capacity {
                let (was, now) = (before[c * capacity + i], batch[c * capacity + i]);
                if c < BF_INPUT_COUNT as usize || i >= n {
                    assert_eq!(was.to_bits(), now.to_bits(), "column {c} flight {i} changed");
                }
            }
        }
        for i in 0..n {
            let reason = batch[BF_COL_END_REASON as usize * capacity + i];
            assert!(
                [BF_END_GROUND, BF_END_PLANE, BF_END_TIMEOUT].iter().any(|&r| f64::from(r) == reason),
                "flight {i}: end reason {reason}"
            );
            let kept = batch[BF_COL_PATH_COUNT as usize * capacity + i];
            assert!(kept >= 0.0 && kept <= if use_path { samples as f64 } else { 0.0 }, "flight {i}: path count {kept}");
        }
        if use_path {
            // Rows past the flights are never written.
            assert!(path[n * samples * 4..].iter().all(|v| v.to_bits() == 0x7ff8_dead_beef_0001));
        }
    } else {
        assert!(rc != BF_ERR_PANIC, "the kernel panicked: {}", last_error());
        assert!(REFUSALS.contains(&rc), "unknown code {rc}: {}", last_error());
        assert!(!last_error().is_empty(), "refusal {rc} without a message");
        assert_eq!(before.len(), batch.len());
        for (k, (was, now)) in before.iter().zip(&batch).enumerate() {
            assert_eq!(was.to_bits(), now.to_bits(), "refused call changed batch[{k}]");
        }
    }
    Ok(())
}

static POOL: Once = Once::new();

fuzz_target!(|data: &[u8]| {
    POOL.call_once(|| assert_eq!(bf_set_threads(2), BF_OK));
    let _ = run(&mut Unstructured::new(data));
});
