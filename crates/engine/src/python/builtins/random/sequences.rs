//! `random.choices`, `sample` with counts, and ranges of any size.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Zero};

use super::{PythonRandom, RandomError};

impl PythonRandom {
    /// `random.choices(population, k=count)` without weights: the chosen indexes.
    ///
    /// Each index is `floor(random() * population_length)`, as in CPython.
    pub fn choices(
        &mut self,
        population_length: usize,
        count: usize,
    ) -> Result<Vec<usize>, RandomError> {
        let length = population_length as f64;
        let mut result = Vec::with_capacity(count);
        for _ in 0..count {
            let index = (self.random() * length).floor() as usize;
            if index >= population_length {
                return Err(RandomError::ListIndexOutOfRange);
            }
            result.push(index);
        }
        Ok(result)
    }

    /// `random.choices(population, weights, k=count)`: the chosen indexes.
    ///
    /// The weights are accumulated left to right in `f64`, like
    /// `itertools.accumulate` over floats; int weights give the same result
    /// as long as their running sums stay below 2**53.
    pub fn choices_weighted(
        &mut self,
        population_length: usize,
        weights: &[f64],
        count: usize,
    ) -> Result<Vec<usize>, RandomError> {
        let mut cumulative_weights = Vec::with_capacity(weights.len());
        let mut running_total: Option<f64> = None;
        for weight in weights {
            let total = running_total.map_or(*weight, |total| total + weight);
            cumulative_weights.push(total);
            running_total = Some(total);
        }
        self.choices_cumulative(population_length, &cumulative_weights, count)
    }

    /// `random.choices(population, cum_weights=cumulative_weights, k=count)`: the chosen indexes.
    pub fn choices_cumulative(
        &mut self,
        population_length: usize,
        cumulative_weights: &[f64],
        count: usize,
    ) -> Result<Vec<usize>, RandomError> {
        if cumulative_weights.len() != population_length {
            return Err(RandomError::WeightCountMismatch);
        }
        let total = match cumulative_weights.last() {
            Some(total) => *total,
            None => return Err(RandomError::ListIndexOutOfRange),
        };
        if total <= 0.0 {
            return Err(RandomError::WeightTotalNotPositive);
        }
        if !total.is_finite() {
            return Err(RandomError::WeightTotalNotFinite);
        }
        let highest = population_length - 1;
        let mut result = Vec::with_capacity(count);
        for _ in 0..count {
            let target = self.random() * total;
            result.push(bisect_right(cumulative_weights, target, highest));
        }
        Ok(result)
    }
}

impl PythonRandom {
    /// `_randbelow_with_getrandbits(limit)` for a limit of any size.
    ///
    /// For limits that fit in a `u64` it draws exactly what [`PythonRandom::randbelow`] draws.
    pub fn randbelow_big(&mut self, limit: &BigUint) -> BigUint {
        if limit.is_zero() {
            return BigUint::zero();
        }
        let bit_count = limit.bits();
        loop {
            let candidate = self.getrandbits_big(bit_count);
            if &candidate < limit {
                return candidate;
            }
        }
    }

    /// `random.randrange(stop)` for an int of any size.
    pub fn randrange_stop_big(&mut self, stop: &BigInt) -> Result<BigInt, RandomError> {
        if stop.sign() != Sign::Plus {
            return Err(RandomError::EmptyRange);
        }
        Ok(BigInt::from(self.randbelow_big(stop.magnitude())))
    }

    /// `random.randrange(start, stop, step)` for ints of any size, with CPython 3.11's errors.
    pub fn randrange_big(
        &mut self,
        start: &BigInt,
        stop: &BigInt,
        step: &BigInt,
    ) -> Result<BigInt, RandomError> {
        let width = stop - start;
        if step.is_one() {
            if width.sign() == Sign::Plus {
                return Ok(start + BigInt::from(self.randbelow_big(width.magnitude())));
            }
            return Err(RandomError::EmptyRangeWithWidth {
                start: start.clone(),
                stop: stop.clone(),
                width,
            });
        }
        let count = match step.sign() {
            Sign::Plus => (&width + step - BigInt::one()).div_floor(step),
            Sign::Minus => (&width + step + BigInt::one()).div_floor(step),
            Sign::NoSign => return Err(RandomError::ZeroStep),
        };
        if count.sign() != Sign::Plus {
            return Err(RandomError::EmptyRange);
        }
        let index = BigInt::from(self.randbelow_big(count.magnitude()));
        Ok(start + step * index)
    }

    /// `random.randint(low, high)` for ints of any size, as `randrange(low, high + 1)`.
    pub fn randint_big(&mut self, low: &BigInt, high: &BigInt) -> Result<BigInt, RandomError> {
        self.randrange_big(low, &(high + 1), &BigInt::one())
    }
}

impl PythonRandom {
    /// `random.sample(population, sample_size, counts=counts)`: the chosen population indexes.
    ///
    /// As in CPython, it samples `range(sum(counts))` and maps each pick back
    /// to its population index with `bisect_right` over the running totals.
    pub fn sample_with_counts(
        &mut self,
        population_length: usize,
        counts: &[i64],
        sample_size: usize,
    ) -> Result<Vec<usize>, RandomError> {
        let mut cumulative_counts: Vec<i128> = Vec::with_capacity(counts.len());
        let mut running_total: i128 = 0;
        for count in counts {
            running_total += i128::from(*count);
            cumulative_counts.push(running_total);
        }
        if cumulative_counts.len() != population_length {
            return Err(RandomError::CountNumberMismatch);
        }
        let total = cumulative_counts
            .pop()
            .ok_or(RandomError::PopFromEmptyList)?;
        if total <= 0 {
            return Err(RandomError::CountTotalNotPositive);
        }
        let total = usize::try_from(total).map_err(|_| RandomError::SampleLargerThanPopulation)?;
        let selections = self.sample(total, sample_size)?;
        Ok(selections
            .into_iter()
            .map(|selection| {
                let selection = selection as i128;
                cumulative_counts.partition_point(|running| *running <= selection)
            })
            .collect())
    }
}

/// Python's `bisect.bisect_right(sorted_values, target, 0, highest)`.
fn bisect_right(sorted_values: &[f64], target: f64, highest: usize) -> usize {
    let mut low = 0;
    let mut high = highest;
    while low < high {
        let middle = (low + high) / 2;
        if target < sorted_values[middle] {
            high = middle;
        } else {
            low = middle + 1;
        }
    }
    low
}
