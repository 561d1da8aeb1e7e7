//! The float functions of the `math` module, with CPython's errors: a NaN from
//! a non-NaN argument is "math domain error", an infinity from a finite
//! argument "math range error" (or a domain error where CPython says so).

use std::f64::consts::PI;

use num_bigint::BigInt;
use num_traits::{One, ToPrimitive};

use super::{libm, Number, NumericError};

/// How CPython's `math_1` reports an infinite result from a finite argument.
#[derive(Clone, Copy)]
enum OnInfinity {
    /// OverflowError: math range error.
    RangeError,
    /// ValueError: math domain error.
    DomainError,
}

/// CPython's `math_1`: applies `function` and turns NaN and infinity into errors.
fn math_one(
    value: f64,
    function: fn(f64) -> f64,
    on_infinity: OnInfinity,
) -> Result<f64, NumericError> {
    let result = function(value);
    if result.is_nan() && !value.is_nan() {
        return Err(NumericError::MathDomainError);
    }
    if result.is_infinite() && value.is_finite() {
        return Err(match on_infinity {
            OnInfinity::RangeError => NumericError::MathRangeError,
            OnInfinity::DomainError => NumericError::MathDomainError,
        });
    }
    Ok(result)
}

/// `math.sqrt(x)`.
pub fn math_sqrt(value: f64) -> Result<f64, NumericError> {
    math_one(value, f64::sqrt, OnInfinity::DomainError)
}

/// `math.exp(x)`.
pub fn math_exp(value: f64) -> Result<f64, NumericError> {
    math_one(value, libm::exp, OnInfinity::RangeError)
}

/// `math.exp2(x)`.
pub fn math_exp2(value: f64) -> Result<f64, NumericError> {
    math_one(value, libm::exp2, OnInfinity::RangeError)
}

/// `math.sin(x)`.
pub fn math_sin(value: f64) -> Result<f64, NumericError> {
    math_one(value, libm::sin, OnInfinity::DomainError)
}

/// `math.cos(x)`.
pub fn math_cos(value: f64) -> Result<f64, NumericError> {
    math_one(value, libm::cos, OnInfinity::DomainError)
}

/// `math.tan(x)`.
pub fn math_tan(value: f64) -> Result<f64, NumericError> {
    math_one(value, libm::tan, OnInfinity::DomainError)
}

/// `math.asin(x)`.
pub fn math_asin(value: f64) -> Result<f64, NumericError> {
    math_one(value, libm::asin, OnInfinity::DomainError)
}

/// `math.acos(x)`.
pub fn math_acos(value: f64) -> Result<f64, NumericError> {
    math_one(value, libm::acos, OnInfinity::DomainError)
}

/// `math.atan(x)`.
pub fn math_atan(value: f64) -> Result<f64, NumericError> {
    math_one(value, libm::atan, OnInfinity::DomainError)
}

/// `math.atan2(y, x)`.
pub fn math_atan2(y: f64, x: f64) -> f64 {
    libm::atan2(y, x)
}

/// `math.fabs(x)`.
pub fn math_fabs(value: f64) -> f64 {
    value.abs()
}

/// `math.copysign(x, y)`.
pub fn math_copysign(magnitude: f64, sign: f64) -> f64 {
    magnitude.copysign(sign)
}

/// `math.degrees(x)`.
pub fn math_degrees(radians: f64) -> f64 {
    radians * (180.0 / PI)
}

/// `math.radians(x)`.
pub fn math_radians(degrees: f64) -> f64 {
    degrees * (PI / 180.0)
}

/// `math.hypot(*coordinates)`: CPython's `vector_norm`, which is more accurate
/// than C's `hypot` (its last bit can differ from it).
pub fn math_hypot(coordinates: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    for coordinate in coordinates {
        found_nan |= coordinate.is_nan();
        if coordinate.abs() > max {
            max = coordinate.abs();
        }
    }
    let scaled: Vec<f64> = coordinates
        .iter()
        .map(|coordinate| coordinate.abs())
        .collect();
    vector_norm(&scaled, max, found_nan)
}

/// CPython 3.11's `vector_norm` of non-negative values whose largest is `max`.
fn vector_norm(values: &[f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || values.len() <= 1 {
        return max;
    }
    // frexp: max = m * 2**max_exponent with m in [0.5, 1), exactly.
    let max_exponent = frexp_exponent(max);
    if max_exponent < -1023 {
        // 2**-max_exponent would overflow: CPython 3.11 divides by max instead
        // and sums the squares with one compensation term.
        let mut sum = 1.0f64;
        let mut compensation = 0.0;
        for value in values.iter() {
            let x = value / max;
            let square = x * x;
            let old_sum = sum;
            sum += square;
            compensation += (old_sum - sum) + square;
        }
        return max * (sum - 1.0 + compensation).sqrt();
    }
    let scale = exact_power_of_two(-max_exponent);
    let mut sum = 1.0;
    let mut product_errors = 0.0;
    let mut sum_errors = 0.0;
    for value in values.iter() {
        let x = value * scale;
        let (square, square_error) = exact_product(x, x);
        let (new_sum, sum_error) = exact_fast_sum(sum, square);
        sum = new_sum;
        product_errors += square_error;
        sum_errors += sum_error;
    }
    let mut h = (sum - 1.0 + (product_errors + sum_errors)).sqrt();
    let (square, square_error) = exact_product(-h, h);
    let (new_sum, sum_error) = exact_fast_sum(sum, square);
    product_errors += square_error;
    sum_errors += sum_error;
    let x = new_sum - 1.0 + (product_errors + sum_errors);
    h += x / (2.0 * h);
    h / scale
}

/// C's `frexp(x)` exponent for a finite non-zero `x`: |x| = m * 2**e with m
/// in [0.5, 1).
fn frexp_exponent(x: f64) -> i32 {
    let bits = x.to_bits() & 0x7fff_ffff_ffff_ffff;
    let biased = (bits >> 52) as i32;
    if biased == 0 {
        // Subnormal: x = mantissa * 2**-1074.
        let significant = 64 - bits.leading_zeros() as i32;
        significant - 1074
    } else {
        biased - 1022
    }
}

/// `2**exponent` exactly (C's `ldexp(1.0, exponent)`), for exponent in
/// [-1074, 1023].
fn exact_power_of_two(exponent: i32) -> f64 {
    if exponent >= -1022 {
        f64::from_bits(((exponent + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (exponent + 1074))
    }
}

/// `x * y` as a rounded product and its exact error.
fn exact_product(x: f64, y: f64) -> (f64, f64) {
    let product = x * y;
    (product, x.mul_add(y, -product))
}

/// `a + b` as a rounded sum and its exact error, for `|a| >= |b|`.
fn exact_fast_sum(a: f64, b: f64) -> (f64, f64) {
    let sum = a + b;
    (sum, (a - sum) + b)
}

/// `math.isclose(a, b, rel_tol=..., abs_tol=...)`.
pub fn math_isclose(
    left: f64,
    right: f64,
    relative_tolerance: f64,
    absolute_tolerance: f64,
) -> Result<bool, NumericError> {
    if relative_tolerance < 0.0 || absolute_tolerance < 0.0 {
        return Err(NumericError::NegativeTolerance);
    }
    if left == right {
        return Ok(true);
    }
    if left.is_infinite() || right.is_infinite() {
        return Ok(false);
    }
    let difference = (right - left).abs();
    Ok(difference <= (relative_tolerance * right).abs()
        || difference <= (relative_tolerance * left).abs()
        || difference <= absolute_tolerance)
}

/// `math.pow(x, y)` (CPython's `math_pow`, which differs from `**`: errors are
/// "math domain error" and "math range error", and no complex results).
pub fn math_pow(base: f64, exponent: f64) -> Result<f64, NumericError> {
    if !base.is_finite() || !exponent.is_finite() {
        let result = if base.is_nan() {
            if exponent == 0.0 {
                1.0
            } else {
                base
            }
        } else if exponent.is_nan() {
            if base == 1.0 {
                1.0
            } else {
                exponent
            }
        } else if base.is_infinite() {
            let exponent_is_odd = exponent.is_finite() && exponent.abs() % 2.0 == 1.0;
            if exponent > 0.0 {
                if exponent_is_odd {
                    base
                } else {
                    base.abs()
                }
            } else if exponent == 0.0 {
                1.0
            } else if exponent_is_odd {
                0.0f64.copysign(base)
            } else {
                0.0
            }
        } else if base.abs() == 1.0 {
            1.0
        } else if exponent > 0.0 && base.abs() > 1.0 {
            exponent
        } else if exponent < 0.0 && base.abs() < 1.0 {
            -exponent
        } else {
            0.0
        };
        return Ok(result);
    }
    let result = libm::pow(base, exponent);
    if result.is_nan() {
        return Err(NumericError::MathDomainError);
    }
    if result.is_infinite() {
        return Err(if base == 0.0 {
            NumericError::MathDomainError
        } else {
            NumericError::MathRangeError
        });
    }
    Ok(result)
}

/// Which logarithm [`math_log`] and its siblings compute.
#[derive(Clone, Copy)]
enum LogBase {
    /// Natural logarithm.
    E,
    /// `log2`.
    Two,
    /// `log10`.
    Ten,
}

/// CPython's `m_log`, `m_log2`, `m_log10` and `loghelper`: ints too large for
/// a float are split as `m * 2**e`.
fn log_helper(value: &Number, base: LogBase) -> Result<f64, NumericError> {
    let function: fn(f64) -> f64 = match base {
        LogBase::E => libm::log,
        LogBase::Two => libm::log2,
        LogBase::Ten => libm::log10,
    };
    let float_value = match value {
        Number::Float(float) => *float,
        Number::Int(int) => {
            if int.is_negative() || int.is_zero() {
                return Err(NumericError::MathDomainError);
            }
            match super::int_to_float(int) {
                Ok(float) => float,
                Err(_) => {
                    // CPython's `_PyLong_Frexp`: x * 2**bits with x in [0.5, 1).
                    let big = int.to_big();
                    let bits = big.bits();
                    let shift = bits - 64;
                    let mut high = &big >> shift;
                    if (&high << shift) != big {
                        high |= BigInt::one();
                    }
                    let mantissa = high.to_f64().unwrap_or(f64::NAN) / 2f64.powi(64);
                    return Ok(function(mantissa) + function(2.0) * bits as f64);
                }
            }
        }
    };
    if float_value.is_nan() || float_value == f64::INFINITY {
        return Ok(float_value);
    }
    if float_value <= 0.0 {
        return Err(NumericError::MathDomainError);
    }
    Ok(function(float_value))
}

/// `math.log(x)` or `math.log(x, base)`.
pub fn math_log(value: &Number, base: Option<&Number>) -> Result<f64, NumericError> {
    let numerator = log_helper(value, LogBase::E)?;
    let Some(base) = base else {
        return Ok(numerator);
    };
    let denominator = log_helper(base, LogBase::E)?;
    if denominator == 0.0 {
        return Err(NumericError::FloatDivisionByZero);
    }
    Ok(numerator / denominator)
}

/// `math.log2(x)`.
pub fn math_log2(value: &Number) -> Result<f64, NumericError> {
    log_helper(value, LogBase::Two)
}

/// `math.log10(x)`.
pub fn math_log10(value: &Number) -> Result<f64, NumericError> {
    log_helper(value, LogBase::Ten)
}
