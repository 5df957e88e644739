//! Input checks before any flight is integrated: the rules of `ballflight.kernel.BatchValidator`,
//! in the same order, so a bad number gives an error naming the flight and the column instead
//! of a NaN result.

use crate::columns::{
    BF_COL_DRAG_K, BF_COL_FENCE_DISTANCE, BF_COL_FENCE_HEIGHT, BF_COL_PLANE_Y, BF_COL_SHEAR_EXPONENT,
    BF_COL_SHEAR_REFERENCE_HEIGHT, BF_COL_Z, BF_INPUT_COUNT, NAMES,
};

fn fail(flight: usize, column: i32, v: f64, rule: &str) -> String {
    format!("flight {flight}: {} = {v:?} {rule}", NAMES[column as usize])
}

/// Checks flights `0..count` of the input columns (`inputs[c * capacity + i]`).
pub fn check_inputs(inputs: &[f64], capacity: usize, count: usize) -> Result<(), String> {
    let at = |c: i32, i: usize| inputs[c as usize * capacity + i];
    for c in 0..BF_INPUT_COUNT {
        for i in 0..count {
            let v = at(c, i);
            let ok = v.is_finite() || (c == BF_COL_PLANE_Y && v == f64::NEG_INFINITY);
            if !ok {
                return Err(fail(i, c, v, "must be finite"));
            }
        }
    }
    let at_least_zero = [BF_COL_Z, BF_COL_DRAG_K, BF_COL_SHEAR_EXPONENT, BF_COL_FENCE_DISTANCE, BF_COL_FENCE_HEIGHT];
    for i in 0..count {
        for c in at_least_zero {
            let v = at(c, i);
            if v < 0.0 {
                return Err(fail(i, c, v, "must be >= 0.0"));
            }
        }
        let reference = at(BF_COL_SHEAR_REFERENCE_HEIGHT, i);
        if !(reference > 0.0) {
            return Err(fail(i, BF_COL_SHEAR_REFERENCE_HEIGHT, reference, "must be > 0"));
        }
    }
    Ok(())
}
