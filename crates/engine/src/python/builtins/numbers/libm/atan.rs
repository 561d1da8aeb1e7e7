//! `atan`, `atan2`, `asin` and `acos`, correctly rounded in nearly all cases:
//! evaluated in double-double arithmetic (atan(x) = atan(j/8) + atan(u) with
//! a Taylor series in |u| <= 1/16) and rounded once. glibc's results (IBM's
//! code, which is not used here) are correctly rounded in nearly all cases too.

use super::dd::Dd;
use super::power_of_two;
use super::trig_data::{ATAN_COEFFICIENTS, ATAN_OF_EIGHTHS, HALF_PI, PI};

/// Below this magnitude, atan(x) and asin(x) round to x.
const TINY: f64 = power_of_two(-300);
/// Above this magnitude, atan(x) rounds to +-pi/2.
const HUGE: f64 = power_of_two(100);

/// atan(t) for 0 <= t <= 1 (a little above 1 from rounding is fine).
fn atan_reduced(t: Dd) -> Dd {
    let j = (t.hi * 8.0).round().clamp(0.0, 8.0);
    let c = j / 8.0;
    // atan(t) = atan(c) + atan(u) with u = (t - c) / (1 + t*c), |u| <= 1/16.
    let u = (t + (-c)) / (t * c + 1.0);
    let z = u * u;
    let mut p = ATAN_COEFFICIENTS[ATAN_COEFFICIENTS.len() - 1];
    for coefficient in ATAN_COEFFICIENTS.iter().rev().skip(1) {
        p = p * z + *coefficient;
    }
    ATAN_OF_EIGHTHS[j as usize] + (u + u * (z * p))
}

/// atan(t) for t >= 0.
fn atan_dd(t: Dd) -> Dd {
    if t.hi > 1.0 {
        HALF_PI - atan_reduced(Dd::from_f64(1.0) / t)
    } else {
        atan_reduced(t)
    }
}

/// The arctangent, correctly rounded in nearly all cases.
pub(crate) fn atan(x: f64) -> f64 {
    if x.is_nan() {
        return x + x;
    }
    let magnitude = x.abs();
    if magnitude < TINY {
        return x;
    }
    let result = if magnitude > HUGE {
        HALF_PI.hi
    } else {
        atan_dd(Dd::from_f64(magnitude)).to_f64()
    };
    result.copysign(x)
}

/// The angle of (x, y), correctly rounded in nearly all cases, with C's
/// special cases for zeros and infinities.
pub(crate) fn atan2(y: f64, x: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    let negative_x = x.is_sign_negative();
    if y == 0.0 {
        return if negative_x { PI.hi.copysign(y) } else { y };
    }
    if x == 0.0 {
        return HALF_PI.hi.copysign(y);
    }
    if y.is_infinite() {
        let angle = if x.is_infinite() {
            if negative_x {
                (PI * 0.75).to_f64()
            } else {
                (PI * 0.25).to_f64()
            }
        } else {
            HALF_PI.hi
        };
        return angle.copysign(y);
    }
    if x.is_infinite() {
        return if negative_x {
            PI.hi.copysign(y)
        } else {
            0.0f64.copysign(y)
        };
    }
    let (mut a, mut b) = (y.abs(), x.abs());
    let exponent_difference = (a.to_bits() >> 52) as i64 - (b.to_bits() >> 52) as i64;
    let angle = if exponent_difference < -900 {
        // |y/x| < 2^-899: atan(y/x) rounds as y/x does.
        if negative_x {
            PI.hi
        } else {
            return y / x;
        }
    } else if exponent_difference > 900 {
        HALF_PI.hi
    } else {
        // Scale both (exactly) so the quotients' products stay normal.
        let largest = a.max(b);
        if largest > power_of_two(500) {
            a *= power_of_two(-600);
            b *= power_of_two(-600);
        } else if largest < power_of_two(-500) {
            a *= power_of_two(600);
            b *= power_of_two(600);
        }
        let first = if a <= b {
            atan_reduced(Dd::from_f64(a) / Dd::from_f64(b))
        } else {
            HALF_PI - atan_reduced(Dd::from_f64(b) / Dd::from_f64(a))
        };
        if negative_x {
            (PI - first).to_f64()
        } else {
            first.to_f64()
        }
    };
    angle.copysign(y)
}

/// sqrt(1 - x^2) for |x| <= 1, in double-double.
fn cosine_of_asin(x: f64) -> Dd {
    (Dd::from_f64(1.0) - Dd::product(x, x)).sqrt()
}

/// The arcsine, correctly rounded in nearly all cases.
pub(crate) fn asin(x: f64) -> f64 {
    if x.is_nan() {
        return x + x;
    }
    let magnitude = x.abs();
    if magnitude > 1.0 {
        return f64::NAN;
    }
    if magnitude < TINY {
        return x;
    }
    if magnitude == 1.0 {
        return HALF_PI.hi.copysign(x);
    }
    // asin(x) = atan(x / sqrt(1 - x^2)).
    let t = Dd::from_f64(magnitude) / cosine_of_asin(magnitude);
    atan_dd(t).to_f64().copysign(x)
}

/// The arccosine, correctly rounded in nearly all cases.
pub(crate) fn acos(x: f64) -> f64 {
    if x.is_nan() {
        return x + x;
    }
    let magnitude = x.abs();
    if magnitude > 1.0 {
        return f64::NAN;
    }
    if x == 1.0 {
        return 0.0;
    }
    if x == -1.0 {
        return PI.hi;
    }
    if magnitude < power_of_two(-60) {
        return (HALF_PI + (-x)).to_f64();
    }
    // acos(x) = atan(sqrt(1 - x^2) / x), or pi minus that for x < 0.
    let angle = atan_dd(cosine_of_asin(magnitude) / Dd::from_f64(magnitude));
    if x < 0.0 {
        (PI - angle).to_f64()
    } else {
        angle.to_f64()
    }
}
