//! Portable math functions that give the same bits on every target (native and
//! `wasm32-unknown-unknown` alike), matching glibc's, which CPython on Linux
//! calls. Rust's `f64::exp` and friends call the platform's C library natively
//! but a port of musl's older code on `wasm32-unknown-unknown`, which differs
//! in the last bit.
//!
//! - `exp`, `exp2`, `log`, `log2`, `pow`: ports of ARM's optimized-routines
//!   (https://github.com/ARM-software/optimized-routines, `math/exp.c`,
//!   `exp2.c`, `log.c`, `log2.c`, `pow.c` and their data files; Copyright (c)
//!   2018 Arm Limited, licensed MIT OR Apache-2.0 WITH LLVM-exception), the
//!   code glibc uses since 2.28, with glibc's settings: `EXP_TABLE_BITS` 7,
//!   `EXP_POLY_ORDER` 5, `LOG_POLY_ORDER` 6, `LOG_POLY1_ORDER` 12,
//!   `LOG2_TABLE_BITS` 6, `POW_LOG_POLY_ORDER` 8, no toint intrinsics. Bit for
//!   bit glibc's.
//! - `log10`: glibc's fdlibm-derived `e_log10.c` (Sun's permissive licence) on
//!   top of `log`. Bit for bit glibc's.
//! - `sin`, `cos`, `tan`, `atan`, `atan2`, `asin`, `acos`: correctly rounded
//!   (double-double evaluation, rounded once), written here; glibc's own code
//!   for these is LGPL and not used. glibc's results are correctly rounded in
//!   nearly all cases, so these differ from it on about 1 argument in 1000.
//!   `sin`, `cos` and `tan` below 2^19 first try a fast phase (Ziv's
//!   strategy, `trig_fast`): a table of sin(j*pi/128) and short series in
//!   plain doubles with a rigorous error bound, whose result is returned
//!   only when the bound shows it is the correctly rounded one (all but about
//!   1 argument in 500), so the results are the double-double path's bit for
//!   bit, at about a tenth of its cost.
//!
//! glibc on x86_64 picks its FMA build (`__exp_fma`, `__log_fma`,
//! `__pow_fma`, ...) on any processor with FMA, so the ports follow that build:
//! `HAVE_FAST_FMA` paths, and a fused multiply-add ([`madd`]) wherever GCC
//! contracts `a * b + c` (not where the product is also used in another basic
//! block; `exp2` has no FMA build). A fused multiply-add rounds once by IEEE
//! 754's definition, so `f64::mul_add` gives the same bits on every target (in
//! software where there is no instruction).
//!
//! Only exact operations are used otherwise: `+ - * /`, `sqrt`, `round`, bit
//! manipulation, big integers; no `f64` function whose result depends on the
//! target.

mod atan;
mod dd;
mod exp;
mod exp_data;
mod log;
mod log10;
mod log2;
mod log2_data;
mod log_data;
mod pow;
mod pow_log_data;
mod trig;
mod trig_data;
mod trig_fast;
mod trig_fast_data;

pub(crate) use atan::{acos, asin, atan, atan2};
pub(crate) use exp::{exp, exp2};
pub(crate) use log::log;
pub(crate) use log10::log10;
pub(crate) use log2::log2;
pub(crate) use pow::pow;
pub(crate) use trig::{cos, sin, tan};

/// Whether [`madd`] fuses: true to match glibc's FMA build (the one Linux on
/// x86_64 processors since 2013 runs).
const FUSED: bool = true;

/// `a * b + c` where GCC contracts it into a fused multiply-add in glibc's FMA
/// build: rounded once.
#[inline]
fn madd(a: f64, b: f64, c: f64) -> f64 {
    if FUSED {
        a.mul_add(b, c)
    } else {
        a * b + c
    }
}

/// The top 12 bits of a double: sign and exponent.
#[inline]
fn top12(x: f64) -> u32 {
    (x.to_bits() >> 52) as u32
}

/// `2^exponent` for a normal exponent, exactly.
#[inline]
const fn power_of_two(exponent: i32) -> f64 {
    f64::from_bits(((exponent + 1023) as u64) << 52)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shortest text that reads back as `value`, as CPython's `repr`.
    fn text(value: f64) -> String {
        format!("{value:?}")
    }

    /// Values the browser got wrong with Rust's `f64` functions (musl's code),
    /// with CPython's results on Linux.
    #[test]
    fn known_values_are_glibc_s() {
        assert_eq!(text(exp(1.0)), "2.718281828459045");
        assert_eq!(text(exp(-1.0)), "0.36787944117144233");
        assert_eq!(text(log(10.0)), "2.302585092994046");
        assert_eq!(text(log2(3.0)), "1.584962500721156");
        assert_eq!(text(log10(2.0)), "0.3010299956639812");
        assert_eq!(text(pow(2.0, 0.5)), "1.4142135623730951");
        assert_eq!(text(pow(10.0, -2.0)), "0.01");
        assert_eq!(text(exp2(0.5)), "1.4142135623730951");
        assert_eq!(text(sin(1.0)), "0.8414709848078965");
        assert_eq!(text(cos(1.0)), "0.5403023058681398");
        assert_eq!(text(tan(1.0)), "1.5574077246549023");
        assert_eq!(text(atan(1.0)), "0.7853981633974483");
        assert_eq!(text(atan2(1.0, -1.0)), "2.356194490192345");
        assert_eq!(text(asin(0.5)), "0.5235987755982989");
        assert_eq!(text(acos(0.5)), "1.0471975511965979");
        assert_eq!(text(sin(1e300)), "-0.8178819121159085");
    }

    #[test]
    fn special_values_follow_c() {
        assert_eq!(exp(f64::NEG_INFINITY), 0.0);
        assert_eq!(exp(1000.0), f64::INFINITY);
        assert_eq!(log(0.0), f64::NEG_INFINITY);
        assert!(log(-1.0).is_nan());
        assert_eq!(pow(-2.0, 3.0), -8.0);
        assert!(pow(-2.0, 0.5).is_nan());
        assert_eq!(pow(0.0, -1.0), f64::INFINITY);
        assert!(sin(f64::INFINITY).is_nan());
        assert_eq!(atan2(0.0, -0.0), std::f64::consts::PI);
        assert_eq!(atan2(-0.0, 1.0).to_bits(), (-0.0f64).to_bits());
    }
}
