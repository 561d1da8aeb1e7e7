//! Python's `random` module, reproduced bit for bit from CPython 3.11.
//!
//! `mod.rs` holds the generator, seeding and the integer methods;
//! `sequences.rs` the sequence methods beyond `shuffle` and `sample`
//! (`choices`, counts) and big-int ranges; `distributions.rs` the
//! real-valued distributions; `error.rs` the errors.
//!
//! CPython's generator is the Mersenne Twister MT19937 (`_randommodule.c`),
//! and the methods on top of it (`randrange`, `shuffle`, `sample`, ...) come
//! from `Lib/random.py`. This module copies both, so that the same seed gives
//! the same numbers as CPython: `random.seed(42); random.randint(1, 6)` prints
//! the same value here as in a real Python 3.11.
//!
//! Seeding covers ints of any size, floats (through their hash), and str or
//! bytes (version 2 seeding, with the `sha2` crate's SHA-512). The methods cover
//! `random`, `getrandbits`, `randrange`, `randint`, `choice`, `choices`,
//! `shuffle`, `sample`, `uniform`, `randbytes`, `getstate`/`setstate` and the
//! distributions of `random.py` (`gauss`, `normalvariate`, `lognormvariate`,
//! `expovariate`, `triangular`, `vonmisesvariate`, `gammavariate`,
//! `betavariate`, `paretovariate`, `weibullvariate`). Sequences are handled
//! through their length: `choice`, `choices` and `sample` return indexes.
//!
//! The engine has no clock and no operating-system randomness, so the caller
//! always supplies the seed.

mod distributions;
mod error;
mod sequences;

use num_bigint::{BigInt, BigUint};
use num_traits::ToPrimitive;
use sha2::{Digest, Sha512};

pub use error::RandomError;

/// The number of 32-bit words in the Mersenne Twister state.
const STATE_WORD_COUNT: usize = 624;
/// The middle offset of the Mersenne Twister recurrence.
const MIDDLE_OFFSET: usize = 397;
/// The constant vector `a` of the twist transformation.
const MATRIX_A: u32 = 0x9908_b0df;
/// The mask of the most significant bit of a word.
const UPPER_MASK: u32 = 0x8000_0000;
/// The mask of the 31 least significant bits of a word.
const LOWER_MASK: u32 = 0x7fff_ffff;

/// A `random.Random` instance: CPython's Mersenne Twister and the methods of `random.py`.
#[derive(Debug, Clone, PartialEq)]
pub struct PythonRandom {
    /// The 624 words of Mersenne Twister state.
    state: [u32; STATE_WORD_COUNT],
    /// The index of the next word to temper; 624 means "twist first".
    index: usize,
    /// The second normal deviate of the last `gauss` pair, used by the next `gauss` call.
    gauss_next: Option<f64>,
}

impl PythonRandom {
    /// A generator in the state CPython's `init_genrand(seed)` leaves it in.
    fn from_single_word(seed: u32) -> Self {
        let mut state = [0_u32; STATE_WORD_COUNT];
        state[0] = seed;
        for position in 1..STATE_WORD_COUNT {
            let previous = state[position - 1];
            state[position] = 1_812_433_253_u32
                .wrapping_mul(previous ^ (previous >> 30))
                .wrapping_add(position as u32);
        }
        PythonRandom {
            state,
            index: STATE_WORD_COUNT,
            gauss_next: None,
        }
    }

    /// A generator seeded like CPython's `init_by_array(key)`.
    fn from_key_words(key: &[u32]) -> Self {
        let mut generator = PythonRandom::from_single_word(19_650_218);
        let state = &mut generator.state;
        let key_length = key.len().max(1);
        let mut state_position = 1_usize;
        let mut key_position = 0_usize;
        for _ in 0..STATE_WORD_COUNT.max(key_length) {
            let previous = state[state_position - 1];
            let key_word = key.get(key_position).copied().unwrap_or(0);
            state[state_position] = (state[state_position]
                ^ (previous ^ (previous >> 30)).wrapping_mul(1_664_525))
            .wrapping_add(key_word)
            .wrapping_add(key_position as u32);
            state_position += 1;
            key_position += 1;
            if state_position >= STATE_WORD_COUNT {
                state[0] = state[STATE_WORD_COUNT - 1];
                state_position = 1;
            }
            if key_position >= key_length {
                key_position = 0;
            }
        }
        for _ in 0..STATE_WORD_COUNT - 1 {
            let previous = state[state_position - 1];
            state[state_position] = (state[state_position]
                ^ (previous ^ (previous >> 30)).wrapping_mul(1_566_083_941))
            .wrapping_sub(state_position as u32);
            state_position += 1;
            if state_position >= STATE_WORD_COUNT {
                state[0] = state[STATE_WORD_COUNT - 1];
                state_position = 1;
            }
        }
        state[0] = 0x8000_0000;
        generator
    }

    /// A generator seeded like `random.seed(seed)` with an `int`: all bits of `abs(seed)` are used.
    pub fn from_int_seed(seed: &BigInt) -> Self {
        let mut key_words = seed.magnitude().to_u32_digits();
        if key_words.is_empty() {
            key_words.push(0);
        }
        PythonRandom::from_key_words(&key_words)
    }

    /// A generator seeded like `random.seed(seed)` with a small `int`.
    pub fn from_i64_seed(seed: i64) -> Self {
        PythonRandom::from_int_seed(&BigInt::from(seed))
    }

    /// A generator seeded like `random.seed(value)` with a `float`: CPython seeds with
    /// `hash(value)` reinterpreted as an unsigned 64-bit integer (so `hash == -2` gives `2**64 - 2`).
    ///
    /// Returns `None` for NaN, whose hash CPython takes from the object's identity.
    pub fn from_float_seed(value: f64) -> Option<Self> {
        let hash = crate::python::hashing::hash_float(value)?;
        // CPython converts the hash with `PyLong_FromSize_t((size_t)hash)`.
        let unsigned_hash = hash as u64;
        Some(PythonRandom::from_int_seed(&BigInt::from(unsigned_hash)))
    }

    /// A generator seeded like `random.seed(text)` with a `str` (seeding version 2).
    ///
    /// CPython turns the text into the integer whose big-endian bytes are the
    /// UTF-8 encoding followed by its SHA-512 digest.
    pub fn from_str_seed(text: &str) -> Self {
        PythonRandom::from_bytes_seed(text.as_bytes())
    }

    /// A generator seeded like `random.seed(data)` with `bytes` (seeding version 2).
    pub fn from_bytes_seed(data: &[u8]) -> Self {
        let mut seed_bytes = data.to_vec();
        seed_bytes.extend_from_slice(&Sha512::digest(data));
        let seed = BigUint::from_bytes_be(&seed_bytes);
        PythonRandom::from_int_seed(&BigInt::from(seed))
    }

    /// The next 32 random bits: CPython's `genrand_uint32`.
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= STATE_WORD_COUNT {
            self.twist();
        }
        let mut word = self.state[self.index];
        self.index += 1;
        word ^= word >> 11;
        word ^= (word << 7) & 0x9d2c_5680;
        word ^= (word << 15) & 0xefc6_0000;
        word ^= word >> 18;
        word
    }

    /// Regenerates all 624 state words at once.
    fn twist(&mut self) {
        let state = &mut self.state;
        for position in 0..STATE_WORD_COUNT {
            let next = (position + 1) % STATE_WORD_COUNT;
            let middle = (position + MIDDLE_OFFSET) % STATE_WORD_COUNT;
            let combined = (state[position] & UPPER_MASK) | (state[next] & LOWER_MASK);
            let magic = if combined & 1 == 1 { MATRIX_A } else { 0 };
            state[position] = state[middle] ^ (combined >> 1) ^ magic;
        }
        self.index = 0;
    }

    /// `random.random()`: a float in `[0.0, 1.0)` with 53 random bits (`genrand_res53`).
    pub fn random(&mut self) -> f64 {
        let high = f64::from(self.next_u32() >> 5);
        let low = f64::from(self.next_u32() >> 6);
        (high * 67_108_864.0 + low) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `random.getrandbits(bit_count)` for at most 64 bits.
    pub fn getrandbits(&mut self, bit_count: u32) -> Result<u64, RandomError> {
        if bit_count > 64 {
            return Err(RandomError::TooManyBitsForU64 { bit_count });
        }
        Ok(self.getrandbits_small(bit_count))
    }

    /// `getrandbits` for a bit count already known to be at most 64.
    fn getrandbits_small(&mut self, bit_count: u32) -> u64 {
        if bit_count == 0 {
            return 0;
        }
        if bit_count <= 32 {
            return u64::from(self.next_u32() >> (32 - bit_count));
        }
        let low = u64::from(self.next_u32());
        let high = u64::from(self.next_u32() >> (64 - bit_count));
        low | (high << 32)
    }

    /// `random.getrandbits(bit_count)` for any number of bits, as a big integer.
    ///
    /// CPython fills 32-bit words from the least significant end; the last
    /// word keeps only the top bits of its random value.
    pub fn getrandbits_big(&mut self, bit_count: u64) -> BigUint {
        let mut words = Vec::new();
        let mut remaining = bit_count;
        while remaining > 0 {
            let word = self.next_u32();
            if remaining < 32 {
                words.push(word >> (32 - remaining));
                remaining = 0;
            } else {
                words.push(word);
                remaining -= 32;
            }
        }
        BigUint::from_slice(&words)
    }

    /// CPython's `_randbelow_with_getrandbits(limit)`: an integer in `[0, limit)`.
    ///
    /// A limit of zero returns zero (CPython's callers never pass it).
    pub fn randbelow(&mut self, limit: u64) -> u64 {
        if limit == 0 {
            return 0;
        }
        let bit_count = 64 - limit.leading_zeros();
        loop {
            let candidate = self.getrandbits_small(bit_count);
            if candidate < limit {
                return candidate;
            }
        }
    }

    /// `random.randrange(stop)`: an integer in `[0, stop)`.
    pub fn randrange_stop(&mut self, stop: i64) -> Result<i64, RandomError> {
        match u64::try_from(stop) {
            Ok(limit) if limit > 0 => Ok(self.randbelow(limit) as i64),
            _ => Err(RandomError::EmptyRange),
        }
    }

    /// `random.randrange(start, stop, step)`, with CPython 3.11's errors.
    pub fn randrange(&mut self, start: i64, stop: i64, step: i64) -> Result<i64, RandomError> {
        let width = i128::from(stop) - i128::from(start);
        let step_wide = i128::from(step);
        if step == 1 {
            if width > 0 {
                return Ok(offset_from_start(start, 1, self.randbelow(width as u64)));
            }
            return Err(RandomError::EmptyRangeWithWidth {
                start: BigInt::from(start),
                stop: BigInt::from(stop),
                width: BigInt::from(width),
            });
        }
        let count = if step > 0 {
            floor_divide(width + step_wide - 1, step_wide)
        } else if step < 0 {
            floor_divide(width + step_wide + 1, step_wide)
        } else {
            return Err(RandomError::ZeroStep);
        };
        if count <= 0 {
            return Err(RandomError::EmptyRange);
        }
        let index = self.randbelow(count as u64);
        Ok(offset_from_start(start, step_wide, index))
    }

    /// `random.randint(low, high)`: an integer in `[low, high]`, as `randrange(low, high + 1)`.
    pub fn randint(&mut self, low: i64, high: i64) -> Result<i64, RandomError> {
        match high.checked_add(1) {
            Some(stop) => self.randrange(low, stop, 1),
            // `high + 1` does not fit in an `i64` (the width may even need 65
            // bits), so the big-int version does the work; its result lies in
            // `[low, high]` and so fits in an `i64`.
            None => {
                let value = self.randint_big(&BigInt::from(low), &BigInt::from(high))?;
                Ok(value.to_i64().unwrap_or(high))
            }
        }
    }

    /// `random.choice(sequence)` for a sequence of `length` items: the chosen index.
    pub fn choice(&mut self, length: usize) -> Result<usize, RandomError> {
        if length == 0 {
            return Err(RandomError::EmptySequence);
        }
        Ok(self.randbelow(length as u64) as usize)
    }

    /// `random.shuffle(items)`: shuffles in place exactly as CPython does.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for position in (1..items.len()).rev() {
            let other = self.randbelow(position as u64 + 1) as usize;
            items.swap(position, other);
        }
    }

    /// `random.uniform(low, high)`: `low + (high - low) * random()`.
    pub fn uniform(&mut self, low: f64, high: f64) -> f64 {
        low + (high - low) * self.random()
    }

    /// `random.sample(population, sample_size)` for a population of `population_length`
    /// items: the indexes of the chosen items, in selection order.
    ///
    /// Like CPython 3.11, it uses a pool of candidates when the population is
    /// small compared to the sample and a set of earlier picks otherwise; the
    /// two branches consume random numbers differently.
    pub fn sample(
        &mut self,
        population_length: usize,
        sample_size: usize,
    ) -> Result<Vec<usize>, RandomError> {
        if sample_size > population_length {
            return Err(RandomError::SampleLargerThanPopulation);
        }
        let mut result = Vec::with_capacity(sample_size);
        let mut set_size = 21_usize;
        if sample_size > 5 {
            let exponent = (crate::python::builtins::numbers::libm::log(sample_size as f64 * 3.0)
                / crate::python::builtins::numbers::libm::log(4.0))
            .ceil();
            set_size += 4_usize.pow(exponent as u32);
        }
        if population_length <= set_size {
            let mut pool: Vec<usize> = (0..population_length).collect();
            for taken in 0..sample_size {
                let remaining = population_length - taken;
                let picked = self.randbelow(remaining as u64) as usize;
                result.push(pool[picked]);
                pool[picked] = pool[remaining - 1];
            }
        } else {
            let mut selected = std::collections::HashSet::with_capacity(sample_size);
            for _ in 0..sample_size {
                let mut picked = self.randbelow(population_length as u64) as usize;
                while selected.contains(&picked) {
                    picked = self.randbelow(population_length as u64) as usize;
                }
                selected.insert(picked);
                result.push(picked);
            }
        }
        Ok(result)
    }
}

impl PythonRandom {
    /// The middle item of `random.getstate()`: the 624 state words followed by the position.
    ///
    /// The full Python state is `(3, tuple(internal_state()), gauss_next())`.
    pub fn internal_state(&self) -> Vec<u32> {
        let mut words = self.state.to_vec();
        words.push(self.index as u32);
        words
    }

    /// The cached second `gauss` deviate: the last item of `random.getstate()`.
    pub fn gauss_next(&self) -> Option<f64> {
        self.gauss_next
    }

    /// A generator restored like `random.setstate((3, words, gauss_next))`.
    ///
    /// CPython keeps only the low 32 bits of each word, so the caller reduces
    /// Python ints modulo 2**32 first; a negative position must be reported by
    /// the caller as [`RandomError::InvalidState`].
    pub fn from_internal_state(
        words: &[u32],
        gauss_next: Option<f64>,
    ) -> Result<Self, RandomError> {
        if words.len() != STATE_WORD_COUNT + 1 {
            return Err(RandomError::StateWrongSize);
        }
        let index = words[STATE_WORD_COUNT] as usize;
        if index > STATE_WORD_COUNT {
            return Err(RandomError::InvalidState);
        }
        let mut state = [0_u32; STATE_WORD_COUNT];
        state.copy_from_slice(&words[..STATE_WORD_COUNT]);
        Ok(PythonRandom {
            state,
            index,
            gauss_next,
        })
    }
}

/// Python's floor division `numerator // denominator` for a non-zero denominator.
fn floor_divide(numerator: i128, denominator: i128) -> i128 {
    let quotient = numerator / denominator;
    if (numerator % denominator != 0) && ((numerator < 0) != (denominator < 0)) {
        quotient - 1
    } else {
        quotient
    }
}

/// `start + step * index`, which lies inside the requested range and so fits in an `i64`.
fn offset_from_start(start: i64, step: i128, index: u64) -> i64 {
    let value = i128::from(start) + step * i128::from(index);
    i64::try_from(value).unwrap_or(if value < 0 { i64::MIN } else { i64::MAX })
}
