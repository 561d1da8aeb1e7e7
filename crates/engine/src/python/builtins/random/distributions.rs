//! The real-valued distributions of `random.py`, as CPython 3.11 computes them.
//!
//! Logarithms, exponentials, powers and trigonometry come from the portable
//! `numbers::libm`, so a seeded run gives the same numbers in the browser as
//! natively and as CPython on Linux.

use super::{PythonRandom, RandomError};
use crate::python::builtins::numbers::float_modulo_nonzero;
use crate::python::builtins::numbers::libm;

impl PythonRandom {
    /// `random.gauss(mean, deviation)`: a normal deviate from the Box-Muller pair CPython caches.
    pub fn gauss(&mut self, mean: f64, deviation: f64) -> f64 {
        let normal = match self.gauss_next.take() {
            Some(cached) => cached,
            None => {
                let angle = self.random() * std::f64::consts::TAU;
                let radius = (-2.0 * libm::log(1.0 - self.random())).sqrt();
                self.gauss_next = Some(libm::sin(angle) * radius);
                libm::cos(angle) * radius
            }
        };
        mean + normal * deviation
    }

    /// `random.normalvariate(mean, deviation)`: the Kinderman and Monahan method.
    pub fn normalvariate(&mut self, mean: f64, deviation: f64) -> f64 {
        let magic = 4.0 * libm::exp(-0.5) / 2.0_f64.sqrt();
        loop {
            let first = self.random();
            let second = 1.0 - self.random();
            let normal = magic * (first - 0.5) / second;
            let quarter_square = normal * normal / 4.0;
            if quarter_square <= -libm::log(second) {
                return mean + normal * deviation;
            }
        }
    }

    /// `random.expovariate(rate)`: `-log(1 - random()) / rate`.
    pub fn expovariate(&mut self, rate: f64) -> Result<f64, RandomError> {
        let uniform = self.random();
        if rate == 0.0 {
            return Err(RandomError::FloatDivisionByZero);
        }
        Ok(-libm::log(1.0 - uniform) / rate)
    }

    /// `random.triangular(low, high, mode)`; a `mode` of `None` means the middle.
    pub fn triangular(&mut self, low: f64, high: f64, mode: Option<f64>) -> f64 {
        let mut uniform = self.random();
        let mut split = match mode {
            None => 0.5,
            // CPython catches the ZeroDivisionError of an empty interval and returns `low`.
            Some(_) if high - low == 0.0 => return low,
            Some(mode) => (mode - low) / (high - low),
        };
        let (mut from, mut to) = (low, high);
        if uniform > split {
            uniform = 1.0 - uniform;
            split = 1.0 - split;
            std::mem::swap(&mut from, &mut to);
        }
        from + (to - from) * (uniform * split).sqrt()
    }
}

impl PythonRandom {
    /// `random.randbytes(count)`: `getrandbits(count * 8).to_bytes(count, "little")`.
    pub fn randbytes(&mut self, count: usize) -> Vec<u8> {
        let mut bytes = self.getrandbits_big(count as u64 * 8).to_bytes_le();
        bytes.resize(count, 0);
        bytes
    }

    /// `random.lognormvariate(mean, deviation)`: `exp(normalvariate(mean, deviation))`.
    pub fn lognormvariate(&mut self, mean: f64, deviation: f64) -> f64 {
        libm::exp(self.normalvariate(mean, deviation))
    }

    /// `random.paretovariate(shape)`: `(1 - random()) ** (-1 / shape)`.
    pub fn paretovariate(&mut self, shape: f64) -> Result<f64, RandomError> {
        let uniform = 1.0 - self.random();
        if shape == 0.0 {
            return Err(RandomError::FloatDivisionByZero);
        }
        Ok(libm::pow(uniform, -1.0 / shape))
    }

    /// `random.weibullvariate(scale, shape)`: `scale * (-log(1 - random())) ** (1 / shape)`.
    ///
    /// CPython raises `ZeroDivisionError` for `0.0 ** negative` when the draw is
    /// exactly 0.0 and the shape negative; this returns infinity instead.
    pub fn weibullvariate(&mut self, scale: f64, shape: f64) -> Result<f64, RandomError> {
        let uniform = 1.0 - self.random();
        if shape == 0.0 {
            return Err(RandomError::FloatDivisionByZero);
        }
        Ok(scale * libm::pow(-libm::log(uniform), 1.0 / shape))
    }
}

impl PythonRandom {
    /// `random.vonmisesvariate(mean_angle, concentration)`: an angle in `[0, 2*pi)`.
    pub fn vonmisesvariate(&mut self, mean_angle: f64, concentration: f64) -> f64 {
        use std::f64::consts::{PI, TAU};
        if concentration <= 1e-6 {
            return TAU * self.random();
        }
        let half_inverse = 0.5 / concentration;
        let radius = half_inverse + (1.0 + half_inverse * half_inverse).sqrt();
        let cosine = loop {
            let cosine = libm::cos(PI * self.random());
            let ratio = cosine / (radius + cosine);
            let acceptance = self.random();
            if acceptance < 1.0 - ratio * ratio || acceptance <= (1.0 - ratio) * libm::exp(ratio) {
                break cosine;
            }
        };
        let inverse_radius = 1.0 / radius;
        let folded = (inverse_radius + cosine) / (1.0 + inverse_radius * cosine);
        if self.random() > 0.5 {
            float_modulo_nonzero(mean_angle + libm::acos(folded), TAU)
        } else {
            float_modulo_nonzero(mean_angle - libm::acos(folded), TAU)
        }
    }

    /// `random.gammavariate(shape, scale)`, with CPython's three sampling methods.
    pub fn gammavariate(&mut self, shape: f64, scale: f64) -> Result<f64, RandomError> {
        // Written as in CPython so that NaN parameters pass the check as they do there.
        if shape <= 0.0 || scale <= 0.0 {
            return Err(RandomError::GammaParametersNotPositive);
        }
        if shape > 1.0 {
            // Cheng's rejection algorithm GB for shapes above one.
            let log_four = libm::log(4.0);
            let magic = 1.0 + libm::log(4.5);
            let inverse = (2.0 * shape - 1.0).sqrt();
            let offset = shape - log_four;
            let sum = shape + inverse;
            loop {
                let first = self.random();
                if !(1e-7 < first && first < 0.999_999_9) {
                    continue;
                }
                let second = 1.0 - self.random();
                let logit = libm::log(first / (1.0 - first)) / inverse;
                let candidate = shape * libm::exp(logit);
                let product = first * first * second;
                let bound = offset + sum * logit - candidate;
                if bound + magic - 4.5 * product >= 0.0 || bound >= libm::log(product) {
                    return Ok(candidate * scale);
                }
            }
        } else if shape == 1.0 {
            Ok(-libm::log(1.0 - self.random()) * scale)
        } else {
            // The method of Ahrens and Dieter (ALGORITHM GS) for shapes below one.
            let e = std::f64::consts::E;
            loop {
                let uniform = self.random();
                let boundary = (e + shape) / e;
                let point = boundary * uniform;
                let candidate = if point <= 1.0 {
                    libm::pow(point, 1.0 / shape)
                } else {
                    -libm::log((boundary - point) / shape)
                };
                let acceptance = self.random();
                let accepted = if point > 1.0 {
                    acceptance <= libm::pow(candidate, shape - 1.0)
                } else {
                    acceptance <= libm::exp(-candidate)
                };
                if accepted {
                    return Ok(candidate * scale);
                }
            }
        }
    }

    /// `random.betavariate(alpha, beta)`: built from two gamma variates as in CPython.
    pub fn betavariate(&mut self, alpha: f64, beta: f64) -> Result<f64, RandomError> {
        let first = self.gammavariate(alpha, 1.0)?;
        if first != 0.0 {
            let second = self.gammavariate(beta, 1.0)?;
            return Ok(first / (first + second));
        }
        Ok(0.0)
    }
}
