//! `sin`, `cos` and `tan`, correctly rounded in nearly all cases: the argument
//! is reduced modulo pi/2 exactly (with 1280 bits of 2/pi and big integers),
//! the Taylor series evaluated in double-double arithmetic, and the result
//! rounded once. glibc's results (IBM's code, which is not used here) are
//! correctly rounded in nearly all cases too.
//!
//! This accurate path is the second phase: below 2^19 the fast phase of
//! [`super::trig_fast`] answers first whenever its error bound shows that
//! its result is the correctly rounded one (all but about 1 argument in
//! 500), so the results are this path's, bit for bit.

use num_bigint::BigUint;
use num_traits::ToPrimitive;

use super::dd::Dd;
use super::power_of_two;
use super::trig_data::{
    COS_COEFFICIENTS, HALF_PI, SIN_COEFFICIENTS, TWO_OVER_PI, TWO_OVER_PI_BITS,
};
use super::trig_fast;

/// Below this, x is its own reduced argument (a little under pi/4).
const REDUCTION_THRESHOLD: f64 = 0.785;
/// Below this magnitude, sin(x) and tan(x) round to x and cos(x) to 1.
const TINY: f64 = power_of_two(-300);

/// `x = n*pi/2 + r` for finite `x >= REDUCTION_THRESHOLD`: `(n mod 4, r)` with
/// |r| <= pi/4, computed from the exact product of x with 2/pi's bits.
fn reduce(x: f64) -> (u32, Dd) {
    let bits = x.to_bits();
    let mantissa = (bits & ((1 << 52) - 1)) | (1 << 52);
    let exponent = ((bits >> 52) & 0x7ff) as i64 - 1075;
    // x * 2/pi = product * 2^-fraction_bits.
    let two_over_pi = BigUint::from_slice(
        &TWO_OVER_PI
            .iter()
            .flat_map(|limb| [*limb as u32, (*limb >> 32) as u32])
            .collect::<Vec<u32>>(),
    );
    let product = two_over_pi * BigUint::from(mantissa);
    let fraction_bits = (i64::from(TWO_OVER_PI_BITS) - exponent) as u64;
    let mut quotient = &product >> fraction_bits;
    let mut fraction = &product - (&quotient << fraction_bits);
    let half = BigUint::from(1u32) << (fraction_bits - 1);
    let mut negative = false;
    if fraction >= half {
        quotient += 1u32;
        fraction = (BigUint::from(1u32) << fraction_bits) - fraction;
        negative = true;
    }
    let quadrant = (&quotient & BigUint::from(3u32)).to_u32().unwrap_or(0);
    // The fraction as a double-double from its top 126 bits.
    let significant = fraction.bits();
    let shift = significant.saturating_sub(126);
    let top = (&fraction >> shift).to_u128().unwrap_or(0);
    let hi = top as f64;
    let lo = (top as i128 - hi as i128) as f64;
    let exponent = shift as i64 - fraction_bits as i64;
    // 2^exponent in two steps, as it can be below the normal range when the
    // fraction is short (the result is then far above it).
    let first = exponent.clamp(-1000, 0);
    let second = (exponent - first).clamp(-1000, 0);
    let mut value = Dd::new(hi, lo)
        .scale(power_of_two(first as i32))
        .scale(power_of_two(second as i32));
    if negative {
        value = -value;
    }
    (quadrant, value * HALF_PI)
}

/// sin(r) for |r| <= pi/4.
fn sin_kernel(r: Dd) -> Dd {
    let z = r * r;
    let mut p = SIN_COEFFICIENTS[SIN_COEFFICIENTS.len() - 1];
    for coefficient in SIN_COEFFICIENTS.iter().rev().skip(1) {
        p = p * z + *coefficient;
    }
    r + r * (z * p)
}

/// cos(r) for |r| <= pi/4.
fn cos_kernel(r: Dd) -> Dd {
    let z = r * r;
    let mut p = COS_COEFFICIENTS[COS_COEFFICIENTS.len() - 1];
    for coefficient in COS_COEFFICIENTS.iter().rev().skip(1) {
        p = p * z + *coefficient;
    }
    z * p + 1.0
}

/// pi/2 as a sum of parts, the first three of 33 bits so that their products
/// with an integer below 2^20 are exact (Cody and Waite), about 214 bits.
const HALF_PI_PARTS: [f64; 5] = [
    f64::from_bits(0x3ff921fb54400000), // 0x1.921fb544p+0
    f64::from_bits(0x3dd0b4611a600000), // 0x1.0b4611a6p-34
    f64::from_bits(0x3ba3198a2e000000), // 0x1.3198a2ep-69
    f64::from_bits(0x397b839a252049c1), // 0x1.b839a252049c1p-104
    f64::from_bits(0x35f14cf98e804178), // 0x1.14cf98e804178p-160
];
/// 2/pi rounded.
const TWO_OVER_PI_ROUNDED: f64 = f64::from_bits(0x3fe45f306dc9c883);
/// Below this, [`reduce_fast`] applies (n < 2^19).
const FAST_REDUCTION_LIMIT: f64 = power_of_two(19);
/// Below this |r|, the fast reduction may have lost too many bits.
const FAST_REDUCTION_SMALLEST: f64 = power_of_two(-30);

/// [`reduce`] for x < 2^19 by Cody and Waite's method: `None` when r is so
/// small that the rounding errors could matter (then [`reduce`] is exact).
fn reduce_fast(x: f64) -> Option<(u32, Dd)> {
    let n = (x * TWO_OVER_PI_ROUNDED).round();
    // x - n*P0 is exact (Sterbenz), and so are n*P0, n*P1 and n*P2.
    let first = x - n * HALF_PI_PARTS[0];
    let mut r = Dd::new(first, -(n * HALF_PI_PARTS[1]));
    r = r + -(n * HALF_PI_PARTS[2]);
    r = r - Dd::product(n, HALF_PI_PARTS[3]);
    r = r - Dd::product(n, HALF_PI_PARTS[4]);
    if r.hi.abs() < FAST_REDUCTION_SMALLEST {
        return None;
    }
    Some(((n as u64 % 4) as u32, r))
}

/// The quadrant and reduced argument of |x| for finite x.
fn reduced(magnitude: f64) -> (u32, Dd) {
    if magnitude < REDUCTION_THRESHOLD {
        (0, Dd::from_f64(magnitude))
    } else if magnitude < FAST_REDUCTION_LIMIT {
        reduce_fast(magnitude).unwrap_or_else(|| reduce(magnitude))
    } else {
        reduce(magnitude)
    }
}

/// The sine, correctly rounded in nearly all cases.
pub(crate) fn sin(x: f64) -> f64 {
    if !x.is_finite() {
        return f64::NAN;
    }
    let magnitude = x.abs();
    if magnitude < TINY {
        return x;
    }
    let result = trig_fast::sin(magnitude).unwrap_or_else(|| sin_accurate(magnitude));
    if x < 0.0 {
        -result
    } else {
        result
    }
}

/// The cosine, correctly rounded in nearly all cases.
pub(crate) fn cos(x: f64) -> f64 {
    if !x.is_finite() {
        return f64::NAN;
    }
    let magnitude = x.abs();
    if magnitude < TINY {
        return 1.0;
    }
    trig_fast::cos(magnitude).unwrap_or_else(|| cos_accurate(magnitude))
}

/// The tangent, correctly rounded in nearly all cases.
pub(crate) fn tan(x: f64) -> f64 {
    if !x.is_finite() {
        return f64::NAN;
    }
    let magnitude = x.abs();
    if magnitude < TINY {
        return x;
    }
    let result = trig_fast::tan(magnitude).unwrap_or_else(|| tan_accurate(magnitude));
    if x < 0.0 {
        -result
    } else {
        result
    }
}

/// `sin(x + quarter_turns*pi/2)` for finite `x >= 2^-300` by the accurate
/// path, before its rounding.
pub(super) fn accurate(x: f64, quarter_turns: u32) -> Dd {
    let (quadrant, r) = reduced(x);
    match (quadrant + quarter_turns) % 4 {
        0 => sin_kernel(r),
        1 => cos_kernel(r),
        2 => -sin_kernel(r),
        _ => -cos_kernel(r),
    }
}

/// `sin(x)` for finite `x >= 2^-300` by the accurate path alone.
pub(super) fn sin_accurate(x: f64) -> f64 {
    accurate(x, 0).to_f64()
}

/// `cos(x)` for finite `x >= 2^-300` by the accurate path alone.
pub(super) fn cos_accurate(x: f64) -> f64 {
    accurate(x, 1).to_f64()
}

/// `tan(x)` for finite `x >= 2^-300` by the accurate path alone.
pub(super) fn tan_accurate(x: f64) -> f64 {
    let (quadrant, r) = reduced(x);
    let value = if quadrant % 2 == 0 {
        sin_kernel(r) / cos_kernel(r)
    } else {
        -(cos_kernel(r) / sin_kernel(r))
    };
    value.to_f64()
}
