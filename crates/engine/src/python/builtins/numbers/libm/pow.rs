//! `pow`: a port of ARM optimized-routines' `math/pow.c` (Copyright (c) 2018
//! Arm Limited, MIT OR Apache-2.0 WITH LLVM-exception), as glibc builds it for
//! x86_64 with FMA (`POW_LOG_TABLE_BITS` 7, `POW_LOG_POLY_ORDER` 8, the exp
//! table of `exp`). Worst-case error 0.54 ULP.

use super::exp::{
    table_entry, C2, C3, C4, C5, INV_LN2_N, NEG_LN2_HI_N, NEG_LN2_LO_N, SHIFT, TOP_1024, TOP_512,
    TOP_TINY,
};
use super::log::{LN2_HI, LN2_LO};
use super::pow_log_data::POW_LOG_TAB;
use super::{madd, power_of_two, top12};

/// The log polynomial, scaled as the evaluation needs (A[0] = -0.5).
const A: [f64; 7] = [
    f64::from_bits(0xbfe0000000000000), // -0x1p-1
    f64::from_bits(0xbfe5555555555560), // 0x1.555555555556p-2 * -2
    f64::from_bits(0x3fe0000000000006), // -0x1.0000000000006p-2 * -2
    f64::from_bits(0x3fe999999959554e), // 0x1.999999959554ep-3 * 4
    f64::from_bits(0xbfe555555529a47a), // -0x1.555555529a47ap-3 * 4
    f64::from_bits(0xbff2495b9b4845e9), // 0x1.2495b9b4845e9p-3 * -8
    f64::from_bits(0x3ff0002b8b263fc3), // -0x1.0002b8b263fc3p-3 * -8
];
/// `N = 1 << POW_LOG_TABLE_BITS`.
const N: u64 = 128;
/// The table subintervals start here.
const OFF: u64 = 0x3fe6955500000000;
/// Added to the exponent field of the result to make it negative.
const SIGN_BIAS: u64 = 0x800 << 7;
/// The bits of 1.0.
const ONE_BITS: u64 = 0x3ff0000000000000;

/// log(x) as `(y, tail)`, y rounded and tail about 15 more bits. `ix` is the
/// bit pattern of x, normalized in the subnormal range.
fn log_inline(ix: u64) -> (f64, f64) {
    let tmp = ix.wrapping_sub(OFF);
    let i = ((tmp >> (52 - 7)) % N) as usize;
    let k = (tmp as i64) >> 52;
    let iz = ix.wrapping_sub(tmp & (0xfff << 52));
    let z = f64::from_bits(iz);
    let kd = k as f64;
    let [invc, logc, logctail] = POW_LOG_TAB[i].map(f64::from_bits);
    // 1/c is j/N or j/N/2 with j in [N, 2N), so r = z/c - 1 is exact.
    let r = z.mul_add(invc, -1.0);
    // k*Ln2 + log(c) + r.
    let t1 = madd(kd, LN2_HI, logc);
    let t2 = t1 + r;
    let lo1 = madd(kd, LN2_LO, logctail);
    let lo2 = t1 - t2 + r;
    let ar = A[0] * r;
    let ar2 = r * ar;
    let ar3 = r * ar2;
    // k*Ln2 + log(c) + r + A[0]*r*r.
    let hi = t2 + ar2;
    let lo3 = ar.mul_add(r, -ar2);
    let lo4 = t2 - hi + ar2;
    // p = log1p(r) - r - A[0]*r*r.
    let q = madd(
        ar2,
        madd(ar2, madd(r, A[6], A[5]), madd(r, A[4], A[3])),
        madd(r, A[2], A[1]),
    );
    let lo = madd(ar3, q, lo1 + lo2 + lo3 + lo4);
    let y = hi + lo;
    (y, hi - y + lo)
}

/// `specialcase` of pow.c: `scale * (1 + tmp)` where it may overflow or
/// underflow; sbits may carry the sign.
fn special_case(tmp: f64, sbits: u64, ki: u64) -> f64 {
    if ki & 0x8000_0000 == 0 {
        // k > 0: the exponent of scale might have overflowed by <= 460.
        let scale = f64::from_bits(sbits.wrapping_sub(1009 << 52));
        return power_of_two(1009) * madd(scale, tmp, scale);
    }
    // k < 0: care in the subnormal range.
    let sbits = sbits.wrapping_add(1022 << 52);
    let scale = f64::from_bits(sbits);
    // GCC fuses no multiply whose product is also used in another block.
    let product = scale * tmp;
    let mut y = scale + product;
    if y.abs() < 1.0 {
        let one = if y < 0.0 { -1.0 } else { 1.0 };
        let lo = scale - y + product;
        let hi = one + y;
        let lo = one - hi + y + lo;
        y = (hi + lo) - one;
        if y == 0.0 {
            y = f64::from_bits(sbits & 0x8000_0000_0000_0000);
        }
    }
    f64::MIN_POSITIVE * y
}

/// `sign * exp(x + xtail)` with |xtail| < 2^-8/N, where `sign_bias` is
/// [`SIGN_BIAS`] (negative) or 0.
fn exp_inline(x: f64, xtail: f64, sign_bias: u64) -> f64 {
    let mut abstop = top12(x) & 0x7ff;
    if abstop.wrapping_sub(TOP_TINY) >= TOP_512 - TOP_TINY {
        if abstop.wrapping_sub(TOP_TINY) >= 0x8000_0000 {
            let one = 1.0 + x;
            return if sign_bias != 0 { -one } else { one };
        }
        if abstop >= TOP_1024 {
            let magnitude = if x.to_bits() >> 63 != 0 {
                0.0
            } else {
                f64::INFINITY
            };
            return if sign_bias != 0 {
                -magnitude
            } else {
                magnitude
            };
        }
        // Large x is special-cased below.
        abstop = 0;
    }
    let shifted = madd(INV_LN2_N, x, SHIFT);
    let ki = shifted.to_bits();
    let kd = shifted - SHIFT;
    let r = madd(kd, NEG_LN2_LO_N, madd(kd, NEG_LN2_HI_N, x)) + xtail;
    let (tail, sbits) = table_entry(ki, sign_bias);
    let r2 = r * r;
    let tmp = madd(
        r2 * r2,
        madd(r, C5, C4),
        madd(r2, madd(r, C3, C2), tail + r),
    );
    if abstop == 0 {
        return special_case(tmp, sbits, ki);
    }
    let scale = f64::from_bits(sbits);
    madd(scale, tmp, scale)
}

/// 0 if the non-zero finite `iy` is not an integer, 1 if odd, 2 if even.
fn check_int(iy: u64) -> u32 {
    let e = (iy >> 52 & 0x7ff) as i32;
    if e < 0x3ff {
        return 0;
    }
    if e > 0x3ff + 52 {
        return 2;
    }
    let shift = (0x3ff + 52 - e) as u32;
    if iy & ((1u64 << shift) - 1) != 0 {
        return 0;
    }
    if iy & (1u64 << shift) != 0 {
        return 1;
    }
    2
}

/// Whether `i` is the bit pattern of 0, an infinity or a NaN.
fn zero_inf_nan(i: u64) -> bool {
    (i << 1).wrapping_sub(1) >= (f64::INFINITY.to_bits() << 1) - 1
}

/// x^y, as glibc's `pow` computes it (C's special cases).
pub(crate) fn pow(x: f64, y: f64) -> f64 {
    let mut sign_bias = 0;
    let mut ix = x.to_bits();
    let iy = y.to_bits();
    let mut topx = top12(x);
    let topy = top12(y);
    if topx.wrapping_sub(0x001) >= 0x7ff - 0x001
        || (topy & 0x7ff).wrapping_sub(0x3be) >= 0x43e - 0x3be
    {
        // x < 0x1p-1022 or inf or nan, or |y| < 2^-65 or |y| >= 2^63 or nan.
        if zero_inf_nan(iy) {
            if iy << 1 == 0 || ix == ONE_BITS {
                return 1.0;
            }
            if ix << 1 > f64::INFINITY.to_bits() << 1 || iy << 1 > f64::INFINITY.to_bits() << 1 {
                return x + y;
            }
            if ix << 1 == ONE_BITS << 1 {
                return 1.0;
            }
            if (ix << 1 < ONE_BITS << 1) == (iy >> 63 == 0) {
                return 0.0;
            }
            return y * y;
        }
        if zero_inf_nan(ix) {
            let mut x2 = x * x;
            if ix >> 63 != 0 && check_int(iy) == 1 {
                x2 = -x2;
            }
            return if iy >> 63 != 0 { 1.0 / x2 } else { x2 };
        }
        // x and y are non-zero finite.
        if ix >> 63 != 0 {
            match check_int(iy) {
                0 => return f64::NAN,
                1 => sign_bias = SIGN_BIAS,
                _ => {}
            }
            ix &= 0x7fff_ffff_ffff_ffff;
            topx &= 0x7ff;
        }
        if (topy & 0x7ff).wrapping_sub(0x3be) >= 0x43e - 0x3be {
            // sign_bias == 0 here because y is not odd.
            if ix == ONE_BITS {
                return 1.0;
            }
            if (topy & 0x7ff) < 0x3be {
                // |y| < 2^-65: x^y ~= 1 + y*log(x).
                return if ix > ONE_BITS { 1.0 + y } else { 1.0 - y };
            }
            return if (ix > ONE_BITS) == (topy < 0x800) {
                f64::INFINITY
            } else {
                0.0
            };
        }
        if topx == 0 {
            // Normalize a subnormal x so the exponent becomes negative.
            ix = (x * power_of_two(52)).to_bits();
            ix &= 0x7fff_ffff_ffff_ffff;
            ix = ix.wrapping_sub(52 << 52);
        }
    }
    let (hi, lo) = log_inline(ix);
    let ehi = y * hi;
    let elo = madd(y, lo, y.mul_add(hi, -ehi));
    exp_inline(ehi, elo, sign_bias)
}
