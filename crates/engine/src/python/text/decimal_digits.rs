//! The decimal digits of a double, exactly as David Gay's `dtoa` gives them to CPython.
//!
//! A finite double is a dyadic rational `mantissa * 2**exponent`, so its decimal
//! expansion is finite and big integer arithmetic rounds it exactly, half to even on
//! the true binary value (the reason `format(2.675, '.2f')` is `'2.67'`). Like `dtoa`,
//! the digits carry no trailing zeros and `decimal_point` says where the point goes:
//! the value is `0.DIGITS * 10**decimal_point`.

use num_bigint::BigUint;
use num_integer::Integer;
use num_traits::{One, Zero};

/// A double's digits without sign, point or trailing zeros, and where the point goes.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct DecimalDigits {
    /// ASCII digits; empty when the value rounded to zero (dtoa's "no digits").
    pub digits: Vec<u8>,
    /// The value is `0.DIGITS * 10**decimal_point`.
    pub decimal_point: i64,
}

/// More significant digits than any double's exact expansion has (at most 767).
const MAX_USEFUL_SIGNIFICANT_DIGITS: u32 = 800;
/// More fraction digits than any double's exact expansion has (at most 1074).
const MAX_USEFUL_FRACTION_DIGITS: i64 = 1100;
/// Below this, a fixed rounding leaves nothing of any double (all are below 1e309).
const MIN_USEFUL_FRACTION_DIGITS: i64 = -330;

/// The shortest digits that read back as the same double (dtoa mode 0, `repr`).
///
/// Rust's `{:e}` formatting gives the shortest round-tripping digits, and of those
/// the nearest to the true value, as Gay's mode 0 does; when the true value lies
/// exactly halfway between two such candidates Rust takes the upper one and Gay the
/// even one (`674472605855072.2`, not `.3`), which [`tie_to_even`] corrects.
pub(crate) fn shortest_digits(magnitude: f64) -> DecimalDigits {
    let magnitude = magnitude.abs();
    if magnitude == 0.0 || !magnitude.is_finite() {
        return zero_digits();
    }
    let scientific = format!("{magnitude:e}");
    let (mantissa, exponent) = scientific.split_once('e').unwrap_or((&scientific, "0"));
    let digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
    let exponent: i64 = exponent.parse().unwrap_or(0);
    tie_to_even(magnitude, without_trailing_zeros(digits, exponent + 1))
}

/// The even neighbour of shortest digits whose last digit is odd, when the true value
/// lies exactly halfway between them and that neighbour also reads back as the double.
fn tie_to_even(magnitude: f64, shortest: DecimalDigits) -> DecimalDigits {
    let is_odd = shortest.digits.last().is_some_and(|digit| digit % 2 == 1);
    let unit_exponent = shortest.decimal_point - shortest.digits.len() as i64;
    if !is_odd || !could_be_halfway(magnitude, unit_exponent) {
        return shortest;
    }
    // In units of the last digit, the value is numerator / denominator.
    let (numerator, denominator) = ExactValue::of(magnitude).scaled(-unit_exponent);
    let candidate = BigUint::parse_bytes(&shortest.digits, 10).unwrap_or_default();
    let twice_value = numerator << 1u32;
    let twice_candidate = &candidate << 1u32;
    let neighbour = if twice_value == (&twice_candidate - 1u32) * &denominator {
        &candidate - 1u32
    } else if twice_value == (&twice_candidate + 1u32) * &denominator {
        &candidate + 1u32
    } else {
        return shortest;
    };
    let reads_back = format!("{neighbour}e{unit_exponent}").parse::<f64>() == Ok(magnitude);
    if !reads_back {
        return shortest;
    }
    let digits = neighbour.to_string().into_bytes();
    let decimal_point = unit_exponent + digits.len() as i64;
    without_trailing_zeros(digits, decimal_point)
}

/// Whether the double's exact decimal expansion ends exactly half a unit of
/// `10**unit_exponent` past a multiple of it: its last digit must be a 5 at
/// `10**(unit_exponent - 1)`. A cheap test of the fraction digits it has.
fn could_be_halfway(magnitude: f64, unit_exponent: i64) -> bool {
    let (mantissa, exponent) = decode(magnitude);
    let fraction_digits = (-(exponent + i64::from(mantissa.trailing_zeros()))).max(0);
    fraction_digits == (1 - unit_exponent).max(0)
}

/// A positive finite double as `mantissa * 2**exponent`.
fn decode(magnitude: f64) -> (u64, i64) {
    let bits = magnitude.abs().to_bits();
    let biased_exponent = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    if biased_exponent == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u64 << 52), biased_exponent - 1075)
    }
}

/// The value rounded to `count` significant digits (dtoa mode 2, formats `e` and `g`).
pub(crate) fn significant_digits(magnitude: f64, count: u32) -> DecimalDigits {
    let magnitude = magnitude.abs();
    if magnitude == 0.0 || !magnitude.is_finite() {
        return zero_digits();
    }
    let count = count.clamp(1, MAX_USEFUL_SIGNIFICANT_DIGITS);
    let exact = ExactValue::of(magnitude);
    let leading_exponent = exact.floor_log10(magnitude);
    let scale = i64::from(count) - 1 - leading_exponent;
    let rounded = exact.scaled_and_rounded(scale);
    if rounded == BigUint::from(10u32).pow(count) {
        return DecimalDigits {
            digits: vec![b'1'],
            decimal_point: leading_exponent + 2,
        };
    }
    without_trailing_zeros(rounded.to_string().into_bytes(), leading_exponent + 1)
}

/// The value rounded to `fraction_digits` digits after the point, which may be
/// negative to round to tens, hundreds and so on (dtoa mode 3, format `f`, `round`).
pub(crate) fn fixed_digits(magnitude: f64, fraction_digits: i64) -> DecimalDigits {
    let magnitude = magnitude.abs();
    if magnitude == 0.0 || !magnitude.is_finite() {
        return zero_digits();
    }
    if fraction_digits < MIN_USEFUL_FRACTION_DIGITS {
        return DecimalDigits {
            digits: Vec::new(),
            decimal_point: -fraction_digits,
        };
    }
    let scale = fraction_digits.min(MAX_USEFUL_FRACTION_DIGITS);
    let rounded = ExactValue::of(magnitude).scaled_and_rounded(scale);
    if rounded.is_zero() {
        return DecimalDigits {
            digits: Vec::new(),
            decimal_point: -fraction_digits,
        };
    }
    let digits = rounded.to_string().into_bytes();
    let decimal_point = digits.len() as i64 - scale;
    without_trailing_zeros(digits, decimal_point)
}

/// Gay's answer for zero in every mode: one digit "0" before the point.
fn zero_digits() -> DecimalDigits {
    DecimalDigits {
        digits: vec![b'0'],
        decimal_point: 1,
    }
}

fn without_trailing_zeros(mut digits: Vec<u8>, decimal_point: i64) -> DecimalDigits {
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    DecimalDigits {
        digits,
        decimal_point,
    }
}

/// A positive finite double as the fraction `numerator / 2**denominator_shift`.
struct ExactValue {
    numerator: BigUint,
    denominator_shift: u64,
}

impl ExactValue {
    fn of(magnitude: f64) -> ExactValue {
        let (mantissa, exponent) = decode(magnitude);
        if exponent >= 0 {
            ExactValue {
                numerator: BigUint::from(mantissa) << exponent as u64,
                denominator_shift: 0,
            }
        } else {
            ExactValue {
                numerator: BigUint::from(mantissa),
                denominator_shift: exponent.unsigned_abs(),
            }
        }
    }

    /// `self * 10**scale` as a fraction `(numerator, denominator)`.
    fn scaled(&self, scale: i64) -> (BigUint, BigUint) {
        let power_of_ten = BigUint::from(10u32).pow(scale.unsigned_abs() as u32);
        let denominator = BigUint::one() << self.denominator_shift;
        if scale >= 0 {
            (&self.numerator * power_of_ten, denominator)
        } else {
            (self.numerator.clone(), denominator * power_of_ten)
        }
    }

    /// `self * 10**scale` rounded to an integer, half to even.
    fn scaled_and_rounded(&self, scale: i64) -> BigUint {
        let (numerator, denominator) = self.scaled(scale);
        let (quotient, remainder) = numerator.div_rem(&denominator);
        let twice_remainder = remainder << 1u32;
        let rounds_up = match twice_remainder.cmp(&denominator) {
            std::cmp::Ordering::Greater => true,
            std::cmp::Ordering::Equal => quotient.is_odd(),
            std::cmp::Ordering::Less => false,
        };
        if rounds_up {
            quotient + 1u32
        } else {
            quotient
        }
    }

    /// Whether `self >= 10**exponent`, exactly.
    fn is_at_least_power_of_ten(&self, exponent: i64) -> bool {
        let (numerator, denominator) = self.scaled(-exponent);
        numerator >= denominator
    }

    /// `floor(log10(self))`, exactly: a floating estimate, then corrected.
    fn floor_log10(&self, magnitude: f64) -> i64 {
        let mut exponent = magnitude.log10().floor() as i64;
        while !self.is_at_least_power_of_ten(exponent) {
            exponent -= 1;
        }
        while self.is_at_least_power_of_ten(exponent + 1) {
            exponent += 1;
        }
        exponent
    }
}
