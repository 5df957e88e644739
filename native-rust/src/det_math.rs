//! `pow` from + - * / and exact exponent manipulation only: a line-by-line port of
//! `ballflight.kernel.DeterministicMath`, so both kernels get the same bits for the wind-shear
//! power law (libm's and the JDK's `pow` may differ in the last bit).

// The literals of DeterministicMath.java, spelled the same way (they equal the std consts).
#[allow(clippy::approx_constant)]
const SQRT2: f64 = 1.4142135623730951;
#[allow(clippy::approx_constant)]
const LN2: f64 = 0.6931471805599453;
#[allow(clippy::approx_constant)]
const LOG2_E: f64 = 1.4426950408889634;
const LOG_TERMS: i32 = 14;
const EXP_TERMS: i32 = 20;

const EXP_BIT_MASK: u64 = 0x7ff0_0000_0000_0000;
const SIGNIFICAND_WIDTH: i32 = 53;
const EXP_BIAS: i32 = 1023;
const MAX_EXPONENT: i32 = 1023;
const MIN_EXPONENT: i32 = -1022;

/// `x^a` for finite `x > 0` and finite `a`, result in the normal range.
pub fn pow(x: f64, a: f64) -> f64 {
    exp2(a * log2(x))
}

fn log2(x: f64) -> f64 {
    let mut e = get_exponent(x);
    let mut m = scalb(x, -e);
    if m > SQRT2 {
        m *= 0.5;
        e += 1;
    }
    let u = (m - 1.0) / (m + 1.0);
    let u2 = u * u;
    let mut series = 1.0 / f64::from(2 * LOG_TERMS + 1);
    for k in (0..LOG_TERMS).rev() {
        series = 1.0 / f64::from(2 * k + 1) + u2 * series;
    }
    let ln_m = 2.0 * u * series;
    f64::from(e) + ln_m * LOG2_E
}

pub(crate) fn exp2(y: f64) -> f64 {
    let n = y.round_ties_even(); // Math.rint
    let g = (y - n) * LN2;
    let mut r = 1.0;
    for k in (1..=EXP_TERMS).rev() {
        r = 1.0 + g * r / f64::from(k);
    }
    // Java's (int) cast and Rust's `as` both saturate and map NaN to 0.
    scalb(r, n as i32)
}

/// `Math.getExponent(double)`: unbiased exponent field (-1023 for zero/subnormal, 1024 for
/// infinity/NaN).
pub(crate) fn get_exponent(d: f64) -> i32 {
    (((d.to_bits() & EXP_BIT_MASK) >> (SIGNIFICAND_WIDTH - 1)) as i32) - EXP_BIAS
}

/// `2^n` for `n` in the normal exponent range, built from the exponent bits.
fn power_of_two(n: i32) -> f64 {
    f64::from_bits((((i64::from(n) + i64::from(EXP_BIAS)) as u64) << (SIGNIFICAND_WIDTH - 1)) & EXP_BIT_MASK)
}

/// `Math.scalb(double, int)` with the JDK's algorithm: one multiplication by the remainder
/// `scale % 512`, then steps of `2^(+-512)`, so results that become subnormal round exactly as
/// in Java.
pub(crate) fn scalb(mut d: f64, scale_factor: i32) -> f64 {
    const MAX_SCALE: i32 = MAX_EXPONENT - MIN_EXPONENT + SIGNIFICAND_WIDTH + 1;
    let mut scale = scale_factor;
    let (increment, delta) = if scale < 0 {
        scale = scale.max(-MAX_SCALE);
        (-512, power_of_two(-512))
    } else {
        scale = scale.min(MAX_SCALE);
        (512, power_of_two(512))
    };
    // scale % +-512 with the sign of scale (Hacker's Delight 10-2, as in the JDK).
    let t = (((scale >> 8) as u32) >> 23) as i32;
    let adjust = ((scale + t) & 511) - t;
    d *= power_of_two(adjust);
    scale -= adjust;
    while scale != 0 {
        d *= delta;
        scale -= increment;
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pow_matches_libm_within_documented_error() {
        let bases: [f64; 11] = [0.0305, 0.1, 0.5, 0.9999, 1.0, 1.0001, 2.0, 3.7, 17.0, 120.0, 1e4];
        let exponents: [f64; 7] = [0.0, 0.07, 0.14, 0.25, 0.4, 1.0, 2.5];
        for &x in &bases {
            for &a in &exponents {
                let want = x.powf(a);
                let got = pow(x, a);
                assert!(((got - want) / want).abs() < 1e-15, "pow({x}, {a}) = {got}, libm {want}");
            }
        }
    }

    #[test]
    fn get_exponent_follows_the_exponent_field() {
        assert_eq!(get_exponent(1.0), 0);
        assert_eq!(get_exponent(3.0), 1);
        assert_eq!(get_exponent(0.3), -2);
        assert_eq!(get_exponent(f64::MIN_POSITIVE), -1022);
        assert_eq!(get_exponent(f64::MIN_POSITIVE / 4.0), -1023);
        assert_eq!(get_exponent(0.0), -1023);
        assert_eq!(get_exponent(f64::INFINITY), 1024);
        assert_eq!(get_exponent(f64::NAN), 1024);
    }

    #[test]
    fn scalb_is_exact_in_range_and_saturates() {
        assert_eq!(scalb(1.5, 3), 12.0);
        assert_eq!(scalb(12.0, -3), 1.5);
        assert_eq!(scalb(1.0, 1023), 2f64.powi(1023));
        assert_eq!(scalb(1.0, 1024), f64::INFINITY);
        assert_eq!(scalb(1.0, -1074), f64::from_bits(1));
        assert_eq!(scalb(1.0, -1075), 0.0);
        assert_eq!(scalb(f64::from_bits(1), 1074), 1.0);
        assert_eq!(scalb(3.0, i32::MAX), f64::INFINITY);
        assert_eq!(scalb(3.0, i32::MIN), 0.0);
        // -1 % 512 must keep its sign, otherwise the loop never ends.
        assert_eq!(scalb(2.0, -1), 1.0);
        assert_eq!(scalb(1.0, -600), 2f64.powi(-600));
    }
}
