//! The integer functions of the `math` module: `isqrt`, `factorial`, `gcd`,
//! `lcm`, `comb` and `perm`, exact, with a size guard where results can be huge.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Zero};

use super::int_arithmetic::int_to_u64;
use super::{Int, NumericError};

/// `math.isqrt(n)`: the floor of the square root.
pub fn math_isqrt(value: &Int) -> Result<Int, NumericError> {
    if value.is_negative() {
        return Err(NumericError::NegativeIsqrt);
    }
    Ok(Int::from_big(value.to_big().sqrt()))
}

/// The product of the integers in `low..=high` (empty gives 1), by halves so
/// that big numbers multiply with big numbers.
fn range_product(low: u64, high: u64) -> BigInt {
    if low > high {
        return BigInt::one();
    }
    if high - low < 16 {
        let mut product = BigInt::one();
        for factor in low..=high {
            product *= factor;
        }
        return product;
    }
    let middle = low + (high - low) / 2;
    range_product(low, middle) * range_product(middle + 1, high)
}

/// An estimate of the bits of `n! / (n - k)!`, the product of `k` factors at most `n`.
fn falling_product_bits(n: u64, k: u64) -> u64 {
    let log2_sum: f64 = if k == n && n > 1 {
        // Stirling: log2(n!) ~ n log2(n / e) + log2(2 pi n) / 2.
        let n_float = n as f64;
        n_float * (n_float / std::f64::consts::E).log2()
            + (2.0 * std::f64::consts::PI * n_float).log2() / 2.0
    } else {
        k as f64 * (n.max(1) as f64).log2()
    };
    log2_sum.max(0.0) as u64 + 1
}

/// Refuses a product of `k` factors up to `n` larger than `max_result_bits`.
fn check_size(n: u64, k: u64, max_result_bits: u64) -> Result<(), NumericError> {
    let estimated_bits = falling_product_bits(n, k);
    if estimated_bits > max_result_bits {
        return Err(NumericError::TooLarge { estimated_bits });
    }
    Ok(())
}

/// `math.factorial(n)`.
pub fn math_factorial(value: &Int, max_result_bits: u64) -> Result<Int, NumericError> {
    if value.is_negative() {
        return Err(NumericError::NegativeFactorial);
    }
    let n = int_to_u64(value).unwrap_or(u64::MAX);
    check_size(n, n, max_result_bits)?;
    Ok(Int::from_big(range_product(2, n)))
}

/// `math.gcd(*integers)`: 0 for no arguments, never negative.
pub fn math_gcd(values: &[Int]) -> Int {
    let mut result = BigInt::zero();
    for value in values {
        result = result.gcd(&value.to_big());
    }
    Int::from_big(result)
}

/// `math.lcm(*integers)`: 1 for no arguments, 0 if any is 0, never negative.
pub fn math_lcm(values: &[Int]) -> Int {
    let mut result = BigInt::one();
    for value in values {
        result = result.lcm(&value.to_big());
    }
    Int::from_big(result)
}

/// The checks that `comb` and `perm` share: both non-negative.
fn check_n_and_k(n: &Int, k: &Int) -> Result<(), NumericError> {
    if n.is_negative() {
        return Err(NumericError::NegativeCombinationN);
    }
    if k.is_negative() {
        return Err(NumericError::NegativeCombinationK);
    }
    Ok(())
}

/// `math.comb(n, k)`: the number of ways to choose `k` of `n`.
pub fn math_comb(n: &Int, k: &Int, max_result_bits: u64) -> Result<Int, NumericError> {
    check_n_and_k(n, k)?;
    if k > n {
        return Ok(Int::Small(0));
    }
    let n_big = n.to_big();
    let smaller_k = k.to_big().min(&n_big - k.to_big());
    let n_u64 = int_to_u64(n).unwrap_or(u64::MAX);
    let k_u64 = int_to_u64(&Int::from_big(smaller_k)).unwrap_or(u64::MAX);
    // Computed as perm(n, k) / k!, so the guard is on the numerator's size.
    check_size(n_u64, k_u64, max_result_bits)?;
    let numerator = range_product(n_u64 - k_u64 + 1, n_u64);
    Ok(Int::from_big(numerator / range_product(2, k_u64)))
}

/// `math.perm(n, k)`, or `math.perm(n)` (which is `n!`).
pub fn math_perm(n: &Int, k: Option<&Int>, max_result_bits: u64) -> Result<Int, NumericError> {
    let Some(k) = k else {
        return math_factorial(n, max_result_bits);
    };
    check_n_and_k(n, k)?;
    if k > n {
        return Ok(Int::Small(0));
    }
    let n_u64 = int_to_u64(n).unwrap_or(u64::MAX);
    let k_u64 = int_to_u64(k).unwrap_or(u64::MAX);
    check_size(n_u64, k_u64, max_result_bits)?;
    Ok(Int::from_big(range_product(n_u64 - k_u64 + 1, n_u64)))
}
