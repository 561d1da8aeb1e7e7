//! CPython's hashes of numbers, so that sets iterate in CPython's order.
//!
//! CPython reduces every number modulo the Mersenne prime 2**61 - 1, so that
//! equal numbers of different types (`1`, `1.0`, `True`) hash alike; -1 is
//! reserved for errors and becomes -2. Strings are hashed with a randomized
//! SipHash in CPython, so their order in a set is arbitrary there and any
//! deterministic hash will do here.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// The number of bits of CPython's hash modulus.
const HASH_BITS: u32 = 61;
/// CPython's hash modulus, 2**61 - 1.
const HASH_MODULUS: u64 = (1 << HASH_BITS) - 1;
/// CPython's hash of `float('inf')`.
const HASH_INFINITY: i64 = 314_159;

/// `hash(n)` for an int that fits in 64 bits.
pub fn hash_small_int(value: i64) -> i64 {
    let reduced = (value.unsigned_abs() % HASH_MODULUS) as i64;
    fix_minus_one(if value < 0 { -reduced } else { reduced })
}

/// `hash(n)` for any int.
pub fn hash_big_int(value: &BigInt) -> i64 {
    if let Some(small) = value.to_i64() {
        return hash_small_int(small);
    }
    let magnitude = value.magnitude() % HASH_MODULUS;
    let reduced = magnitude.to_u64().unwrap_or(0) as i64;
    fix_minus_one(if value.sign() == Sign::Minus {
        -reduced
    } else {
        reduced
    })
}

/// `hash(x)` for a float; `None` for NaN, whose hash CPython takes from the
/// object's identity (the VM decides).
pub fn hash_float(value: f64) -> Option<i64> {
    if value.is_nan() {
        return None;
    }
    if value.is_infinite() {
        return Some(if value > 0.0 {
            HASH_INFINITY
        } else {
            -HASH_INFINITY
        });
    }
    let (mut mantissa, mut exponent) = split_float(value);
    let sign: i64 = if mantissa < 0.0 {
        mantissa = -mantissa;
        -1
    } else {
        1
    };
    // Take the mantissa 28 bits at a time, rotating the accumulated value.
    let mut accumulated: u64 = 0;
    while mantissa != 0.0 {
        accumulated = ((accumulated << 28) & HASH_MODULUS) | accumulated >> (HASH_BITS - 28);
        mantissa *= 268_435_456.0;
        exponent -= 28;
        let integer_part = mantissa as u64;
        mantissa -= integer_part as f64;
        accumulated += integer_part;
        if accumulated >= HASH_MODULUS {
            accumulated -= HASH_MODULUS;
        }
    }
    // A rotation by the exponent modulo 61 multiplies by 2**exponent modulo the prime.
    let exponent = if exponent >= 0 {
        exponent as u32 % HASH_BITS
    } else {
        HASH_BITS - 1 - ((-1 - exponent) as u32 % HASH_BITS)
    };
    accumulated =
        ((accumulated << exponent) & HASH_MODULUS) | accumulated >> (HASH_BITS - exponent);
    Some(fix_minus_one(accumulated as i64 * sign))
}

/// C's `frexp`: `value == mantissa * 2**exponent` with `0.5 <= |mantissa| < 1`.
fn split_float(value: f64) -> (f64, i32) {
    if value == 0.0 {
        return (value, 0);
    }
    let bits = value.to_bits();
    let biased_exponent = ((bits >> 52) & 0x7ff) as i32;
    if biased_exponent == 0 {
        // A subnormal: scale it into the normal range first.
        let (mantissa, exponent) = split_float(value * 2f64.powi(64));
        return (mantissa, exponent - 64);
    }
    let mantissa_bits = (bits & !(0x7ff << 52)) | (1022 << 52);
    (f64::from_bits(mantissa_bits), biased_exponent - 1022)
}

fn fix_minus_one(hash: i64) -> i64 {
    if hash == -1 {
        -2
    } else {
        hash
    }
}
