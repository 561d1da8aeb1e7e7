//! `log10`: glibc's `__ieee754_log10` (`sysdeps/ieee754/dbl-64/e_log10.c`),
//! which is Sun's fdlibm code, on top of this module's [`log`].
//!
//! Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
//! Developed at SunPro, a Sun Microsystems, Inc. business. Permission to use,
//! copy, modify, and distribute this software is freely granted, provided
//! that this notice is preserved.

use super::log::log;
use super::power_of_two;

/// 1/ln(10) (0x3FDBCB7B_1526E50E).
const INV_LN10: f64 = f64::from_bits(0x3fdbcb7b1526e50e);
/// log10(2), high part (0x3FD34413_509F6000).
const LOG10_2_HI: f64 = f64::from_bits(0x3fd34413509f6000);
/// log10(2), low part (0x3D59FEF3_11F12B36).
const LOG10_2_LO: f64 = f64::from_bits(0x3d59fef311f12b36);

/// The base-10 logarithm, as glibc computes it: `k*log10(2) + log(m)/ln(10)`
/// for x = 2^k * m (m in [1, 2), or [0.5, 1) for k < 0).
pub(crate) fn log10(x: f64) -> f64 {
    let mut x = x;
    let mut hx = (x.to_bits() >> 32) as u32 as i32;
    let mut k: i32 = 0;
    if hx < 0x0010_0000 {
        // x < 2^-1022.
        if x.to_bits() << 1 == 0 {
            return f64::NEG_INFINITY;
        }
        if hx < 0 {
            return f64::NAN;
        }
        // Subnormal: scale up.
        k -= 54;
        x *= power_of_two(54);
        hx = (x.to_bits() >> 32) as u32 as i32;
    }
    if hx >= 0x7ff0_0000 {
        return x + x;
    }
    k += (hx >> 20) - 1023;
    let i = ((k as u32) & 0x8000_0000) >> 31;
    let hx = (hx & 0x000f_ffff) | ((0x3ff - i as i32) << 20);
    let y = f64::from(k + i as i32);
    let x = f64::from_bits((u64::from(hx as u32) << 32) | (x.to_bits() & 0xffff_ffff));
    let z = y * LOG10_2_LO + INV_LN10 * log(x);
    z + y * LOG10_2_HI
}
