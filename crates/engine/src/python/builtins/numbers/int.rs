//! Python's `int`: a machine integer while it fits, a big integer beyond.

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_traits::{FromPrimitive, Signed, ToPrimitive, Zero};

use super::NumericError;

/// A Python `int`, normalised: `Big` only when the value does not fit an `i64`,
/// so two equal values always have the same variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Int {
    /// A value that fits in 64 bits.
    Small(i64),
    /// A value outside the `i64` range.
    Big(BigInt),
}

impl Int {
    /// The normalised `Int` of a big integer.
    pub fn from_big(value: BigInt) -> Int {
        match value.to_i64() {
            Some(small) => Int::Small(small),
            None => Int::Big(value),
        }
    }

    /// The value as a big integer.
    pub fn to_big(&self) -> BigInt {
        match self {
            Int::Small(small) => BigInt::from(*small),
            Int::Big(big) => big.clone(),
        }
    }

    /// The value as an `i64`, when it fits.
    pub fn to_i64(&self) -> Option<i64> {
        match self {
            Int::Small(small) => Some(*small),
            Int::Big(_) => None,
        }
    }

    /// Whether the value is 0.
    pub fn is_zero(&self) -> bool {
        matches!(self, Int::Small(0))
    }

    /// Whether the value is below 0.
    pub fn is_negative(&self) -> bool {
        match self {
            Int::Small(small) => *small < 0,
            Int::Big(big) => big.is_negative(),
        }
    }

    /// `int.bit_length()`: the number of bits of the absolute value.
    pub fn bit_length(&self) -> u64 {
        match self {
            Int::Small(small) => u64::from(64 - small.unsigned_abs().leading_zeros()),
            Int::Big(big) => big.bits(),
        }
    }
}

impl From<i64> for Int {
    fn from(value: i64) -> Int {
        Int::Small(value)
    }
}

impl From<BigInt> for Int {
    fn from(value: BigInt) -> Int {
        Int::from_big(value)
    }
}

impl PartialOrd for Int {
    fn partial_cmp(&self, other: &Int) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Int {
    /// Python's comparison of two ints.
    fn cmp(&self, other: &Int) -> Ordering {
        match (self, other) {
            (Int::Small(left), Int::Small(right)) => left.cmp(right),
            _ => self.to_big().cmp(&other.to_big()),
        }
    }
}

/// `float(n)`: the nearest double, rounded half to even; OverflowError beyond
/// the largest double.
pub fn int_to_float(value: &Int) -> Result<f64, NumericError> {
    match value {
        Int::Small(small) => Ok(*small as f64),
        Int::Big(big) => {
            // num-bigint keeps a sticky bit below the 64 high bits, so the
            // conversion is correctly rounded.
            let converted = big.to_f64().unwrap_or(f64::INFINITY);
            if converted.is_finite() {
                Ok(converted)
            } else {
                Err(NumericError::IntTooLargeForFloat)
            }
        }
    }
}

/// `int(x)` for a float: truncation toward zero.
pub fn float_to_int(value: f64) -> Result<Int, NumericError> {
    if value.is_nan() {
        return Err(NumericError::NanToInt);
    }
    if value.is_infinite() {
        return Err(NumericError::InfinityToInt);
    }
    let truncated = value.trunc();
    if truncated.abs() < 9.0e18 {
        return Ok(Int::Small(truncated as i64));
    }
    Ok(Int::from_big(
        BigInt::from_f64(truncated).unwrap_or_else(BigInt::zero),
    ))
}

/// `n < x`, `n == x`, ... between an int and a float, exactly as CPython compares
/// them (no rounding of the int); `None` when the float is NaN.
pub fn int_float_compare(left: &Int, right: f64) -> Option<Ordering> {
    if right.is_nan() {
        return None;
    }
    if right.is_infinite() {
        return Some(if right > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let Int::Small(small) = left {
        if small.unsigned_abs() <= 1 << 53 {
            return (*small as f64).partial_cmp(&right);
        }
    }
    let floor = right.floor();
    let floor_int = BigInt::from_f64(floor).unwrap_or_else(BigInt::zero);
    match left.to_big().cmp(&floor_int) {
        Ordering::Equal if right > floor => Some(Ordering::Less),
        ordering => Some(ordering),
    }
}

/// `math.floor(x)` for a float, as an int.
pub fn float_floor_to_int(value: f64) -> Result<Int, NumericError> {
    float_to_int(value.floor())
}

/// `math.ceil(x)` for a float, as an int.
pub fn float_ceil_to_int(value: f64) -> Result<Int, NumericError> {
    float_to_int(value.ceil())
}
