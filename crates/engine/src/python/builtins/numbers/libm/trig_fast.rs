//! The fast phase of `sin`, `cos` and `tan` (Ziv's strategy): for
//! `|x| < 2^19`, an evaluation in plain doubles with a rigorous bound on its
//! error, returned only when the bound shows it is the correctly rounded
//! result; otherwise (about 1 argument in 500) the caller falls back to the
//! accurate double-double path of [`super::trig`]. Both paths then give the
//! correctly rounded result, so the bits are the same as the accurate path's
//! alone (the accurate one is only unsure within about 2^-100 of a midpoint,
//! where the fast one never answers), and the same on every target: only
//! `+ - * /` are used, and exact products by Dekker's algorithm. Arguments
//! near multiples of pi/2, for which the accurate path reduces with big
//! integers, mostly take the fast phase too: its reduction carries pi/128 to
//! about 2^-148, enough for `|t|` down to about 2^-60.
//!
//! Method (the table-driven one of IBM's and CRlibm's `sin`): `x = k*pi/128
//! + t` with `|t| <= pi/256`, from Cody and Waite's reduction with four parts
//! of pi/128; then with `a = (k mod 64) * pi/128` and the quadrant `k / 64`,
//! `sin(x)` is `±sin(a + t)` or `±cos(a + t)`, that is `U cos(t) + V sin(t)`
//! for `U, V` among `±sin(a), ±cos(a)`, tabulated as double-doubles
//! ([`SIN_STEPS`]). `U + V*t` is formed exactly and the small rest,
//! `U (cos(t) - 1) + V (sin(t) - t)` and the low parts, in doubles.
//!
//! The error bound (u = 2^-53, |t| <= 0.01228, so t^2 <= 2^-12.69):
//! - the reduction: `t_hi + t_lo` differs from `x - k*pi/128` by at most
//!   `2.01 u (|e1| + |e2|) + 2.01 u |k C3| + k |R|` (the rounding errors of
//!   the tail's two sums and of `k*C3`, and the truncation of pi/128 after
//!   `C3`, |R| <= 2^-148.2), under `2^-52 (|e1| + |e2|) + k 2^-145.7`; it
//!   reaches the result multiplied by a derivative of at most 1;
//! - terms in `|U|`: `cos(t) - 1` computed with relative error 3u (three
//!   roundings) and truncation under 2^-82, `|cos(t) - 1| <= 2^-13.69`:
//!   2^-65.08; the rounding of `U_hi * c`, the neglected `U_lo * c` and the
//!   last sum's rounding, 2^-66.69 each: in all 2^-64.09 |U|;
//! - terms in `|t|`: `sin(t) - t` with relative error 4u (2^-66.27 |t|), the
//!   rounding of -1/6 (2^-68.69 |t|), the neglected series from t^9
//!   (2^-69.25 |t|), the rounding of `V_hi * s`, the neglected `V_lo * s`
//!   and two sums (2^-68.27 |t| each), and `t_lo` times the derivative taken
//!   as `V - U t_hi` (2^-66.66 |t|): in all 2^-64.65 |t|;
//! - the table's errors (2^-106 relative) and the rounding of the sums of
//!   the low parts (about 2^-103 (|U| + |t|)).
//!
//! The bound used is `2^-63 (|U| + |t|)` plus the reduction's, twice the
//! above or more: the margin also covers rounding in the bound itself and in
//! the test `hi + (lo - eps) == hi + (lo + eps)`.

use super::dd::Dd;
use super::power_of_two;
use super::trig_fast_data::SIN_STEPS;

/// Below this magnitude the fast phase applies: `k < 2^25`, so `k` times a
/// part of 28 bits is exact.
const FAST_LIMIT: f64 = power_of_two(19);
/// log2 of the steps in a quadrant.
const STEP_BITS: u32 = 6;
/// The steps of pi/128 in a quadrant.
const STEPS: u64 = 1 << STEP_BITS;
/// 128/pi rounded.
const INVERSE_STEP: f64 = f64::from_bits(0x40445f306dc9c883);
/// 1.5 * 2^52: adding it rounds a number below 2^51 to an integer, which
/// the low bits of the sum then hold.
const ROUNDING_SHIFT: f64 = f64::from_bits(0x4338000000000000);
/// pi/128 as `C0 + C1 + C2 + C3`, the first three of 28 bits or fewer (so
/// their products with `k < 2^25` are exact), to within 2^-148.2.
const STEP_PARTS: [f64; 4] = [
    f64::from_bits(0x3f9921fb54000000), // 0x1.921fb54p-6
    f64::from_bits(0x3db10b4612000000), // 0x1.10b4612p-36
    f64::from_bits(0xbbd676733a000000), // -0x1.676733ap-66
    f64::from_bits(0xba0d1fc8f8cbb5bf), // -0x1.d1fc8f8cbb5bfp-95
];
/// The bound on the result's error per unit of `|U| + |t|`.
const EVALUATION_ERROR: f64 = power_of_two(-63);
/// The reduction's bound per unit of `|e1| + |e2|`.
const TAIL_ERROR: f64 = power_of_two(-51);
/// The reduction's bound per unit of `k`.
const STEP_ERROR: f64 = power_of_two(-145);
/// `(-1)^k / (2k)!` for k in 2..=4 (`-1/2` is exact).
const COS_COEFFICIENTS: [f64; 3] = [
    f64::from_bits(0x3fa5555555555555),
    f64::from_bits(0xbf56c16c16c16c17),
    f64::from_bits(0x3efa01a01a01a01a),
];
/// `(-1)^k / (2k+1)!` for k in 1..=3.
const SIN_COEFFICIENTS: [f64; 3] = [
    f64::from_bits(0xbfc5555555555555),
    f64::from_bits(0x3f81111111111111),
    f64::from_bits(0xbf2a01a01a01a01a),
];

/// `a + b` exactly, as the rounded sum and its error.
#[inline(always)]
fn two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    let bb = s - a;
    (s, (a - (s - bb)) + (b - bb))
}

/// `a + b` exactly for `|a| >= |b|` (or `a == 0`).
#[inline(always)]
fn fast_two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    (s, b - (s - a))
}

/// Veltkamp's constant, 2^27 + 1: it splits a double into two halves of 26 bits.
const SPLITTER: f64 = 134_217_729.0;

/// `a * b` exactly, as the rounded product and its error, by Dekker's
/// algorithm (the halves' products are exact). Exact, so the same as
/// [`Dd::product`] on every target, with no call (`mul_add` is one without
/// a target feature for it) and no range checks: here the factors are
/// below 2^200 and the products 0 or above 2^-400 (`|t| >= 2^-300`, or
/// `k >= 1` and `|t|` above the distance of a double below 2^19 from a
/// multiple of pi/128, about 2^-70; `|tan(x)| < 2^70`), so neither the
/// split overflows nor the error falls below the normal doubles.
#[inline(always)]
fn exact_product(a: f64, b: f64) -> (f64, f64) {
    let p = a * b;
    let (a_hi, a_lo) = split(a);
    let (b_hi, b_lo) = split(b);
    (
        p,
        ((a_hi * b_hi - p) + a_hi * b_lo + a_lo * b_hi) + a_lo * b_lo,
    )
}

/// `a` as `hi + lo` exactly, each with at most 26 significant bits.
#[inline(always)]
fn split(a: f64) -> (f64, f64) {
    let scaled = SPLITTER * a;
    let hi = scaled - (scaled - a);
    (hi, a - hi)
}

/// `x = k*pi/128 + t` for `0 <= x < FAST_LIMIT`.
struct Reduced {
    /// `k` (below 2^25).
    k: u64,
    /// `t` rounded.
    hi: f64,
    /// What `hi` leaves out, to the reduction's error.
    lo: f64,
    /// A bound on the error of `hi + lo`.
    error: f64,
}

/// Cody and Waite's reduction of `0 <= x < FAST_LIMIT`. `x - k*C0` is exact:
/// `k*C0` lies on the grid of 2^-34, as does x (below 2^19), and the
/// difference is below 2^-6 while x >= 2^-7 when `k >= 1` (for `k == 0` it
/// is x). The next two subtractions are exact sums (`d1 + e1`, `d2 + e2`).
#[inline(always)]
fn reduce(x: f64) -> Reduced {
    let shifted = x * INVERSE_STEP + ROUNDING_SHIFT;
    let k = shifted.to_bits().wrapping_sub(ROUNDING_SHIFT.to_bits());
    let kf = shifted - ROUNDING_SHIFT;
    let d0 = x - kf * STEP_PARTS[0];
    let (d1, e1) = two_sum(d0, -(kf * STEP_PARTS[1]));
    let (d2, e2) = two_sum(d1, -(kf * STEP_PARTS[2]));
    let tail = (e1 + e2) - kf * STEP_PARTS[3];
    let (hi, lo) = two_sum(d2, tail);
    Reduced {
        k,
        hi,
        lo,
        error: TAIL_ERROR * (e1.abs() + e2.abs()) + STEP_ERROR * kf,
    }
}

/// `cos(t) - 1` and `sin(t) - t` at `t` (|t| <= 0.01228), in doubles.
#[inline(always)]
fn series(t: f64) -> (f64, f64) {
    let z = t * t;
    let cosine = z
        * (-0.5 + z * (COS_COEFFICIENTS[0] + z * (COS_COEFFICIENTS[1] + z * COS_COEFFICIENTS[2])));
    let sine =
        (t * z) * (SIN_COEFFICIENTS[0] + z * (SIN_COEFFICIENTS[1] + z * SIN_COEFFICIENTS[2]));
    (cosine, sine)
}

/// `(U, V)` with `sin(x + quarter_turns*pi/2) = U cos(t) + V sin(t)` for
/// `x = k*pi/128 + t`.
#[inline(always)]
fn coefficients(k: u64, quarter_turns: u64) -> (Dd, Dd) {
    let index = k.wrapping_add(quarter_turns * STEPS);
    let step = (index & (STEPS - 1)) as usize;
    let sine = SIN_STEPS[step];
    let cosine = SIN_STEPS[STEPS as usize - step];
    let quadrant = (index >> STEP_BITS) & 3;
    let (u, v) = if quadrant & 1 == 0 {
        (sine, cosine)
    } else {
        (cosine, -sine)
    };
    if quadrant & 2 == 0 {
        (u, v)
    } else {
        (-u, -v)
    }
}

/// `U cos(t) + V sin(t)` as `(hi, lo)` with `|lo| <= ulp(hi) / 2`, and a
/// bound on its error.
#[inline(always)]
fn evaluate(u: Dd, v: Dd, t: &Reduced, (cosine, sine): (f64, f64)) -> (f64, f64, f64) {
    // `|V t| < sin(pi/128) <= |U|` unless U is 0, so the fast sum is exact.
    let (product, product_error) = exact_product(v.hi, t.hi);
    let (head, head_error) = fast_two_sum(u.hi, product);
    let small = (product_error + head_error) + (u.lo + (v.lo * t.hi + t.lo * (v.hi - u.hi * t.hi)));
    let low = (small + v.hi * sine) + u.hi * cosine;
    let (hi, lo) = fast_two_sum(head, low);
    let error = EVALUATION_ERROR * (u.hi.abs() + t.hi.abs()) + t.error;
    (hi, lo, error)
}

/// `hi + lo` rounded when every value within `error` of it rounds the same.
#[inline(always)]
fn rounded(hi: f64, lo: f64, error: f64) -> Option<f64> {
    let low_end = hi + (lo - error);
    (low_end == hi + (lo + error)).then_some(low_end)
}

/// `sin(x + quarter_turns*pi/2)` for `2^-300 <= x < FAST_LIMIT` as
/// `(hi, lo, error)`: `hi + lo` with `|lo| <= ulp(hi) / 2`, within `error`.
#[inline(always)]
fn approximation(x: f64, quarter_turns: u64) -> (f64, f64, f64) {
    let t = reduce(x);
    let (u, v) = coefficients(t.k, quarter_turns);
    evaluate(u, v, &t, series(t.hi))
}

/// `tan(x)` for `2^-300 <= x < FAST_LIMIT` as `(hi, lo, error)`: the
/// quotient of the sine `n` and cosine `d`, `q0 + q1` with `q0 = n_hi / d_hi`
/// to 2 ulps and `q1 = (n - q0 d) / d`. `n_hi - q0 d_hi` is exact
/// (Sterbenz), and the rest rounds within 26 u^2 |q| (2^-101.3 |q|). With
/// `eps_n` and `eps_d` the bounds of `n` and `d`, the quotient is within
/// `(eps_n + |q| eps_d) / |d|` (times 1.01 when `eps_d <= |d| / 100`;
/// otherwise the bound exceeds |q| / 100 and the test fails) plus that.
#[inline(always)]
fn tan_approximation(x: f64) -> (f64, f64, f64) {
    let t = reduce(x);
    let terms = series(t.hi);
    let (u, v) = coefficients(t.k, 0);
    let (n_hi, n_lo, n_error) = evaluate(u, v, &t, terms);
    let (u, v) = coefficients(t.k, 1);
    let (d_hi, d_lo, d_error) = evaluate(u, v, &t, terms);
    let inverse = 1.0 / d_hi;
    let q0 = n_hi * inverse;
    let (product, product_error) = exact_product(q0, d_hi);
    let remainder = ((n_hi - product) - product_error) + (n_lo - q0 * d_lo);
    let (hi, lo) = fast_two_sum(q0, remainder * inverse);
    let error = (n_error + q0.abs() * d_error) * (inverse.abs() * 1.01) + QUOTIENT_ERROR * q0.abs();
    (hi, lo, error)
}

/// `sin(x)` for `2^-300 <= x`, when the fast phase is sure of it.
#[inline]
pub(super) fn sin(x: f64) -> Option<f64> {
    if x >= FAST_LIMIT {
        return None;
    }
    let (hi, lo, error) = approximation(x, 0);
    rounded(hi, lo, error)
}

/// `cos(x)` for `2^-300 <= x`, when the fast phase is sure of it.
#[inline]
pub(super) fn cos(x: f64) -> Option<f64> {
    if x >= FAST_LIMIT {
        return None;
    }
    let (hi, lo, error) = approximation(x, 1);
    rounded(hi, lo, error)
}

/// `tan(x)` for `2^-300 <= x`, when the fast phase is sure of it.
#[inline]
pub(super) fn tan(x: f64) -> Option<f64> {
    if x >= FAST_LIMIT {
        return None;
    }
    let (hi, lo, error) = tan_approximation(x);
    rounded(hi, lo, error)
}

/// The bound on the rounding errors of the quotient per unit of `|q|`.
const QUOTIENT_ERROR: f64 = power_of_two(-98);

#[cfg(test)]
mod tests {
    use super::super::dd::Dd;
    use super::super::trig::{accurate, cos_accurate, sin_accurate, tan_accurate};
    use super::{approximation, cos, exact_product, sin, tan, tan_approximation, FAST_LIMIT};

    /// SplitMix64: a small deterministic generator.
    struct Random(u64);

    impl Random {
        fn next(&mut self) -> u64 {
            self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            z ^ (z >> 31)
        }

        /// Uniform in [0, 1).
        fn unit(&mut self) -> f64 {
            (self.next() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
        }

        /// Uniform in [low, high).
        fn between(&mut self, low: f64, high: f64) -> f64 {
            low + (high - low) * self.unit()
        }
    }

    /// How many values the fast phase gave (all equal to the accurate
    /// path's) and how many it left to the accurate path.
    #[derive(Default)]
    struct Tally {
        answered: u64,
        fallbacks: u64,
    }

    impl Tally {
        /// Compares the fast phase of all three functions with the accurate
        /// path at `x` (any sign, finite, at least 2^-300 in magnitude).
        fn check(&mut self, x: f64) {
            let x = x.abs();
            type Pair = (fn(f64) -> Option<f64>, fn(f64) -> f64, &'static str);
            let pairs: [Pair; 3] = [
                (sin, sin_accurate, "sin"),
                (cos, cos_accurate, "cos"),
                (tan, tan_accurate, "tan"),
            ];
            for (fast, accurate, name) in pairs {
                match fast(x) {
                    Some(value) => {
                        let expected = accurate(x);
                        assert_eq!(
                            value.to_bits(),
                            expected.to_bits(),
                            "{name}({x:e} = {:#x}): {value:e} against {expected:e}",
                            x.to_bits()
                        );
                        self.answered += 1;
                    }
                    None if x < FAST_LIMIT => self.fallbacks += 1,
                    None => {}
                }
            }
        }

        /// Prints the fallback rate and checks it is below `limit`.
        fn report(&self, name: &str, limit: f64) {
            let total = self.answered + self.fallbacks;
            let rate = self.fallbacks as f64 / total.max(1) as f64;
            println!(
                "{name}: {total} fast-phase calls, {} fallbacks ({:.4} %)",
                self.fallbacks,
                rate * 100.0
            );
            assert!(rate <= limit, "{name}: fallback rate {rate}");
        }
    }

    /// `x` moved by `steps` units in the last place.
    fn nudged(x: f64, steps: i64) -> f64 {
        f64::from_bits(x.to_bits().wrapping_add_signed(steps))
    }

    /// Dekker's product without range checks is the fused one here.
    #[test]
    fn exact_products_are_dd_s() {
        let mut random = Random(5);
        for _ in 0..100_000 {
            let a = random.between(-1.0, 1.0);
            let scale = f64::from_bits((random.next() % 300 + 723) << 52);
            let b = random.between(-1.0, 1.0) * scale;
            let (p, e) = exact_product(a, b);
            let expected = Dd::product(a, b);
            assert_eq!(
                (p.to_bits(), e.to_bits()),
                (expected.hi.to_bits(), expected.lo.to_bits())
            );
        }
    }

    #[test]
    fn uniform_arguments_agree() {
        let mut random = Random(1);
        let mut tally = Tally::default();
        for _ in 0..1_000_000 {
            tally.check(random.between(-10.0, 10.0));
        }
        tally.report("uniform in [-10, 10]", 0.01);
        let mut tally = Tally::default();
        for _ in 0..1_000_000 {
            tally.check(random.between(-1000.0, 1000.0));
        }
        tally.report("uniform in [-1000, 1000]", 0.01);
    }

    #[test]
    fn scattered_magnitudes_agree() {
        let mut random = Random(2);
        let mut tally = Tally::default();
        for _ in 0..400_000 {
            // Log-uniform over [2^-300, 2^20].
            let exponent = random.between(-300.0, 20.0);
            let scale = f64::from_bits(((exponent.floor() as i64 + 1023) as u64) << 52);
            tally.check(scale * random.between(1.0, 2.0));
        }
        tally.report("log-uniform in [2^-300, 2^20]", 0.01);
        let mut tally = Tally::default();
        for _ in 0..100_000 {
            let exponent = random.between(-300.0, -1.0);
            let scale = f64::from_bits(((exponent.floor() as i64 + 1023) as u64) << 52);
            tally.check(scale * random.between(1.0, 2.0));
        }
        tally.report("tiny", 0.01);
        let mut tally = Tally::default();
        for _ in 0..100_000 {
            tally.check(random.between(0.785 - 1e-3, 0.785 + 1e-3));
        }
        for steps in -5000..5000 {
            tally.check(nudged(0.785, steps));
            tally.check(nudged(std::f64::consts::FRAC_PI_4, steps));
        }
        tally.report("around 0.785", 0.01);
        let mut tally = Tally::default();
        for _ in 0..100_000 {
            tally.check(random.between(FAST_LIMIT - 1000.0, FAST_LIMIT + 1000.0));
        }
        for steps in -5000..5000 {
            tally.check(nudged(FAST_LIMIT, steps));
        }
        tally.report("around 2^19", 0.01);
    }

    /// Near multiples of pi/2 and pi/4, where the accurate path's reduction
    /// is its exact one, and of pi/256 (where `k` can round either way).
    #[test]
    fn arguments_near_multiples_of_pi_agree() {
        let mut random = Random(3);
        let mut tally = Tally::default();
        let quarter = std::f64::consts::FRAC_PI_4;
        for _ in 0..60_000 {
            // Multiples of pi/4 below 2^19, most of them small.
            let limit = if random.next() & 1 == 0 {
                64.0
            } else {
                667_544.0
            };
            let multiple = (random.unit() * limit).floor() + 1.0;
            let x = multiple * quarter;
            for steps in -2..=2 {
                tally.check(nudged(x, steps));
            }
        }
        tally.report("near multiples of pi/4", 0.02);
        let mut tally = Tally::default();
        let half_step = std::f64::consts::PI / 256.0;
        for _ in 0..100_000 {
            let multiple = 2.0 * (random.unit() * 100_000.0).floor() + 1.0;
            let x = multiple * half_step;
            tally.check(nudged(x, (random.next() % 9) as i64 - 4));
        }
        tally.report("near odd multiples of pi/256", 0.01);
    }

    /// The arguments of the geometry benchmark (`math.radians` of multiples
    /// of 7.5 degrees) and the values the module's tests know.
    #[test]
    fn benchmark_and_known_arguments_agree() {
        let mut tally = Tally::default();
        let radians_per_degree = std::f64::consts::PI / 180.0;
        for step in 1..=150_000 {
            let heading = 7.5 * f64::from(step);
            tally.check(heading * radians_per_degree);
        }
        tally.report("geometry headings", 0.01);
        for x in [1.0, 0.5, 2.0, 3.0, 1e-8, 100.0, 1e5] {
            Tally::default().check(x);
        }
        assert_eq!(super::super::sin(1.0), 0.8414709848078965);
        assert_eq!(super::super::cos(1.0), 0.5403023058681398);
        assert_eq!(super::super::tan(1.0), 1.5574077246549023);
        assert_eq!(super::super::sin(-1.0), -0.8414709848078965);
        assert_eq!(super::super::tan(-1.0), -1.5574077246549023);
        assert_eq!(super::super::cos(-1.0), 0.5403023058681398);
    }

    /// The bounds hold with room to spare: the largest ratio of the actual
    /// error (against the accurate path's double-double, good to 2^-100) to
    /// the bound stays well below 1.
    #[test]
    fn error_bounds_hold() {
        let mut random = Random(4);
        let mut worst = [0.0f64; 3];
        for i in 0..300_000 {
            let x = match i % 3 {
                0 => random.between(0.0, 10.0),
                1 => random.between(0.0, 1e5),
                _ => (random.unit() * 1e4).floor() * std::f64::consts::FRAC_PI_2,
            };
            if x < 1e-300 {
                continue;
            }
            let exact = [
                accurate(x, 0),
                accurate(x, 1),
                accurate(x, 0) / accurate(x, 1),
            ];
            let fast = [
                approximation(x, 0),
                approximation(x, 1),
                tan_approximation(x),
            ];
            for ((hi, lo, error), (exact, worst)) in
                fast.into_iter().zip(exact.into_iter().zip(&mut worst))
            {
                let difference = ((hi - exact.hi) + (lo - exact.lo)).abs();
                *worst = worst.max(difference / error);
            }
        }
        println!(
            "largest error / bound: sin {:.3}, cos {:.3}, tan {:.3}",
            worst[0], worst[1], worst[2]
        );
        assert!(worst.iter().all(|ratio| *ratio < 0.5), "{worst:?}");
    }
}
