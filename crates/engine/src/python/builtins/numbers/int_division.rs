//! `a / b` for two ints: correctly rounded, as CPython's `long_true_divide`.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::{Int, NumericError};

/// The bits of a double's significand.
const MANTISSA_BITS: i64 = 53;
/// C's `DBL_MIN_EXP`.
const MIN_EXPONENT: i64 = -1021;
/// C's `DBL_MAX_EXP`.
const MAX_EXPONENT: i64 = 1024;

/// `a / b`: the double nearest the exact quotient, rounded half to even.
pub fn int_true_div(left: &Int, right: &Int) -> Result<f64, NumericError> {
    if right.is_zero() {
        return Err(NumericError::IntTrueDivisionByZero);
    }
    if let (Int::Small(a), Int::Small(b)) = (left, right) {
        if a.unsigned_abs() <= 1 << MANTISSA_BITS && b.unsigned_abs() <= 1 << MANTISSA_BITS {
            // Both are exact doubles, and IEEE division rounds correctly.
            return Ok(*a as f64 / *b as f64);
        }
    }
    let negate = left.is_negative() != right.is_negative();
    let numerator = left.to_big().abs();
    let denominator = right.to_big().abs();
    let signed_zero = if negate { -0.0 } else { 0.0 };
    if numerator.is_zero() {
        return Ok(signed_zero);
    }
    let difference = numerator.bits() as i64 - denominator.bits() as i64;
    if difference > MAX_EXPONENT {
        return Err(NumericError::DivisionResultTooLargeForFloat);
    }
    if difference < MIN_EXPONENT - MANTISSA_BITS - 1 {
        return Ok(signed_zero);
    }
    // Scale so that the quotient has MANTISSA_BITS + 2 or + 3 bits.
    let shift = difference.max(MIN_EXPONENT) - MANTISSA_BITS - 2;
    let mut inexact = false;
    let scaled = if shift > 0 {
        let shift_usize = shift as usize;
        let mask = (BigInt::one() << shift_usize) - 1;
        inexact = !(&numerator & &mask).is_zero();
        numerator >> shift_usize
    } else {
        numerator << (-shift) as usize
    };
    let (quotient, remainder) = scaled.div_rem(&denominator);
    inexact |= !remainder.is_zero();
    let mut quotient = quotient.to_u64().unwrap_or(u64::MAX);
    let quotient_bits = i64::from(64 - quotient.leading_zeros());
    let extra_bits = quotient_bits.max(MIN_EXPONENT - shift) - MANTISSA_BITS;
    let half = 1u64 << (extra_bits - 1);
    let low = quotient | u64::from(inexact);
    if low & half != 0 && low & (3 * half - 1) != 0 {
        quotient += half;
    }
    quotient &= !(2 * half - 1);
    if shift + quotient_bits > MAX_EXPONENT {
        return Err(NumericError::DivisionResultTooLargeForFloat);
    }
    let result = scale_by_power_of_two(quotient as f64, shift);
    if result.is_infinite() {
        return Err(NumericError::DivisionResultTooLargeForFloat);
    }
    Ok(if negate { -result } else { result })
}

/// `value * 2**exponent` (C's `ldexp`), exact when the result is representable.
pub(super) fn scale_by_power_of_two(value: f64, exponent: i64) -> f64 {
    let mut result = value;
    let mut remaining = exponent;
    while remaining > 1000 {
        result *= 2f64.powi(1000);
        remaining -= 1000;
    }
    while remaining < -1000 {
        result *= 2f64.powi(-1000);
        remaining += 1000;
    }
    result * 2f64.powi(remaining as i32)
}
