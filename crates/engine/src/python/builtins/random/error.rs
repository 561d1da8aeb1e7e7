//! The errors of the `random` functions, with CPython's exception types and messages.

use num_bigint::BigInt;

/// An error raised by a `random` function, with the Python exception it maps to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RandomError {
    /// `randrange(start, stop)` with a step of one and `stop <= start`.
    EmptyRangeWithWidth {
        /// The start of the range.
        start: BigInt,
        /// The (exclusive) stop of the range.
        stop: BigInt,
        /// The width `stop - start`, which is zero or negative.
        width: BigInt,
    },
    /// `randrange(stop)` with `stop <= 0`, or a stepped range that is empty.
    EmptyRange,
    /// `randrange(start, stop, 0)`.
    ZeroStep,
    /// `choice` on an empty sequence.
    EmptySequence,
    /// `sample` asked for more elements than the population holds.
    SampleLargerThanPopulation,
    /// `choices` on an empty population (CPython fails indexing a list: `list[0]`).
    ///
    /// For unweighted `choices`, CPython has already drawn one `random()` when it fails.
    ListIndexOutOfRange,
    /// `choices` with a weight list whose length differs from the population's.
    WeightCountMismatch,
    /// `choices` with weights that sum to zero or less.
    WeightTotalNotPositive,
    /// `choices` with weights that sum to infinity or NaN.
    WeightTotalNotFinite,
    /// `expovariate(0.0)`: CPython divides by the rate.
    FloatDivisionByZero,
    /// `gammavariate` (or `betavariate`) with a parameter that is not positive.
    GammaParametersNotPositive,
    /// `sample(..., counts=...)` with a count list whose length differs from the population's.
    CountNumberMismatch,
    /// `sample(..., counts=...)` with counts that sum to zero or less.
    CountTotalNotPositive,
    /// `sample([], counts=[], k=...)`: CPython pops the total from an empty list.
    PopFromEmptyList,
    /// `setstate` with a state tuple that does not hold 625 numbers.
    StateWrongSize,
    /// `setstate` with a position that is not in `0..=624`.
    InvalidState,
    /// `getrandbits` asked for more bits than a `u64` can hold (not a CPython error).
    TooManyBitsForU64 {
        /// The requested number of bits.
        bit_count: u32,
    },
}

impl RandomError {
    /// The name of the Python exception type that CPython raises for this error.
    pub fn python_type(&self) -> &'static str {
        match self {
            RandomError::EmptySequence
            | RandomError::ListIndexOutOfRange
            | RandomError::PopFromEmptyList => "IndexError",
            RandomError::FloatDivisionByZero => "ZeroDivisionError",
            RandomError::TooManyBitsForU64 { .. } => "OverflowError",
            RandomError::EmptyRangeWithWidth { .. }
            | RandomError::EmptyRange
            | RandomError::ZeroStep
            | RandomError::SampleLargerThanPopulation
            | RandomError::WeightCountMismatch
            | RandomError::WeightTotalNotPositive
            | RandomError::WeightTotalNotFinite
            | RandomError::GammaParametersNotPositive
            | RandomError::CountNumberMismatch
            | RandomError::CountTotalNotPositive
            | RandomError::StateWrongSize
            | RandomError::InvalidState => "ValueError",
        }
    }

    /// The exception message, exactly as CPython 3.11 words it.
    pub fn cpython_message(&self) -> String {
        match self {
            RandomError::EmptyRangeWithWidth { start, stop, width } => {
                format!("empty range for randrange() ({start}, {stop}, {width})")
            }
            RandomError::EmptyRange => "empty range for randrange()".to_string(),
            RandomError::ZeroStep => "zero step for randrange()".to_string(),
            RandomError::EmptySequence => "Cannot choose from an empty sequence".to_string(),
            RandomError::SampleLargerThanPopulation => {
                "Sample larger than population or is negative".to_string()
            }
            RandomError::ListIndexOutOfRange => "list index out of range".to_string(),
            RandomError::WeightCountMismatch => {
                "The number of weights does not match the population".to_string()
            }
            RandomError::WeightTotalNotPositive => {
                "Total of weights must be greater than zero".to_string()
            }
            RandomError::WeightTotalNotFinite => "Total of weights must be finite".to_string(),
            RandomError::FloatDivisionByZero => "float division by zero".to_string(),
            RandomError::CountNumberMismatch => {
                "The number of counts does not match the population".to_string()
            }
            RandomError::CountTotalNotPositive => {
                "Total of counts must be greater than zero".to_string()
            }
            RandomError::PopFromEmptyList => "pop from empty list".to_string(),
            RandomError::StateWrongSize => "state vector is the wrong size".to_string(),
            RandomError::InvalidState => "invalid state".to_string(),
            RandomError::GammaParametersNotPositive => {
                "gammavariate: alpha and beta must be > 0.0".to_string()
            }
            RandomError::TooManyBitsForU64 { bit_count } => {
                format!("getrandbits({bit_count}) does not fit in 64 bits")
            }
        }
    }
}

impl std::fmt::Display for RandomError {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            formatter,
            "{}: {}",
            self.python_type(),
            self.cpython_message()
        )
    }
}

impl std::error::Error for RandomError {}
