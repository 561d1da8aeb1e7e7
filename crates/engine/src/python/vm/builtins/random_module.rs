//! The `random` module (CPython's generator, bit for bit, through
//! [`crate::python::builtins::random`]) and the `time` module (a simulated
//! clock: `sleep` advances it, nothing waits).

use num_bigint::BigInt;

use super::super::super::builtins::numbers::Int;
use super::super::super::builtins::random::PythonRandom;
use super::super::call::{Arguments, CallOutcome};
use super::super::error::{PythonError, PythonResult};
use super::super::machine::Vm;
use super::super::object::Object;
use super::super::types::TypeId;
use super::super::value::Value;
use super::arguments::{keywords, positional, random_error};
use super::BuiltinFunction;

/// What `time.time()` says at the start of a run (a fixed date, so runs repeat).
const EPOCH_SECONDS: f64 = 1_700_000_000.0;

impl Vm {
    /// Calls a `random` or `time` function; `None` when `function` is not one.
    pub(super) fn call_random_function(
        &mut self,
        function: BuiltinFunction,
        arguments: &Arguments,
    ) -> PythonResult<Option<CallOutcome>> {
        use BuiltinFunction as B;
        let name = function.name();
        let value = match function {
            B::RandomRandom => {
                positional(name, arguments, 0, 0)?;
                Value::Float(self.random.random())
            }
            B::RandomRandint => {
                let values = positional(name, arguments, 2, 2)?;
                let (low, high) = (
                    self.index_argument(values[0])?,
                    self.index_argument(values[1])?,
                );
                Value::Int(self.random.randint(low, high).map_err(random_error)?)
            }
            B::RandomRandrange => {
                let values = positional(name, arguments, 1, 3)?;
                let mut numbers = Vec::with_capacity(3);
                for value in values {
                    numbers.push(self.index_argument(*value)?);
                }
                let result = match numbers.as_slice() {
                    [stop] => self.random.randrange_stop(*stop),
                    [start, stop] => self.random.randrange(*start, *stop, 1),
                    _ => self.random.randrange(numbers[0], numbers[1], numbers[2]),
                };
                Value::Int(result.map_err(random_error)?)
            }
            B::RandomChoice => {
                let values = positional(name, arguments, 1, 1)?;
                let sequence = values[0];
                self.check_sequence(sequence)?;
                let length = self.length_of(sequence)? as usize;
                let index = self.random.choice(length).map_err(random_error)?;
                self.get_item(sequence, Value::Int(index as i64))?
            }
            B::RandomChoices => self.random_choices(arguments)?,
            B::RandomShuffle => {
                let values = positional(name, arguments, 1, 1)?;
                let Some(reference) = self.list_reference(values[0]) else {
                    return Err(PythonError::type_error(format!(
                        "'{}' object does not support item assignment",
                        self.type_name(values[0])
                    )));
                };
                let mut items = match self.object_mut(reference) {
                    Some(Object::List(items)) => std::mem::take(items),
                    _ => Vec::new(),
                };
                self.charge(items.len() as u64)?;
                self.random.shuffle(&mut items);
                if let Some(Object::List(slot)) = self.object_mut(reference) {
                    *slot = items;
                }
                Value::None
            }
            B::RandomUniform => {
                let values = positional(name, arguments, 2, 2)?;
                let (low, high) = (
                    self.float_argument(values[0])?,
                    self.float_argument(values[1])?,
                );
                Value::Float(self.random.uniform(low, high))
            }
            B::RandomGauss => {
                let options = keywords(name, arguments, &["mu", "sigma"])?;
                let values = &arguments.positional;
                if values.len() > 2 {
                    return Err(PythonError::type_error(format!(
                        "gauss() takes from 1 to 3 positional arguments but {} were given",
                        values.len() + 1
                    )));
                }
                let mean = match values.first().copied().or(options[0]) {
                    Some(value) => self.float_argument(value)?,
                    None => 0.0,
                };
                let deviation = match values.get(1).copied().or(options[1]) {
                    Some(value) => self.float_argument(value)?,
                    None => 1.0,
                };
                Value::Float(self.random.gauss(mean, deviation))
            }
            B::RandomSample => {
                let options = keywords(name, arguments, &["k", "counts"])?;
                if options[1].is_some() {
                    return Err(PythonError::not_supported("random.sample(counts=...)"));
                }
                let values = &arguments.positional;
                let (population, count) = match (values.as_slice(), options[0]) {
                    ([population, count], None) => (*population, *count),
                    ([population], Some(count)) => (*population, count),
                    _ => {
                        return Err(PythonError::type_error(
                            "sample() missing 1 required positional argument: 'k'",
                        ))
                    }
                };
                self.check_sequence(population).map_err(|_| {
                    PythonError::type_error(
                        "Population must be a sequence.  For dicts or sets, use sorted(d).",
                    )
                })?;
                let length = self.length_of(population)? as usize;
                let count = self.index_argument(count)?;
                let count = usize::try_from(count).map_err(|_| {
                    PythonError::value_error("Sample larger than population or is negative")
                })?;
                self.charge(count as u64 + 1)?;
                let indexes = self.random.sample(length, count).map_err(random_error)?;
                let mut items = Vec::with_capacity(indexes.len());
                for index in indexes {
                    items.push(self.get_item(population, Value::Int(index as i64))?);
                }
                self.new_list(items)?
            }
            B::RandomSeed => {
                let options = keywords(name, arguments, &["a", "version"])?;
                let only_positional = Arguments::positional(arguments.positional.clone());
                let values = positional(name, &only_positional, 0, 2)?;
                let seed = values
                    .first()
                    .copied()
                    .or(options[0])
                    .unwrap_or(Value::None);
                self.seed_random(seed)?;
                Value::None
            }
            B::RandomGetrandbits => {
                let values = positional(name, arguments, 1, 1)?;
                let count = self.index_argument(values[0])?;
                if count < 0 {
                    return Err(PythonError::value_error(
                        "number of bits must be non-negative",
                    ));
                }
                self.charge(count as u64 / 32 + 1)?;
                if count <= 32 {
                    let bits = self
                        .random
                        .getrandbits(count as u32)
                        .map_err(random_error)?;
                    Value::Int(bits as i64)
                } else {
                    self.heap.reserve(count as usize / 8)?;
                    let bits = self.random.getrandbits_big(count as u64);
                    self.new_int(Int::from_big(BigInt::from(bits)))?
                }
            }
            B::TimeSleep => {
                let values = positional(name, arguments, 1, 1)?;
                let seconds = self.float_argument(values[0]).map_err(|_| {
                    PythonError::type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        self.type_name(values[0])
                    ))
                })?;
                if seconds < 0.0 {
                    return Err(PythonError::value_error(
                        "sleep length must be non-negative",
                    ));
                }
                if seconds.is_nan() {
                    return Err(PythonError::value_error("Invalid value NaN (not a number)"));
                }
                self.clock_seconds += seconds;
                Value::None
            }
            B::TimeTime => {
                positional(name, arguments, 0, 0)?;
                Value::Float(EPOCH_SECONDS + self.clock_seconds)
            }
            B::TimeMonotonic | B::TimePerfCounter => {
                positional(name, arguments, 0, 0)?;
                Value::Float(self.clock_seconds)
            }
            _ => return Ok(None),
        };
        Ok(Some(CallOutcome::Return(value)))
    }

    /// `random.choices(population, weights=None, *, cum_weights=None, k=1)`.
    fn random_choices(&mut self, arguments: &Arguments) -> PythonResult<Value> {
        let options = keywords(
            "choices",
            arguments,
            &["population", "weights", "cum_weights", "k"],
        )?;
        let values = &arguments.positional;
        if values.len() > 2 {
            return Err(PythonError::type_error(format!(
                "choices() takes from 2 to 3 positional arguments but {} were given",
                values.len() + 1
            )));
        }
        let Some(population) = values.first().copied().or(options[0]) else {
            return Err(PythonError::type_error(
                "choices() missing 1 required positional argument: 'population'",
            ));
        };
        self.check_sequence(population)?;
        let length = self.length_of(population)? as usize;
        let count = match options[3] {
            Some(count) => self.index_argument(count)?.max(0) as usize,
            None => 1,
        };
        self.charge(count as u64 + 1)?;
        self.heap.reserve(count.saturating_mul(16))?;
        let weights = values
            .get(1)
            .copied()
            .or(options[1])
            .filter(|value| !value.is_none());
        let cumulative = options[2].filter(|value| !value.is_none());
        let indexes = match (weights, cumulative) {
            (Some(_), Some(_)) => {
                return Err(PythonError::type_error(
                    "Cannot specify both weights and cumulative weights",
                ))
            }
            (None, None) => self.random.choices(length, count),
            (Some(list), None) | (None, Some(list)) => {
                let items = self.collect_items(list)?;
                let mut floats = Vec::with_capacity(items.len());
                for item in items {
                    floats.push(self.float_argument(item)?);
                }
                if weights.is_some() {
                    if floats.len() != length {
                        return Err(PythonError::value_error(
                            "The number of weights does not match the population",
                        ));
                    }
                    self.random.choices_weighted(length, &floats, count)
                } else {
                    self.random.choices_cumulative(length, &floats, count)
                }
            }
        }
        .map_err(random_error)?;
        let mut chosen = Vec::with_capacity(indexes.len());
        for index in indexes {
            chosen.push(self.get_item(population, Value::Int(index as i64))?);
        }
        self.new_list(chosen)
    }

    /// A TypeError unless `value` is a sequence `random` can index (list, tuple, str, range).
    fn check_sequence(&self, value: Value) -> PythonResult<()> {
        match self.type_of(value) {
            TypeId::List | TypeId::Tuple | TypeId::Str | TypeId::Range => Ok(()),
            _ => Err(PythonError::type_error(format!(
                "'{}' object is not subscriptable",
                self.type_name(value)
            ))),
        }
    }

    /// `random.seed(value)`: an int, float, str or bool; `None` keeps the
    /// generator as it is (runs stay repeatable: there is no system entropy).
    fn seed_random(&mut self, seed: Value) -> PythonResult<()> {
        let generator = match seed {
            Value::None => return Ok(()),
            Value::Float(number) => PythonRandom::from_float_seed(number)
                .ok_or_else(|| PythonError::not_supported("random.seed(nan)"))?,
            _ => {
                if let Some(int) = self.int_of(seed) {
                    PythonRandom::from_int_seed(&int.to_big())
                } else if let Some(text) = self.str_text(seed) {
                    PythonRandom::from_str_seed(text)
                } else {
                    return Err(PythonError::type_error(
                        "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
                    ));
                }
            }
        };
        self.random = generator;
        Ok(())
    }
}
