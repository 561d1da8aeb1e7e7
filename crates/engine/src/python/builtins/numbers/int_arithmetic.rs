//! Python's arithmetic and bitwise operators on ints.
//!
//! Operations whose result can be huge (`*`, `**`, `<<`) take a
//! `max_result_bits` and refuse, before computing anything, a result whose
//! estimated size exceeds it.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::{float_pow, int_to_float, Int, Number, NumericError};

/// `a + b`.
pub fn int_add(left: &Int, right: &Int) -> Int {
    if let (Int::Small(a), Int::Small(b)) = (left, right) {
        if let Some(sum) = a.checked_add(*b) {
            return Int::Small(sum);
        }
    }
    Int::from_big(left.to_big() + right.to_big())
}

/// `a - b`.
pub fn int_sub(left: &Int, right: &Int) -> Int {
    if let (Int::Small(a), Int::Small(b)) = (left, right) {
        if let Some(difference) = a.checked_sub(*b) {
            return Int::Small(difference);
        }
    }
    Int::from_big(left.to_big() - right.to_big())
}

/// `-a`.
pub fn int_neg(value: &Int) -> Int {
    match value {
        Int::Small(small) => match small.checked_neg() {
            Some(negated) => Int::Small(negated),
            None => Int::from_big(-BigInt::from(*small)),
        },
        Int::Big(big) => Int::from_big(-big),
    }
}

/// `abs(a)`.
pub fn int_abs(value: &Int) -> Int {
    if value.is_negative() {
        int_neg(value)
    } else {
        value.clone()
    }
}

/// `a * b`; TooLarge when the product could have more than `max_result_bits` bits.
pub fn int_mul(left: &Int, right: &Int, max_result_bits: u64) -> Result<Int, NumericError> {
    if let (Int::Small(a), Int::Small(b)) = (left, right) {
        if let Some(product) = a.checked_mul(*b) {
            return Ok(Int::Small(product));
        }
    }
    let estimated_bits = left.bit_length() + right.bit_length();
    if estimated_bits > max_result_bits {
        return Err(NumericError::TooLarge { estimated_bits });
    }
    Ok(Int::from_big(left.to_big() * right.to_big()))
}

/// `a // b`, rounded toward minus infinity.
pub fn int_floor_div(left: &Int, right: &Int) -> Result<Int, NumericError> {
    Ok(int_divmod(left, right)?.0)
}

/// `a % b`, with the sign of `b`.
pub fn int_modulo(left: &Int, right: &Int) -> Result<Int, NumericError> {
    if right.is_zero() {
        return Err(NumericError::IntModuloByZero);
    }
    Ok(int_divmod(left, right)?.1)
}

/// `divmod(a, b)`: the floor quotient and the remainder with the sign of `b`.
pub fn int_divmod(left: &Int, right: &Int) -> Result<(Int, Int), NumericError> {
    if right.is_zero() {
        return Err(NumericError::IntFloorDivisionByZero);
    }
    if let (Int::Small(a), Int::Small(b)) = (left, right) {
        if !(*a == i64::MIN && *b == -1) {
            let (quotient, remainder) = a.div_mod_floor(b);
            return Ok((Int::Small(quotient), Int::Small(remainder)));
        }
    }
    let (quotient, remainder) = left.to_big().div_mod_floor(&right.to_big());
    Ok((Int::from_big(quotient), Int::from_big(remainder)))
}

/// `a ** b` with two ints: an exact int for `b >= 0`, a float for `b < 0` (as
/// CPython, which then computes with floats).
pub fn int_pow(base: &Int, exponent: &Int, max_result_bits: u64) -> Result<Number, NumericError> {
    if exponent.is_negative() {
        let base_float = int_to_float(base)?;
        let exponent_float = int_to_float(exponent)?;
        return Ok(Number::Float(float_pow(base_float, exponent_float)?));
    }
    match base {
        Int::Small(0) => {
            return Ok(Number::Int(Int::Small(i64::from(exponent.is_zero()))));
        }
        Int::Small(1) => return Ok(Number::Int(Int::Small(1))),
        Int::Small(-1) => {
            let odd = match exponent {
                Int::Small(small) => small % 2 != 0,
                Int::Big(big) => big.is_odd(),
            };
            return Ok(Number::Int(Int::Small(if odd { -1 } else { 1 })));
        }
        _ => {}
    }
    let exponent_u64 = match exponent.to_i64() {
        Some(small) => small.unsigned_abs(),
        None => u64::MAX,
    };
    let estimated_bits = base.bit_length().saturating_mul(exponent_u64);
    if estimated_bits > max_result_bits {
        return Err(NumericError::TooLarge { estimated_bits });
    }
    let Ok(exponent_u32) = u32::try_from(exponent_u64) else {
        return Err(NumericError::TooLarge { estimated_bits });
    };
    if let Int::Small(small) = base {
        if let Some(power) = small.checked_pow(exponent_u32) {
            return Ok(Number::Int(Int::Small(power)));
        }
    }
    Ok(Number::Int(Int::from_big(base.to_big().pow(exponent_u32))))
}

/// `pow(base, exponent, modulus)`: a negative exponent uses the modular inverse.
pub fn int_pow_modulo(base: &Int, exponent: &Int, modulus: &Int) -> Result<Int, NumericError> {
    if modulus.is_zero() {
        return Err(NumericError::PowModulusZero);
    }
    let modulus_big = modulus.to_big();
    let modulus_abs = modulus_big.abs();
    let mut base_big = base.to_big().mod_floor(&modulus_abs);
    let mut exponent_big = exponent.to_big();
    if exponent_big.is_negative() {
        base_big =
            modular_inverse(&base_big, &modulus_abs).ok_or(NumericError::BaseNotInvertible)?;
        exponent_big = -exponent_big;
    }
    let mut result = if modulus_abs.is_one() {
        BigInt::zero()
    } else {
        base_big.modpow(&exponent_big, &modulus_abs)
    };
    if modulus_big.is_negative() && !result.is_zero() {
        result -= &modulus_abs;
    }
    Ok(Int::from_big(result))
}

/// The inverse of `value` modulo `modulus` (both non-negative, modulus > 0).
fn modular_inverse(value: &BigInt, modulus: &BigInt) -> Option<BigInt> {
    let extended = value.extended_gcd(modulus);
    if !extended.gcd.is_one() {
        return None;
    }
    Some(extended.x.mod_floor(modulus))
}

/// `a << count`; ValueError for a negative count, TooLarge beyond `max_result_bits`.
pub fn int_shift_left(value: &Int, count: &Int, max_result_bits: u64) -> Result<Int, NumericError> {
    if count.is_negative() {
        return Err(NumericError::NegativeShiftCount);
    }
    if value.is_zero() {
        return Ok(Int::Small(0));
    }
    let count_u64 = count.to_i64().map_or(u64::MAX, i64::unsigned_abs);
    let estimated_bits = value.bit_length().saturating_add(count_u64);
    if estimated_bits > max_result_bits {
        return Err(NumericError::TooLarge { estimated_bits });
    }
    let Ok(count_usize) = usize::try_from(count_u64) else {
        return Err(NumericError::TooLarge { estimated_bits });
    };
    Ok(Int::from_big(value.to_big() << count_usize))
}

/// `a >> count`, rounded toward minus infinity.
pub fn int_shift_right(value: &Int, count: &Int) -> Result<Int, NumericError> {
    if count.is_negative() {
        return Err(NumericError::NegativeShiftCount);
    }
    let count_u64 = count.to_i64().map_or(u64::MAX, i64::unsigned_abs);
    if count_u64 >= value.bit_length() {
        return Ok(Int::Small(if value.is_negative() { -1 } else { 0 }));
    }
    if let Int::Small(small) = value {
        return Ok(Int::Small(small >> count_u64));
    }
    let shift = usize::try_from(count_u64).unwrap_or(usize::MAX);
    Ok(Int::from_big(value.to_big() >> shift))
}

/// `a & b` (two's complement for negative values).
pub fn int_and(left: &Int, right: &Int) -> Int {
    match (left, right) {
        (Int::Small(a), Int::Small(b)) => Int::Small(a & b),
        _ => Int::from_big(left.to_big() & right.to_big()),
    }
}

/// `a | b`.
pub fn int_or(left: &Int, right: &Int) -> Int {
    match (left, right) {
        (Int::Small(a), Int::Small(b)) => Int::Small(a | b),
        _ => Int::from_big(left.to_big() | right.to_big()),
    }
}

/// `a ^ b`.
pub fn int_xor(left: &Int, right: &Int) -> Int {
    match (left, right) {
        (Int::Small(a), Int::Small(b)) => Int::Small(a ^ b),
        _ => Int::from_big(left.to_big() ^ right.to_big()),
    }
}

/// `~a`, which is `-(a + 1)`.
pub fn int_invert(value: &Int) -> Int {
    match value {
        Int::Small(small) => Int::Small(!small),
        Int::Big(big) => Int::from_big(-(big + BigInt::one())),
    }
}

/// The value as a `u64` when it is non-negative and fits.
pub(super) fn int_to_u64(value: &Int) -> Option<u64> {
    match value {
        Int::Small(small) => u64::try_from(*small).ok(),
        Int::Big(big) => big.to_u64(),
    }
}
