//! Bilinear reading of the drag-coefficient table (`BF_DRAG_TABLE`): the operations of
//! `ballflight.kernel.CoefficientTable`, in the same order, so both kernels get the same bits.

use crate::params::BfParams;

/// `x` clamped to `[0, max]`; NaN gives 0 (Java's `CoefficientTable.clamp`).
#[inline(always)]
fn clamp(x: f64, max: f64) -> f64 {
    if !(x > 0.0) {
        return 0.0;
    }
    if x < max { x } else { max }
}

/// Grid spin coordinate of spin `omega` (rad/s), clamped: once per RK4 stage spin.
#[inline(always)]
pub(crate) fn spin_position(p: &BfParams, omega: f64) -> f64 {
    clamp(omega * p.table_spin_scale, (p.table_spin_count - 1) as f64)
}

/// `Cd` at relative speed `speed` (m/s) and grid spin coordinate `spin_pos`.
#[inline(always)]
pub(crate) fn interpolate(p: &BfParams, speed: f64, spin_pos: f64) -> f64 {
    // SAFETY: the kernel is reached only through the unsafe entry points (`integrate`, `fly*`),
    // whose contract makes the table readable for the whole call.
    let cd = unsafe { p.table_values() };
    let n = p.table_speed_count as usize;
    let m = p.table_spin_count as usize;
    let u = clamp(speed * p.table_speed_scale, (n - 1) as f64);
    let i = (u as usize).min(n - 2);
    let j = (spin_pos as usize).min(m - 2);
    let fv = u - i as f64;
    let fw = spin_pos - j as f64;
    let k = j * n + i;
    let k2 = k + n;
    let c0 = cd[k] + fv * (cd[k + 1] - cd[k]);
    let c1 = cd[k2] + fv * (cd[k2 + 1] - cd[k2]);
    c0 + fw * (c1 - c0)
}
