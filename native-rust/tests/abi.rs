//! The C ABI refuses bad calls with an error code and a message, and never crashes.

mod common;

use ballflight::columns::*;
use ballflight::pool::BF_MAX_THREADS;
use ballflight::*;
use common::*;
use std::ptr;

fn last_error() -> String {
    // SAFETY: null buffer asks for the length only; then a buffer of that size.
    let n = unsafe { bf_last_error(ptr::null_mut(), 0) };
    let mut buf = vec![0u8; n as usize + 1];
    // SAFETY: buf holds n + 1 bytes.
    let m = unsafe { bf_last_error(buf.as_mut_ptr(), buf.len() as i64) };
    assert_eq!(m, n);
    String::from_utf8(buf[..n as usize].to_vec()).unwrap()
}

fn call(b: &mut Batch, count: i64, p: *const BfParams) -> i32 {
    // SAFETY: the batch vector holds capacity * COUNT doubles.
    unsafe { bf_integrate(b.data.as_mut_ptr(), b.capacity as i64, count, p, ptr::null_mut(), 0, 0, 0) }
}

fn good_batch() -> Batch {
    let mut b = Batch::new(4);
    for i in 0..4 {
        b.batted(i, 95.0, 25.0, 2000.0, RHO_STANDARD);
    }
    b
}

#[test]
fn valid_call_succeeds() {
    let p = nathan_params(0.005);
    let mut b = good_batch();
    assert_eq!(call(&mut b, 4, &p), BF_OK);
    assert_eq!(b.get(BF_COL_END_REASON, 3), f64::from(BF_END_GROUND));
    assert!(bf_abi_version() == BF_ABI_VERSION);
}

#[test]
fn null_pointers_are_refused() {
    let p = nathan_params(0.005);
    // SAFETY: null pointers must be rejected before any access.
    let rc = unsafe { bf_integrate(ptr::null_mut(), 4, 4, &p, ptr::null_mut(), 0, 0, 0) };
    assert_eq!(rc, BF_ERR_NULL_POINTER);
    assert!(last_error().contains("batch"), "{}", last_error());
    let mut b = good_batch();
    assert_eq!(call(&mut b, 4, ptr::null()), BF_ERR_NULL_POINTER);
    assert!(last_error().contains("params"));
}

#[test]
fn misaligned_pointer_is_refused() {
    let p = nathan_params(0.005);
    let mut b = good_batch();
    let odd = b.data.as_mut_ptr().cast::<u8>().wrapping_add(4).cast::<f64>();
    // SAFETY: rejected on alignment before any access.
    let rc = unsafe { bf_integrate(odd, 2, 2, &p, ptr::null_mut(), 0, 0, 0) };
    assert_eq!(rc, BF_ERR_MISALIGNED);
    assert!(last_error().contains("aligned"));
}

#[test]
fn bad_sizes_are_refused() {
    let p = nathan_params(0.005);
    let mut b = good_batch();
    assert_eq!(call(&mut b, 0, &p), BF_ERR_BAD_SIZE);
    assert!(last_error().contains("empty"), "{}", last_error());
    assert_eq!(call(&mut b, 5, &p), BF_ERR_BAD_SIZE);
    assert!(last_error().contains("capacity"));
    assert_eq!(call(&mut b, -1, &p), BF_ERR_BAD_SIZE);
    // SAFETY: sizes are checked before any access.
    let huge = unsafe { bf_integrate(b.data.as_mut_ptr(), i64::MAX, 1, &p, ptr::null_mut(), 0, 0, 0) };
    assert_eq!(huge, BF_ERR_BAD_SIZE);

    let mut path = vec![0.0; 3 * 10 * 4];
    // SAFETY: the path holds 3 flights of 10 samples; 4 flights are requested and refused.
    let rc = unsafe { bf_integrate(b.data.as_mut_ptr(), 4, 4, &p, path.as_mut_ptr(), 3, 10, 1) };
    assert_eq!(rc, BF_ERR_BAD_SIZE);
    assert!(last_error().contains("path buffer holds 3 flights"), "{}", last_error());
    // SAFETY: stride 0 is refused before any access.
    let rc = unsafe { bf_integrate(b.data.as_mut_ptr(), 4, 3, &p, path.as_mut_ptr(), 3, 10, 0) };
    assert_eq!(rc, BF_ERR_BAD_SIZE);
    // SAFETY: the path would overlap the batch; refused before any access.
    let rc = unsafe { bf_integrate(b.data.as_mut_ptr(), 4, 1, &p, b.data.as_mut_ptr().add(8), 1, 2, 1) };
    assert_eq!(rc, BF_ERR_BAD_SIZE);
    assert!(last_error().contains("overlaps"));
}

#[test]
fn a_table_overlapping_the_batch_or_the_path_is_refused() {
    let mut b = good_batch();
    let table = crisis_table_values();
    let mut p = crisis_table_params(0.001, &table);
    // The table laid over the batch's first doubles (enough of them: 4 x COUNT >= 2 x 2).
    p.table = b.data.as_ptr();
    p.table_speed_count = 2;
    p.table_spin_count = 2;
    assert_eq!(call(&mut b, 4, &p), BF_ERR_BAD_SIZE);
    assert_eq!(last_error(), "params.table overlaps the batch");

    let mut path = vec![0.0f64; 4 * 10 * 4];
    p.table = path.as_ptr().wrapping_add(8);
    // SAFETY: the table lies inside the path buffer: refused before any access.
    let rc = unsafe { bf_integrate(b.data.as_mut_ptr(), 4, 4, &p, path.as_mut_ptr(), 4, 10, 1) };
    assert_eq!(rc, BF_ERR_BAD_SIZE);
    assert_eq!(last_error(), "params.table overlaps the path buffer");

    // Adjacent, not overlapping: accepted.
    let mut joined = vec![0.0f64; table.len() + 4 * BF_COLUMN_COUNT as usize];
    joined[..table.len()].copy_from_slice(&table);
    let (t, rest) = joined.split_at_mut(table.len());
    rest.copy_from_slice(&b.data);
    let p = crisis_table_params(0.001, t);
    // SAFETY: table and batch are the two disjoint halves of one vector.
    let rc = unsafe { bf_integrate(rest.as_mut_ptr(), 4, 4, &p, ptr::null_mut(), 0, 0, 0) };
    assert_eq!(rc, BF_OK, "{}", last_error());
}

#[test]
fn bad_params_are_refused() {
    let mut b = good_batch();
    let table = crisis_table_values();
    let mut bad_table = crisis_table_values();
    bad_table[17] = f64::NAN;
    let misaligned = (table.as_ptr() as usize + 4) as *const f64;
    for (p, field) in [
        (BfParams { dt: 0.0, ..nathan_params(0.001) }, "dt"),
        (BfParams { dt: f64::NAN, ..nathan_params(0.001) }, "dt"),
        (BfParams { max_steps: 0, ..nathan_params(0.001) }, "maxSteps"),
        (BfParams { gravity: f64::INFINITY, ..nathan_params(0.001) }, "gravity"),
        (BfParams { drag_model: 3, ..nathan_params(0.001) }, "dragModel = 3"),
        (BfParams { gravity: f64::NAN, ..nathan_params(0.001) }, "gravity = NaN must be a finite number > 0"),
        (BfParams { cd0: -0.1, ..nathan_params(0.001) }, "cd0 = -0.1 must be a finite number >= 0"),
        (BfParams { cl1: -2.0, ..nathan_params(0.001) }, "cl1 = -2.0 must be a finite number >= 0"),
        (BfParams { cl0: 0.0, ..nathan_params(0.001) }, "cl0 = 0.0 must be a finite number > 0"),
        (BfParams { decay_full_step: 1.5, ..nathan_params(0.001) }, "decayFullStep = 1.5 must be in (0, 1]"),
        (BfParams { crisis_exp_scale: f64::INFINITY, ..nathan_params(0.001) }, "crisisExpScale = Infinity"),
        (BfParams { drag_model: BF_DRAG_TABLE, ..nathan_params(0.001) }, "params.table is a null pointer"),
        (BfParams { table_spin_count: 1, ..crisis_table_params(0.001, &table) }, "table_spin_count"),
        (BfParams { table_speed_count: 5000, ..crisis_table_params(0.001, &table) }, "table_speed_count"),
        (BfParams { table_speed_scale: 0.0, ..crisis_table_params(0.001, &table) }, "table_speed_scale"),
        (BfParams { table: misaligned, ..crisis_table_params(0.001, &table) }, "aligned"),
        (crisis_table_params(0.001, &bad_table), "params.table[17] = NaN"),
    ] {
        assert_eq!(call(&mut b, 4, &p), BF_ERR_BAD_PARAMS, "{field}");
        assert!(last_error().contains(field), "{}", last_error());
    }
}

#[test]
fn bad_inputs_are_refused_with_flight_and_column() {
    let p = nathan_params(0.005);
    let cases = [
        (BF_COL_VX, 2, f64::NAN, "flight 2: vx = NaN must be finite"),
        (BF_COL_PLANE_Y, 1, f64::INFINITY, "flight 1: plane_y = inf must be finite"),
        (BF_COL_DRAG_K, 3, -0.1, "flight 3: drag_k = -0.1 must be >= 0"),
        (BF_COL_Z, 0, -1.0, "flight 0: z = -1.0 must be >= 0"),
        (BF_COL_SHEAR_REFERENCE_HEIGHT, 1, 0.0, "flight 1: shear_reference_height = 0.0 must be > 0"),
    ];
    for (column, flight, value, message) in cases {
        let mut b = good_batch();
        b.set(column, flight, value);
        let before = b.data.iter().map(|v| v.to_bits()).collect::<Vec<_>>();
        assert_eq!(call(&mut b, 4, &p), BF_ERR_BAD_INPUT);
        assert!(last_error().starts_with(message), "{} vs {message}", last_error());
        let after = b.data.iter().map(|v| v.to_bits()).collect::<Vec<_>>();
        assert!(before == after, "a refused batch is left untouched");
    }
    // A bad value past `count` is not looked at.
    let mut b = good_batch();
    b.set(BF_COL_VX, 3, f64::NAN);
    assert_eq!(call(&mut b, 3, &p), BF_OK);
}

#[test]
fn thread_settings_and_info() {
    assert_eq!(bf_set_threads(-1), BF_ERR_THREADS);
    assert!(last_error().contains("thread count = -1"));
    assert_eq!(bf_set_threads(BF_MAX_THREADS + 1), BF_ERR_THREADS);
    assert_eq!(bf_set_threads(2), BF_OK);
    assert_eq!(bf_thread_count(), 2);
    assert_eq!(bf_set_threads(0), BF_OK);
    assert_eq!(bf_thread_count() as usize, std::thread::available_parallelism().unwrap().get());
    assert_eq!(bf_set_threads(1), BF_OK);
    assert_eq!(bf_thread_count(), 1);

    let mut small = [0u8; 8];
    // SAFETY: buffer of 8 bytes; the text is truncated to 7 plus NUL.
    let n = unsafe { bf_build_info(small.as_mut_ptr(), 8) };
    assert!(n > 8);
    assert_eq!(&small, b"ballfli\0");
    let mut buf = vec![0u8; n as usize + 1];
    // SAFETY: buffer large enough.
    unsafe { bf_build_info(buf.as_mut_ptr(), buf.len() as i64) };
    let info = String::from_utf8(buf[..n as usize].to_vec()).unwrap();
    assert!(info.contains(&format!("abi {BF_ABI_VERSION}")) && info.contains("simd ["), "{info}");
}
