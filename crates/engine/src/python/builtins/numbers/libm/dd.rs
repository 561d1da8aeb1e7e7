//! Double-double arithmetic: a value as the unevaluated sum `hi + lo` of two
//! doubles, about 106 bits. Each operation rounds only in the last bits of
//! `lo`, so a function evaluated this way and rounded once at the end is
//! correctly rounded except when the exact result is within about 2^-100 of
//! a midpoint between two doubles. Exact products come from `f64::mul_add`
//! (IEEE 754 defines it to round once), and in WebAssembly, which has no
//! fused multiply-add (`mul_add` is a software routine there, several times
//! slower), from Dekker's algorithm: Veltkamp's split into halves of 26
//! bits, whose products are exact, with `mul_add` kept for the ends of the
//! range where splitting could overflow or the error fall below the normal
//! doubles. Both give the one exact error, so the bits are the same on
//! every target (a test compares them).

use std::ops::{Add, Div, Mul, Neg, Sub};

/// `hi + lo` with `|lo| <= ulp(hi) / 2`.
#[derive(Clone, Copy, Debug)]
pub(super) struct Dd {
    /// The value rounded to a double.
    pub(super) hi: f64,
    /// What `hi` leaves out.
    pub(super) lo: f64,
}

/// `a + b` exactly, as the rounded sum and its error.
#[inline]
fn two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    let bb = s - a;
    (s, (a - (s - bb)) + (b - bb))
}

/// `a + b` exactly for `|a| >= |b|` (or a == 0).
#[inline]
fn fast_two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    (s, b - (s - a))
}

/// `a * b` exactly, as the rounded product and its error.
#[inline]
fn two_product(a: f64, b: f64) -> (f64, f64) {
    if cfg!(target_arch = "wasm32") {
        split_two_product(a, b)
    } else {
        fused_two_product(a, b)
    }
}

/// [`two_product`] by one fused multiply-add.
#[inline]
fn fused_two_product(a: f64, b: f64) -> (f64, f64) {
    let p = a * b;
    (p, a.mul_add(b, -p))
}

/// [`two_product`] by Dekker's algorithm, or by [`fused_two_product`] where
/// splitting could overflow or the error is not a normal double.
#[inline]
fn split_two_product(a: f64, b: f64) -> (f64, f64) {
    let p = a * b;
    let magnitude = p.abs();
    if a.abs() > SPLIT_LIMIT
        || b.abs() > SPLIT_LIMIT
        || !(SMALLEST_SPLIT_PRODUCT..=SPLIT_LIMIT).contains(&magnitude)
    {
        return fused_two_product(a, b);
    }
    let (a_hi, a_lo) = split(a);
    let (b_hi, b_lo) = split(b);
    (
        p,
        ((a_hi * b_hi - p) + a_hi * b_lo + a_lo * b_hi) + a_lo * b_lo,
    )
}

/// Veltkamp's constant, 2^27 + 1: it splits a double into two halves of 26 bits.
const SPLITTER: f64 = 134_217_729.0;
/// Above this (about 2^963), a factor or product takes `mul_add`: the split
/// multiplies by [`SPLITTER`] and must not overflow.
const SPLIT_LIMIT: f64 = 1.0e290;
/// Below this (about 2^-900), a product takes `mul_add`: its error must be
/// a normal double for Dekker's algorithm to give it exactly.
const SMALLEST_SPLIT_PRODUCT: f64 = 1.0e-270;

/// `a` as `hi + lo` exactly, each with at most 26 significant bits.
#[inline]
fn split(a: f64) -> (f64, f64) {
    let scaled = SPLITTER * a;
    let hi = scaled - (scaled - a);
    (hi, a - hi)
}

impl Dd {
    /// A double-double from the bits of its two parts.
    pub(super) const fn from_bits(hi: u64, lo: u64) -> Dd {
        Dd {
            hi: f64::from_bits(hi),
            lo: f64::from_bits(lo),
        }
    }

    /// A double as a double-double.
    pub(super) const fn from_f64(value: f64) -> Dd {
        Dd { hi: value, lo: 0.0 }
    }

    /// The sum `hi + lo` normalized.
    pub(super) fn new(hi: f64, lo: f64) -> Dd {
        let (hi, lo) = two_sum(hi, lo);
        Dd { hi, lo }
    }

    /// The exact product of two doubles.
    pub(super) fn product(a: f64, b: f64) -> Dd {
        let (hi, lo) = two_product(a, b);
        Dd { hi, lo }
    }

    /// The value rounded once to a double.
    pub(super) fn to_f64(self) -> f64 {
        self.hi + self.lo
    }

    /// The square root of a non-negative double-double.
    pub(super) fn sqrt(self) -> Dd {
        if self.hi <= 0.0 {
            return Dd::from_f64(0.0);
        }
        let s = self.hi.sqrt();
        let square = Dd::product(s, s);
        let remainder = (self - square).hi;
        let (hi, lo) = fast_two_sum(s, remainder / (2.0 * s));
        Dd { hi, lo }
    }

    /// Multiplies by the power of two `2^exponent` (exact without underflow).
    pub(super) fn scale(self, factor: f64) -> Dd {
        Dd {
            hi: self.hi * factor,
            lo: self.lo * factor,
        }
    }
}

impl Add for Dd {
    type Output = Dd;
    fn add(self, other: Dd) -> Dd {
        let (s, e) = two_sum(self.hi, other.hi);
        let (t, f) = two_sum(self.lo, other.lo);
        let (s, e) = fast_two_sum(s, e + t);
        let (hi, lo) = fast_two_sum(s, e + f);
        Dd { hi, lo }
    }
}

impl Add<f64> for Dd {
    type Output = Dd;
    fn add(self, other: f64) -> Dd {
        let (s, e) = two_sum(self.hi, other);
        let (hi, lo) = fast_two_sum(s, e + self.lo);
        Dd { hi, lo }
    }
}

impl Neg for Dd {
    type Output = Dd;
    fn neg(self) -> Dd {
        Dd {
            hi: -self.hi,
            lo: -self.lo,
        }
    }
}

impl Sub for Dd {
    type Output = Dd;
    fn sub(self, other: Dd) -> Dd {
        self + (-other)
    }
}

impl Mul for Dd {
    type Output = Dd;
    fn mul(self, other: Dd) -> Dd {
        let (p, e) = two_product(self.hi, other.hi);
        let e = e + (self.hi * other.lo + self.lo * other.hi);
        let (hi, lo) = fast_two_sum(p, e);
        Dd { hi, lo }
    }
}

impl Mul<f64> for Dd {
    type Output = Dd;
    fn mul(self, other: f64) -> Dd {
        let (p, e) = two_product(self.hi, other);
        let (hi, lo) = fast_two_sum(p, e + self.lo * other);
        Dd { hi, lo }
    }
}

impl Div for Dd {
    type Output = Dd;
    fn div(self, other: Dd) -> Dd {
        let q1 = self.hi / other.hi;
        let r = self - other * q1;
        let q2 = r.hi / other.hi;
        let r = r - other * q2;
        let q3 = r.hi / other.hi;
        let (hi, lo) = fast_two_sum(q1, q2);
        Dd { hi, lo } + q3
    }
}

#[cfg(test)]
mod tests {
    use super::{fused_two_product, split_two_product};

    /// The split and the fused multiply-add give the same exact product, at
    /// every scale, across the range and at its ends.
    #[test]
    fn dekker_products_equal_fused_ones() {
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let mut compared = 0;
        for _ in 0..200_000 {
            // Any sign and exponent (NaN and infinity included), any mantissa.
            let (a, b) = (f64::from_bits(next()), f64::from_bits(next()));
            // And numbers of the sizes the functions use, with full mantissas.
            let scale = f64::from_bits((next() & 0x000f_ffff_ffff_ffff) | 0x3ff0_0000_0000_0000);
            let c = scale * (next() % 64) as f64 - 32.0;
            for (x, y) in [(a, b), (c, scale), (a, c), (c, c)] {
                let (split, fused) = (split_two_product(x, y), fused_two_product(x, y));
                assert!(
                    split.0.to_bits() == fused.0.to_bits()
                        && split.1.to_bits() == fused.1.to_bits()
                        || (split.0.is_nan() && fused.0.is_nan()),
                    "{x:e} * {y:e}: {split:?} against {fused:?}"
                );
                compared += 1;
            }
        }
        assert_eq!(compared, 800_000);
    }
}
