//! `exp` and `exp2`: ports of ARM optimized-routines' `math/exp.c` and
//! `math/exp2.c` (Copyright (c) 2018 Arm Limited, MIT OR Apache-2.0 WITH
//! LLVM-exception), as glibc builds them for x86_64 with FMA.

use super::exp_data::EXP_TAB;
use super::{madd, power_of_two, top12};

/// `a * b + c` with two roundings.
#[inline]
fn unfused(a: f64, b: f64, c: f64) -> f64 {
    a * b + c
}

/// `EXP_TABLE_BITS`.
pub(super) const TABLE_BITS: u32 = 7;
/// `N = 1 << EXP_TABLE_BITS`.
pub(super) const N: u64 = 1 << TABLE_BITS;
/// N/ln2 (0x1.71547652b82fep0 * N).
pub(super) const INV_LN2_N: f64 = f64::from_bits(0x40671547652b82fe);
/// -ln2/N, high part (-0x1.62e42fefa0000p-8).
pub(super) const NEG_LN2_HI_N: f64 = f64::from_bits(0xbf762e42fefa0000);
/// -ln2/N, low part (-0x1.cf79abc9e3b3ap-47).
pub(super) const NEG_LN2_LO_N: f64 = f64::from_bits(0xbd0cf79abc9e3b3a);
/// 0x1.8p52: adding it rounds to an integer.
pub(super) const SHIFT: f64 = f64::from_bits(0x4338000000000000);
/// exp polynomial, 0x1.ffffffffffdbdp-2.
pub(super) const C2: f64 = f64::from_bits(0x3fdffffffffffdbd);
/// 0x1.555555555543cp-3.
pub(super) const C3: f64 = f64::from_bits(0x3fc555555555543c);
/// 0x1.55555cf172b91p-5.
pub(super) const C4: f64 = f64::from_bits(0x3fa55555cf172b91);
/// 0x1.1111167a4d017p-7.
pub(super) const C5: f64 = f64::from_bits(0x3f81111167a4d017);
/// 0x1.8p52 / N.
const EXP2_SHIFT: f64 = f64::from_bits(0x42c8000000000000);
/// exp2 polynomial, 0x1.62e42fefa39efp-1.
const E2_C1: f64 = f64::from_bits(0x3fe62e42fefa39ef);
/// 0x1.ebfbdff82c424p-3.
const E2_C2: f64 = f64::from_bits(0x3fcebfbdff82c424);
/// 0x1.c6b08d70cf4b5p-5.
const E2_C3: f64 = f64::from_bits(0x3fac6b08d70cf4b5);
/// 0x1.3b2abd24650ccp-7.
const E2_C4: f64 = f64::from_bits(0x3f83b2abd24650cc);
/// 0x1.5d7e09b4e3a84p-10.
const E2_C5: f64 = f64::from_bits(0x3f55d7e09b4e3a84);

/// `top12(0x1p-54)`.
pub(super) const TOP_TINY: u32 = 0x3c9;
/// `top12(512.0)`.
pub(super) const TOP_512: u32 = 0x408;
/// `top12(1024.0)`.
pub(super) const TOP_1024: u32 = 0x409;

/// `2^(k/N) ~= scale * (1 + tail)`: the tail and the bits of scale (whose
/// exponent may have overflowed) for the integer `ki`, with `extra` added to
/// the exponent field (pow's sign bias).
#[inline]
pub(super) fn table_entry(ki: u64, extra: u64) -> (f64, u64) {
    let idx = (2 * (ki % N)) as usize;
    let top = ki.wrapping_add(extra) << (52 - TABLE_BITS);
    let tail = f64::from_bits(EXP_TAB[idx]);
    let sbits = EXP_TAB[idx + 1].wrapping_add(top);
    (tail, sbits)
}

/// `specialcase` of exp.c: `scale * (1 + tmp)` where it may overflow or
/// underflow, rounding once also in the subnormal range.
fn special_case(tmp: f64, sbits: u64, ki: u64) -> f64 {
    if ki & 0x8000_0000 == 0 {
        // k > 0: the exponent of scale might have overflowed by <= 460.
        let scale = f64::from_bits(sbits.wrapping_sub(1009 << 52));
        return power_of_two(1009) * madd(scale, tmp, scale);
    }
    // k < 0: care in the subnormal range.
    let scale = f64::from_bits(sbits.wrapping_add(1022 << 52));
    // GCC fuses no multiply whose product is also used in another block.
    let product = scale * tmp;
    let mut y = scale + product;
    if y < 1.0 {
        let lo = scale - y + product;
        let hi = 1.0 + y;
        let lo = 1.0 - hi + y + lo;
        y = (hi + lo) - 1.0;
        if y == 0.0 {
            y = 0.0;
        }
    }
    f64::MIN_POSITIVE * y
}

/// e^x, as glibc computes it.
pub(crate) fn exp(x: f64) -> f64 {
    let mut abstop = top12(x) & 0x7ff;
    if abstop.wrapping_sub(TOP_TINY) >= TOP_512 - TOP_TINY {
        if abstop.wrapping_sub(TOP_TINY) >= 0x8000_0000 {
            // Tiny x (and 0): 1 + x.
            return 1.0 + x;
        }
        if abstop >= TOP_1024 {
            if x.to_bits() == f64::NEG_INFINITY.to_bits() {
                return 0.0;
            }
            if abstop >= 0x7ff {
                return 1.0 + x;
            }
            return if x.to_bits() >> 63 != 0 {
                0.0
            } else {
                f64::INFINITY
            };
        }
        // Large x is special-cased below.
        abstop = 0;
    }
    // exp(x) = 2^(k/N) * exp(r), with x = ln2/N*k + r and |r| <= ln2/2N.
    let shifted = madd(INV_LN2_N, x, SHIFT);
    let ki = shifted.to_bits();
    let kd = shifted - SHIFT;
    let r = madd(kd, NEG_LN2_LO_N, madd(kd, NEG_LN2_HI_N, x));
    let (tail, sbits) = table_entry(ki, 0);
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

/// `specialcase` of exp2.c.
fn exp2_special_case(tmp: f64, sbits: u64, ki: u64) -> f64 {
    if ki & 0x8000_0000 == 0 {
        // k > 0: the exponent of scale might have overflowed by 1.
        let scale = f64::from_bits(sbits.wrapping_sub(1 << 52));
        return 2.0 * unfused(scale, tmp, scale);
    }
    let scale = f64::from_bits(sbits.wrapping_add(1022 << 52));
    // GCC fuses no multiply whose product is also used in another block.
    let product = scale * tmp;
    let mut y = scale + product;
    if y < 1.0 {
        let lo = scale - y + product;
        let hi = 1.0 + y;
        let lo = 1.0 - hi + y + lo;
        y = (hi + lo) - 1.0;
        if y == 0.0 {
            y = 0.0;
        }
    }
    f64::MIN_POSITIVE * y
}

/// 2^x, as glibc computes it: glibc has no FMA build of `exp2` for x86_64, so
/// nothing is fused here.
pub(crate) fn exp2(x: f64) -> f64 {
    let mut abstop = top12(x) & 0x7ff;
    if abstop.wrapping_sub(TOP_TINY) >= TOP_512 - TOP_TINY {
        if abstop.wrapping_sub(TOP_TINY) >= 0x8000_0000 {
            return 1.0 + x;
        }
        if abstop >= TOP_1024 {
            if x.to_bits() == f64::NEG_INFINITY.to_bits() {
                return 0.0;
            }
            if abstop >= 0x7ff {
                return 1.0 + x;
            }
            if x.to_bits() >> 63 == 0 {
                return f64::INFINITY;
            } else if x.to_bits() >= (-1075.0f64).to_bits() {
                return 0.0;
            }
        }
        if x.to_bits() << 1 > 928.0f64.to_bits() << 1 {
            // Large x is special-cased below.
            abstop = 0;
        }
    }
    // exp2(x) = 2^(k/N) * 2^r, with x = k/N + r and |r| <= 1/2N.
    let shifted = x + EXP2_SHIFT;
    let ki = shifted.to_bits();
    let kd = shifted - EXP2_SHIFT;
    let r = x - kd;
    let (tail, sbits) = table_entry(ki, 0);
    let r2 = r * r;
    let tmp = unfused(
        r2 * r2,
        unfused(r, E2_C5, E2_C4),
        unfused(r2, unfused(r, E2_C3, E2_C2), unfused(r, E2_C1, tail)),
    );
    if abstop == 0 {
        return exp2_special_case(tmp, sbits, ki);
    }
    let scale = f64::from_bits(sbits);
    unfused(scale, tmp, scale)
}
