//! The `math` module, wrapping the pure functions of
//! [`crate::python::builtins::numbers`].

use super::super::super::builtins::numbers;
use super::super::super::builtins::numbers::{Int, Number};
use super::super::super::syntax::ast::BinaryOperator;
use super::super::call::{Arguments, CallOutcome};
use super::super::error::{PythonError, PythonResult};
use super::super::machine::Vm;
use super::super::types::TypeId;
use super::super::value::Value;
use super::arguments::{keywords, numeric_error, positional};
use super::BuiltinFunction;

/// `ValueError: math domain error`.
fn domain_error() -> PythonError {
    PythonError::value_error("math domain error").explained(super::super::error::Explanation::new(
        "python-builtins-math-domain",
    ))
}

impl Vm {
    /// The most bits an int result may have: what the heap has left.
    fn max_result_bits(&self) -> u64 {
        (self
            .heap
            .byte_limit()
            .saturating_sub(self.heap.bytes_used()) as u64)
            .saturating_mul(8)
    }

    /// An int or float argument as a [`Number`].
    fn number_argument(&self, value: Value) -> PythonResult<Number> {
        match value {
            Value::Float(number) => Ok(Number::Float(number)),
            _ => match self.int_of(value) {
                Some(int) => Ok(Number::Int(int)),
                None => Err(PythonError::type_error(format!(
                    "must be real number, not {}",
                    self.type_name(value)
                ))),
            },
        }
    }

    /// Calls a `math` function; `None` when `function` is not one.
    pub(super) fn call_math_function(
        &mut self,
        function: BuiltinFunction,
        arguments: &Arguments,
    ) -> PythonResult<Option<CallOutcome>> {
        use BuiltinFunction as B;
        let name = function.name();
        let one_float = |vm: &Vm, arguments: &Arguments| -> PythonResult<f64> {
            let values = positional(name, arguments, 1, 1)?;
            vm.float_argument(values[0])
        };
        let value = match function {
            B::MathSqrt
            | B::MathExp
            | B::MathSin
            | B::MathCos
            | B::MathTan
            | B::MathAsin
            | B::MathAcos
            | B::MathAtan => {
                let x = one_float(self, arguments)?;
                let result = match function {
                    B::MathSqrt => numbers::math_sqrt(x),
                    B::MathExp => numbers::math_exp(x),
                    B::MathSin => numbers::math_sin(x),
                    B::MathCos => numbers::math_cos(x),
                    B::MathTan => numbers::math_tan(x),
                    B::MathAsin => numbers::math_asin(x),
                    B::MathAcos => numbers::math_acos(x),
                    _ => numbers::math_atan(x),
                };
                Value::Float(result.map_err(numeric_error)?)
            }
            B::MathFabs | B::MathDegrees | B::MathRadians => {
                let x = one_float(self, arguments)?;
                Value::Float(match function {
                    B::MathFabs => numbers::math_fabs(x),
                    B::MathDegrees => numbers::math_degrees(x),
                    _ => numbers::math_radians(x),
                })
            }
            B::MathIsfinite | B::MathIsinf | B::MathIsnan => {
                let x = one_float(self, arguments)?;
                Value::Bool(match function {
                    B::MathIsfinite => x.is_finite(),
                    B::MathIsinf => x.is_infinite(),
                    _ => x.is_nan(),
                })
            }
            B::MathFloor | B::MathCeil | B::MathTrunc => {
                let values = positional(name, arguments, 1, 1)?;
                if self.int_of(values[0]).is_some() {
                    let int = self.int_argument(values[0])?;
                    self.new_int(int)?
                } else {
                    let x = self.float_argument(values[0]).map_err(|_| {
                        PythonError::type_error(format!(
                            "must be real number, not {}",
                            self.type_name(values[0])
                        ))
                    })?;
                    let int = match function {
                        B::MathFloor => numbers::float_floor_to_int(x),
                        B::MathCeil => numbers::float_ceil_to_int(x),
                        _ => numbers::float_to_int(x),
                    }
                    .map_err(numeric_error)?;
                    self.new_int(int)?
                }
            }
            B::MathAtan2 | B::MathCopysign | B::MathPow | B::MathFmod => {
                let values = positional(name, arguments, 2, 2)?;
                let (x, y) = (
                    self.float_argument(values[0])?,
                    self.float_argument(values[1])?,
                );
                Value::Float(match function {
                    B::MathAtan2 => numbers::math_atan2(x, y),
                    B::MathCopysign => numbers::math_copysign(x, y),
                    B::MathPow => numbers::math_pow(x, y).map_err(numeric_error)?,
                    _ => {
                        if y == 0.0 && !x.is_nan() || x.is_infinite() && !y.is_nan() {
                            return Err(domain_error());
                        }
                        if y.is_infinite() && x.is_finite() {
                            x
                        } else {
                            x % y
                        }
                    }
                })
            }
            B::MathModf => {
                let x = one_float(self, arguments)?;
                let (fraction, whole) = if x.is_infinite() {
                    (0.0_f64.copysign(x), x)
                } else {
                    (x.fract(), x.trunc())
                };
                self.new_pair(Value::Float(fraction), Value::Float(whole))?
            }
            B::MathLog | B::MathLog2 | B::MathLog10 => {
                let maximum = if function == B::MathLog { 2 } else { 1 };
                let values = positional(name, arguments, 1, maximum)?;
                let x = self.number_argument(values[0])?;
                let result = match function {
                    B::MathLog => match values.get(1) {
                        Some(base) => {
                            let base = self.number_argument(*base)?;
                            numbers::math_log(&x, Some(&base))
                        }
                        None => numbers::math_log(&x, None),
                    },
                    B::MathLog2 => numbers::math_log2(&x),
                    _ => numbers::math_log10(&x),
                };
                Value::Float(result.map_err(numeric_error)?)
            }
            B::MathFactorial | B::MathIsqrt => {
                let values = positional(name, arguments, 1, 1)?;
                if let Value::Float(_) = values[0] {
                    return Err(PythonError::type_error(
                        "'float' object cannot be interpreted as an integer",
                    ));
                }
                let n = self.int_argument(values[0])?;
                let result = if function == B::MathFactorial {
                    let small = n.to_i64().unwrap_or(i64::MAX).max(0) as u64;
                    self.charge(product_cost(small, small))?;
                    numbers::math_factorial(&n, self.max_result_bits())
                } else {
                    self.charge(n.bit_length() / 8)?;
                    numbers::math_isqrt(&n)
                }
                .map_err(numeric_error)?;
                self.new_int(result)?
            }
            B::MathGcd | B::MathLcm => {
                if !arguments.keywords.is_empty() {
                    return Err(PythonError::type_error(format!(
                        "{name}() takes no keyword arguments"
                    )));
                }
                let mut ints = Vec::with_capacity(arguments.positional.len());
                for value in &arguments.positional {
                    ints.push(self.int_argument(*value)?);
                }
                let total_bits: u64 = ints.iter().map(Int::bit_length).sum();
                self.charge(total_bits / 8 + 1)?;
                let result = if function == B::MathGcd {
                    numbers::math_gcd(&ints)
                } else {
                    numbers::math_lcm(&ints)
                };
                self.new_int(result)?
            }
            B::MathComb | B::MathPerm => {
                let minimum = if function == B::MathComb { 2 } else { 1 };
                let values = positional(name, arguments, minimum, 2)?;
                let n = self.int_argument(values[0])?;
                let k = match values.get(1) {
                    Some(k) if !k.is_none() => Some(self.int_argument(*k)?),
                    _ => None,
                };
                let small = n.to_i64().unwrap_or(i64::MAX).max(0) as u64;
                let factors = k
                    .as_ref()
                    .and_then(Int::to_i64)
                    .map_or(small, |k| (k.max(0) as u64).min(small));
                self.charge(product_cost(small, factors))?;
                let bits = self.max_result_bits();
                let result = if function == B::MathComb {
                    numbers::math_comb(&n, k.as_ref().unwrap_or(&Int::Small(0)), bits)
                } else {
                    numbers::math_perm(&n, k.as_ref(), bits)
                }
                .map_err(numeric_error)?;
                self.new_int(result)?
            }
            B::MathHypot => {
                if !arguments.keywords.is_empty() {
                    return Err(PythonError::type_error(
                        "hypot() takes no keyword arguments",
                    ));
                }
                let mut coordinates = Vec::with_capacity(arguments.positional.len());
                for value in &arguments.positional {
                    coordinates.push(self.float_argument(*value)?);
                }
                Value::Float(numbers::math_hypot(&coordinates))
            }
            B::MathDist => {
                let values = positional(name, arguments, 2, 2)?;
                let (Some(p), Some(q)) = (
                    self.sequence_items(values[0]),
                    self.sequence_items(values[1]),
                ) else {
                    return Err(PythonError::type_error(
                        "dist(): both points must be sequences",
                    ));
                };
                if p.len() != q.len() {
                    return Err(PythonError::value_error(
                        "both points must have the same number of dimensions",
                    ));
                }
                let mut differences = Vec::with_capacity(p.len());
                for (a, b) in p.iter().zip(&q) {
                    differences.push(self.float_argument(*a)? - self.float_argument(*b)?);
                }
                Value::Float(numbers::math_hypot(&differences))
            }
            B::MathIsclose => {
                let options = keywords(name, arguments, &["rel_tol", "abs_tol"])?;
                let values = &arguments.positional;
                if values.len() != 2 {
                    return Err(PythonError::type_error(format!(
                        "isclose() takes exactly 2 positional arguments ({} given)",
                        values.len()
                    )));
                }
                let (a, b) = (
                    self.float_argument(values[0])?,
                    self.float_argument(values[1])?,
                );
                let relative = match options[0] {
                    Some(value) => self.float_argument(value)?,
                    None => 1e-9,
                };
                let absolute = match options[1] {
                    Some(value) => self.float_argument(value)?,
                    None => 0.0,
                };
                Value::Bool(numbers::math_isclose(a, b, relative, absolute).map_err(numeric_error)?)
            }
            B::MathFsum | B::MathProd => {
                let is_prod = function == B::MathProd;
                let options = if is_prod {
                    keywords(name, arguments, &["start"])?
                } else {
                    vec![None]
                };
                let maximum = 1;
                if arguments.positional.len() != maximum {
                    return Err(super::arguments::argument_count_error(
                        name,
                        1,
                        1,
                        arguments.positional.len(),
                    ));
                }
                let iterable = arguments.positional[0];
                if !self.is_natively_iterable(iterable) {
                    return Ok(Some(CallOutcome::Materialize {
                        function,
                        arguments: arguments.clone(),
                        argument_index: 0,
                    }));
                }
                let items = self.collect_items(iterable)?;
                self.charge(items.len() as u64)?;
                if is_prod {
                    let mut product = options[0].unwrap_or(Value::Int(1));
                    for item in items {
                        product = self.binary_operation(BinaryOperator::Multiply, product, item)?;
                    }
                    product
                } else {
                    let mut floats = Vec::with_capacity(items.len());
                    for item in items {
                        floats.push(self.float_argument(item)?);
                    }
                    Value::Float(exact_sum(&floats)?)
                }
            }
            _ => return Ok(None),
        };
        Ok(Some(CallOutcome::Return(value)))
    }
}

/// The work of multiplying `factors` numbers up to `n` one by one (factorial,
/// comb, perm): each step multiplies the growing product, of up to
/// `factors * log2(n)` bits, by a small number.
fn product_cost(n: u64, factors: u64) -> u64 {
    let bits_per_factor = u64::from(n.max(2).ilog2()) + 1;
    let result_words = factors.saturating_mul(bits_per_factor) / 64 + 1;
    factors.saturating_mul(result_words) / 64 + 1
}

/// `math.fsum`: Shewchuk's exact partial sums, rounded once (CPython's algorithm).
fn exact_sum(values: &[f64]) -> PythonResult<f64> {
    let mut partials: Vec<f64> = Vec::new();
    let mut special_sum = 0.0;
    let mut infinity_sum = 0.0;
    for &value in values {
        let mut x = value;
        if !x.is_finite() {
            if x.is_infinite() {
                infinity_sum += x;
            }
            special_sum += x;
            continue;
        }
        let mut kept = 0;
        for index in 0..partials.len() {
            let mut y = partials[index];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let high = x + y;
            let low = y - (high - x);
            if low != 0.0 {
                partials[kept] = low;
                kept += 1;
            }
            x = high;
        }
        partials.truncate(kept);
        if !x.is_finite() {
            return Err(PythonError::new(
                TypeId::OverflowError,
                "intermediate overflow in fsum",
            ));
        }
        partials.push(x);
    }
    if special_sum != 0.0 {
        if infinity_sum.is_nan() {
            return Err(PythonError::value_error("-inf + inf in fsum"));
        }
        return Ok(special_sum);
    }
    let mut high = 0.0;
    let mut index = partials.len();
    if index > 0 {
        index -= 1;
        high = partials[index];
        let mut low = 0.0;
        while index > 0 {
            let x = high;
            index -= 1;
            let y = partials[index];
            high = x + y;
            let y_rounded = high - x;
            low = y - y_rounded;
            if low != 0.0 {
                break;
            }
        }
        if index > 0
            && ((low < 0.0 && partials[index - 1] < 0.0)
                || (low > 0.0 && partials[index - 1] > 0.0))
        {
            let y = low * 2.0;
            let x = high + y;
            let y_rounded = x - high;
            if y == y_rounded {
                high = x;
            }
        }
    }
    Ok(high)
}
