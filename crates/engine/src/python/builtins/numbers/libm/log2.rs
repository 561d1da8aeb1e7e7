//! `log2`: a port of ARM optimized-routines' `math/log2.c` (Copyright (c) 2018
//! Arm Limited, MIT OR Apache-2.0 WITH LLVM-exception), as glibc builds it for
//! x86_64 with FMA (`LOG2_TABLE_BITS` 6, `LOG2_POLY_ORDER` 7,
//! `LOG2_POLY1_ORDER` 11).

use super::log2_data::LOG2_TAB;
use super::{madd, power_of_two};

/// 1/ln2, high part (0x1.7154765200000p+0).
const INV_LN2_HI: f64 = f64::from_bits(0x3ff7154765200000);
/// 1/ln2, low part (0x1.705fc2eefa200p-33).
const INV_LN2_LO: f64 = f64::from_bits(0x3de705fc2eefa200);
/// log2(1 + r) - r/ln2 near 1, `poly1`.
const B: [f64; 10] = [
    f64::from_bits(0xbfe71547652b82fe), // -0x1.71547652b82fep-1
    f64::from_bits(0x3fdec709dc3a03f7), // 0x1.ec709dc3a03f7p-2
    f64::from_bits(0xbfd71547652b7c3f), // -0x1.71547652b7c3fp-2
    f64::from_bits(0x3fd2776c50f05be4), // 0x1.2776c50f05be4p-2
    f64::from_bits(0xbfcec709dd768fe5), // -0x1.ec709dd768fe5p-3
    f64::from_bits(0x3fca61761ec4e736), // 0x1.a61761ec4e736p-3
    f64::from_bits(0xbfc7153fbc64a79b), // -0x1.7153fbc64a79bp-3
    f64::from_bits(0x3fc484d154f01b4a), // 0x1.484d154f01b4ap-3
    f64::from_bits(0xbfc289e4a72c383c), // -0x1.289e4a72c383cp-3
    f64::from_bits(0x3fc0b32f285aee66), // 0x1.0b32f285aee66p-3
];
/// log2(1 + r) = r/ln2 + r^2 * poly(r), `poly` (N = 64, order 7).
const A: [f64; 6] = [
    f64::from_bits(0xbfe71547652b8339), // -0x1.71547652b8339p-1
    f64::from_bits(0x3fdec709dc3a04be), // 0x1.ec709dc3a04bep-2
    f64::from_bits(0xbfd7154764702ffb), // -0x1.7154764702ffbp-2
    f64::from_bits(0x3fd2776c50034c48), // 0x1.2776c50034c48p-2
    f64::from_bits(0xbfcec7b328ea92bc), // -0x1.ec7b328ea92bcp-3
    f64::from_bits(0x3fca6225e117f92e), // 0x1.a6225e117f92ep-3
];
/// `N = 1 << LOG2_TABLE_BITS`.
const N: u64 = 64;
/// The table subintervals start here (0x1.6p-1).
const OFF: u64 = 0x3fe6000000000000;

/// The base-2 logarithm, as glibc computes it.
pub(crate) fn log2(x: f64) -> f64 {
    let mut ix = x.to_bits();
    let top = (ix >> 48) as u32;
    let lo_bound = 0.9576029777526855f64.to_bits(); // 1 - 0x1.5b51p-5
    let hi_bound = 1.0442743301391602f64.to_bits(); // 1 + 0x1.6ab2p-5
    if ix.wrapping_sub(lo_bound) < hi_bound - lo_bound {
        // Close to 1.0.
        if ix == 1.0f64.to_bits() {
            return 0.0;
        }
        let r = x - 1.0;
        let hi = r * INV_LN2_HI;
        let mut lo = madd(r, INV_LN2_LO, r.mul_add(INV_LN2_HI, -hi));
        let r2 = r * r;
        let r4 = r2 * r2;
        let q0 = madd(r, B[1], B[0]);
        let y = madd(r2, q0, hi);
        lo += madd(r2, q0, hi - y);
        let upper = madd(r2, madd(r, B[9], B[8]), madd(r, B[7], B[6]));
        let lower = madd(r2, madd(r, B[5], B[4]), madd(r, B[3], B[2]));
        lo = madd(r4, madd(r4, upper, lower), lo);
        return y + lo;
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
    // x = 2^k z with z in [OFF, 2*OFF) and exact.
    let tmp = ix.wrapping_sub(OFF);
    let i = ((tmp >> (52 - 6)) % N) as usize;
    let k = (tmp as i64) >> 52;
    let iz = ix.wrapping_sub(tmp & (0xfff << 52));
    let invc = f64::from_bits(LOG2_TAB[i][0]);
    let logc = f64::from_bits(LOG2_TAB[i][1]);
    let z = f64::from_bits(iz);
    let kd = k as f64;
    // log2(x) = log2(z/c) + log2(c) + k, r ~= z/c - 1.
    let r = z.mul_add(invc, -1.0);
    let t1 = r * INV_LN2_HI;
    let t2 = madd(r, INV_LN2_LO, r.mul_add(INV_LN2_HI, -t1));
    let t3 = kd + logc;
    let hi = t3 + t1;
    let lo = t3 - hi + t1 + t2;
    let r2 = r * r;
    let r4 = r2 * r2;
    let p = madd(
        r4,
        madd(r, A[5], A[4]),
        madd(r2, madd(r, A[3], A[2]), madd(r, A[1], A[0])),
    );
    madd(r2, p, lo) + hi
}
