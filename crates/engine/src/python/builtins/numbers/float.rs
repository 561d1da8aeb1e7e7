//! Python's operators on floats where they differ from IEEE: `//`, `%`,
//! `divmod` and `**`, following CPython's `float_rem`, `float_divmod` and
//! `float_pow`.

use super::NumericError;

/// `a / b` for floats.
pub fn float_true_div(left: f64, right: f64) -> Result<f64, NumericError> {
    if right == 0.0 {
        return Err(NumericError::FloatDivisionByZero);
    }
    Ok(left / right)
}

/// `a % b`: the remainder has the sign of `b` (CPython's `float_rem`).
pub fn float_modulo(left: f64, right: f64) -> Result<f64, NumericError> {
    if right == 0.0 {
        return Err(NumericError::FloatModuloByZero);
    }
    Ok(float_modulo_nonzero(left, right))
}

/// `a % b` for a non-zero `b`: the result takes the sign of `b`.
pub(crate) fn float_modulo_nonzero(left: f64, right: f64) -> f64 {
    let remainder = left % right;
    if remainder != 0.0 {
        if (right < 0.0) != (remainder < 0.0) {
            remainder + right
        } else {
            remainder
        }
    } else {
        0.0f64.copysign(right)
    }
}

/// `a // b` (CPython's `float_floor_div`).
pub fn float_floor_div(left: f64, right: f64) -> Result<f64, NumericError> {
    if right == 0.0 {
        return Err(NumericError::FloatFloorDivisionByZero);
    }
    Ok(divmod_nonzero(left, right).0)
}

/// `divmod(a, b)` for floats (CPython's `float_divmod`).
pub fn float_divmod(left: f64, right: f64) -> Result<(f64, f64), NumericError> {
    if right == 0.0 {
        return Err(NumericError::FloatDivmodByZero);
    }
    Ok(divmod_nonzero(left, right))
}

/// CPython's `_float_div_mod` for a non-zero divisor.
fn divmod_nonzero(left: f64, right: f64) -> (f64, f64) {
    let mut remainder = left % right;
    let mut quotient = (left - remainder) / right;
    if remainder != 0.0 {
        if (right < 0.0) != (remainder < 0.0) {
            remainder += right;
            quotient -= 1.0;
        }
    } else {
        remainder = 0.0f64.copysign(right);
    }
    let floor_quotient = if quotient != 0.0 {
        let floored = quotient.floor();
        if quotient - floored > 0.5 {
            floored + 1.0
        } else {
            floored
        }
    } else {
        0.0f64.copysign(left / right)
    };
    (floor_quotient, remainder)
}

/// Whether a double is an odd integer.
fn is_odd_integer(value: f64) -> bool {
    (value.abs() % 2.0) == 1.0
}

/// `a ** b` for floats (CPython's `float_pow`): ComplexResult for a negative
/// base with a non-integer exponent, OverflowError when the result is infinite.
pub fn float_pow(base: f64, exponent: f64) -> Result<f64, NumericError> {
    if exponent == 0.0 {
        return Ok(1.0);
    }
    if base.is_nan() {
        return Ok(base);
    }
    if exponent.is_nan() {
        return Ok(if base == 1.0 { 1.0 } else { exponent });
    }
    if exponent.is_infinite() {
        let magnitude = base.abs();
        return Ok(if magnitude == 1.0 {
            1.0
        } else if (exponent > 0.0) == (magnitude > 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    let exponent_is_odd = is_odd_integer(exponent);
    if base.is_infinite() {
        return Ok(if exponent > 0.0 {
            if exponent_is_odd {
                base
            } else {
                base.abs()
            }
        } else if exponent_is_odd {
            0.0f64.copysign(base)
        } else {
            0.0
        });
    }
    if base == 0.0 {
        if exponent < 0.0 {
            return Err(NumericError::ZeroToNegativePower);
        }
        return Ok(if exponent_is_odd { base } else { 0.0 });
    }
    let mut magnitude = base;
    let mut negate_result = false;
    if base < 0.0 {
        if exponent != exponent.floor() {
            return Err(NumericError::ComplexResult);
        }
        magnitude = -base;
        negate_result = exponent_is_odd;
    }
    if magnitude == 1.0 {
        return Ok(if negate_result { -1.0 } else { 1.0 });
    }
    let result = super::libm::pow(magnitude, exponent);
    if result.is_infinite() {
        return Err(NumericError::FloatPowerOutOfRange);
    }
    Ok(if negate_result { -result } else { result })
}

/// `float.is_integer()`.
pub fn float_is_integer(value: f64) -> bool {
    value.is_finite() && value == value.floor()
}
