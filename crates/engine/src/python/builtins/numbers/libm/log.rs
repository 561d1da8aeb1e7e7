//! `log`: a port of ARM optimized-routines' `math/log.c` (Copyright (c) 2018
//! Arm Limited, MIT OR Apache-2.0 WITH LLVM-exception), as glibc builds it for
//! x86_64 with FMA (`LOG_TABLE_BITS` 7, `LOG_POLY_ORDER` 6, `LOG_POLY1_ORDER` 12).

use super::log_data::LOG_TAB;
use super::{madd, power_of_two};

/// ln2, high part (0x1.62e42fefa3800p-1): k * LN2_HI is exact.
pub(super) const LN2_HI: f64 = f64::from_bits(0x3fe62e42fefa3800);
/// ln2, low part (0x1.ef35793c76730p-45).
pub(super) const LN2_LO: f64 = f64::from_bits(0x3d2ef35793c76730);
/// log1p polynomial near 1, `poly1` (B[0] = -0.5).
const B: [f64; 11] = [
    f64::from_bits(0xbfe0000000000000), // -0x1p-1
    f64::from_bits(0x3fd5555555555577), // 0x1.5555555555577p-2
    f64::from_bits(0xbfcffffffffffdcb), // -0x1.ffffffffffdcbp-3
    f64::from_bits(0x3fc999999995dd0c), // 0x1.999999995dd0cp-3
    f64::from_bits(0xbfc55555556745a7), // -0x1.55555556745a7p-3
    f64::from_bits(0x3fc24924a344de30), // 0x1.24924a344de3p-3
    f64::from_bits(0xbfbfffffa4423d65), // -0x1.fffffa4423d65p-4
    f64::from_bits(0x3fbc7184282ad6ca), // 0x1.c7184282ad6cap-4
    f64::from_bits(0xbfb999eb43b068ff), // -0x1.999eb43b068ffp-4
    f64::from_bits(0x3fb78182f7afd085), // 0x1.78182f7afd085p-4
    f64::from_bits(0xbfb5521375d145cd), // -0x1.5521375d145cdp-4
];
/// log1p(r) - r polynomial, `poly` (N = 128, order 6).
const A: [f64; 5] = [
    f64::from_bits(0xbfe0000000000001), // -0x1.0000000000001p-1
    f64::from_bits(0x3fd555555551305b), // 0x1.555555551305bp-2
    f64::from_bits(0xbfcfffffffeb4590), // -0x1.fffffffeb459p-3
    f64::from_bits(0x3fc999b324f10111), // 0x1.999b324f10111p-3
    f64::from_bits(0xbfc55575e506c89f), // -0x1.55575e506c89fp-3
];
/// `N = 1 << LOG_TABLE_BITS`.
const N: u64 = 128;
/// The table subintervals start here (0x1.6p-1).
const OFF: u64 = 0x3fe6000000000000;

/// The natural logarithm, as glibc computes it.
pub(crate) fn log(x: f64) -> f64 {
    let mut ix = x.to_bits();
    let top = (ix >> 48) as u32;
    let lo_bound = 0.9375f64.to_bits(); // 1 - 0x1p-4
    let hi_bound = 1.064697265625f64.to_bits(); // 1 + 0x1.09p-4
    if ix.wrapping_sub(lo_bound) < hi_bound - lo_bound {
        // Close to 1.0: a polynomial in r = x - 1.
        if ix == 1.0f64.to_bits() {
            return 0.0;
        }
        let r = x - 1.0;
        let r2 = r * r;
        let r3 = r * r2;
        let q3 = madd(r3, B[10], madd(r2, B[9], madd(r, B[8], B[7])));
        let q2 = madd(r3, q3, madd(r2, B[6], madd(r, B[5], B[4])));
        let q1 = madd(r3, q2, madd(r2, B[3], madd(r, B[2], B[1])));
        // Worst-case error is around 0.507 ULP.
        let w = r * power_of_two(27);
        let rhi = r + w - w;
        let rlo = r - rhi;
        let w = rhi * rhi * B[0]; // B[0] == -0.5.
        let hi = r + w;
        let lo = r - hi + w;
        let lo = madd(B[0] * rlo, rhi + r, lo);
        let y = madd(r3, q1, lo);
        return y + hi;
    }
    if top.wrapping_sub(0x0010) >= 0x7ff0 - 0x0010 {
        // x < 0x1p-1022 or inf or nan.
        if ix << 1 == 0 {
            return f64::NEG_INFINITY;
        }
        if ix == f64::INFINITY.to_bits() {
            return x;
        }
        if (top & 0x8000) != 0 || (top & 0x7ff0) == 0x7ff0 {
            return f64::NAN;
        }
        // Subnormal: normalize.
        ix = (x * power_of_two(52)).to_bits();
        ix = ix.wrapping_sub(52 << 52);
    }
    // x = 2^k z with z in [OFF, 2*OFF) and exact; c is near the centre of the
    // subinterval of z.
    let tmp = ix.wrapping_sub(OFF);
    let i = ((tmp >> (52 - 7)) % N) as usize;
    let k = (tmp as i64) >> 52;
    let iz = ix.wrapping_sub(tmp & (0xfff << 52));
    let invc = f64::from_bits(LOG_TAB[i][0]);
    let logc = f64::from_bits(LOG_TAB[i][1]);
    let z = f64::from_bits(iz);
    // log(x) = log1p(z/c-1) + log(c) + k*Ln2, r ~= z/c - 1.
    let r = z.mul_add(invc, -1.0);
    let kd = k as f64;
    let w = madd(kd, LN2_HI, logc);
    let hi = w + r;
    let lo = madd(kd, LN2_LO, w - hi + r);
    let r2 = r * r;
    let p = madd(r2, madd(r, A[4], A[3]), madd(r, A[2], A[1]));
    let y = madd(r * r2, p, madd(r2, A[0], lo));
    y + hi
}
