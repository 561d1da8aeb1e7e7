//! Python's numbers: `int` ([`Int`]) and `float` (`f64`) operators and the
//! `math` module, as pure functions checked against CPython 3.11.
//!
//! - **Exact.** Int arithmetic is exact; `int / int` is correctly rounded also
//!   for big ints ([`int_true_div`], CPython's `long_true_divide`); int/float
//!   comparisons never round the int ([`int_float_compare`]).
//! - **Python's rules.** `//` and `%` round toward minus infinity and the
//!   remainder takes the divisor's sign, for ints and floats alike; `float ** float`
//!   follows CPython's `float_pow` special cases.
//! - **Bounded.** `*`, `**`, `<<`, `factorial`, `comb` and `perm` take a
//!   `max_result_bits` and refuse a larger result with [`NumericError::TooLarge`]
//!   (the VM raises `MemoryError`), estimated before any work, so `10**10**8`
//!   fails at once.
//! - **Errors are kinds.** [`NumericError`] names CPython's exception
//!   (`python_type()`) and message (`cpython_message()`).
//!
//! Float functions (`exp`, `log`, `pow`, `**`, `sin`, `atan2`, ...) use
//! `libm`, portable Rust that gives the same bits on every target, glibc's
//! (which CPython on Linux calls) for `exp`, `exp2`, `log`, `log2`, `log10` and
//! `pow`, and correctly rounded results for the trigonometric functions, so the
//! browser (wasm32) agrees with CPython. The tests compare them with `python3`
//! (`tests/data/python-numbers/`).

mod error;
mod float;
mod int;
mod int_arithmetic;
mod int_division;
pub(crate) mod libm;
mod math_float;
mod math_integer;

pub use error::NumericError;
pub(crate) use float::float_modulo_nonzero;
pub use float::{
    float_divmod, float_floor_div, float_is_integer, float_modulo, float_pow, float_true_div,
};
pub use int::{
    float_ceil_to_int, float_floor_to_int, float_to_int, int_float_compare, int_to_float, Int,
};
pub use int_arithmetic::{
    int_abs, int_add, int_and, int_divmod, int_floor_div, int_invert, int_modulo, int_mul, int_neg,
    int_or, int_pow, int_pow_modulo, int_shift_left, int_shift_right, int_sub, int_xor,
};
pub use int_division::int_true_div;
pub use math_float::{
    math_acos, math_asin, math_atan, math_atan2, math_copysign, math_cos, math_degrees, math_exp,
    math_exp2, math_fabs, math_hypot, math_isclose, math_log, math_log10, math_log2, math_pow,
    math_radians, math_sin, math_sqrt, math_tan,
};
pub use math_integer::{math_comb, math_factorial, math_gcd, math_isqrt, math_lcm, math_perm};

/// `math.pi`.
pub const MATH_PI: f64 = std::f64::consts::PI;
/// `math.e`.
pub const MATH_E: f64 = std::f64::consts::E;
/// `math.tau`.
pub const MATH_TAU: f64 = std::f64::consts::TAU;
/// `math.inf`.
pub const MATH_INF: f64 = f64::INFINITY;
/// `math.nan`.
pub const MATH_NAN: f64 = f64::NAN;

/// A Python number that is an int or a float: what `int ** int` and the
/// logarithms take or give.
#[derive(Debug, Clone, PartialEq)]
pub enum Number {
    /// An `int`.
    Int(Int),
    /// A `float`.
    Float(f64),
}
