//! CPython's `round()` of a float: to an integer, or to `ndigits` decimal places.
//!
//! Both round half to even on the exact binary value, so `round(2.675, 2)` is 2.67
//! (the double 2.675 is a little below it) and `round(0.5)` is 0.

use num_bigint::BigInt;

use super::decimal_digits::fixed_digits;

/// `round(x, ndigits)` would be too large for a float, as `round(1.7e308, -308)`:
/// an `OverflowError`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoundOverflowError;

impl RoundOverflowError {
    /// The Python exception type CPython raises.
    pub fn python_type(&self) -> &'static str {
        "OverflowError"
    }

    /// CPython 3.11's message.
    pub fn cpython_message(&self) -> String {
        "rounded value too large to represent".to_owned()
    }
}

/// CPython's `round(value, ndigits)` for a float: the double nearest to the exact
/// value rounded half to even at the `ndigits`-th decimal place (negative: tens,
/// hundreds...). Infinities and NaN round to themselves; a result rounded to zero
/// keeps the sign (`round(-0.4, 0)` is `-0.0`).
///
/// The VM clamps a huge Python `ndigits` into `i64` first, as CPython does.
pub fn round_float(value: f64, ndigits: i64) -> Result<f64, RoundOverflowError> {
    // Beyond these every double rounds to itself or to zero (CPython's NDIGITS_MAX/MIN).
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !value.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(value);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * value);
    }
    let decimal = fixed_digits(value, ndigits);
    let digits = String::from_utf8_lossy(&decimal.digits);
    let exponent = decimal.decimal_point - decimal.digits.len() as i64;
    let sign = if value.is_sign_negative() { "-" } else { "" };
    // Rust's parsing is correctly rounded, as Gay's strtod that CPython uses here.
    let rounded: f64 = format!("{sign}0{digits}e{exponent}")
        .parse()
        .map_err(|_| RoundOverflowError)?;
    if rounded.is_infinite() {
        return Err(RoundOverflowError);
    }
    Ok(rounded)
}

/// CPython's `round(value)` for a float: the nearest integer, half to even
/// (`round(0.5)` is 0, `round(1.5)` and `round(2.5)` are 2). `None` for an infinity
/// (the VM raises `OverflowError: cannot convert float infinity to integer`) or NaN
/// (`ValueError: cannot convert float NaN to integer`).
pub fn round_half_even_to_int(value: f64) -> Option<BigInt> {
    if !value.is_finite() {
        return None;
    }
    integral_float_to_bigint(value.round_ties_even())
}

/// The exact integer of an integral finite double.
pub(crate) fn integral_float_to_bigint(value: f64) -> Option<BigInt> {
    if !value.is_finite() || value.fract() != 0.0 {
        return None;
    }
    let bits = value.to_bits();
    let biased_exponent = ((bits >> 52) & 0x7ff) as i64;
    if biased_exponent == 0 {
        // Zero (an integral subnormal does not exist).
        return Some(BigInt::from(0));
    }
    let mantissa = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let exponent = biased_exponent - 1075;
    let magnitude = if exponent >= 0 {
        BigInt::from(mantissa) << exponent as u64
    } else {
        BigInt::from(
            mantissa
                .checked_shr(exponent.unsigned_abs() as u32)
                .unwrap_or(0),
        )
    };
    Some(if value < 0.0 { -magnitude } else { magnitude })
}
