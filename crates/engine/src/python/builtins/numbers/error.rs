//! The errors of numeric operations, named as CPython names them.

/// Why a numeric operation failed: one kind per CPython exception and message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NumericError {
    /// `ZeroDivisionError: division by zero` (int / int).
    IntTrueDivisionByZero,
    /// `ZeroDivisionError: integer division or modulo by zero` (int // int, divmod).
    IntFloorDivisionByZero,
    /// `ZeroDivisionError: integer modulo by zero` (int % int).
    IntModuloByZero,
    /// `ZeroDivisionError: float division by zero`.
    FloatDivisionByZero,
    /// `ZeroDivisionError: float modulo`.
    FloatModuloByZero,
    /// `ZeroDivisionError: float floor division by zero`.
    FloatFloorDivisionByZero,
    /// `ZeroDivisionError: float divmod()`.
    FloatDivmodByZero,
    /// `ZeroDivisionError: 0.0 cannot be raised to a negative power`.
    ZeroToNegativePower,
    /// `OverflowError: int too large to convert to float`.
    IntTooLargeForFloat,
    /// `OverflowError: integer division result too large for a float`.
    DivisionResultTooLargeForFloat,
    /// `OverflowError: (34, 'Numerical result out of range')` (float `**`).
    FloatPowerOutOfRange,
    /// `OverflowError: math range error`.
    MathRangeError,
    /// `OverflowError: cannot convert float infinity to integer`.
    InfinityToInt,
    /// `ValueError: cannot convert float NaN to integer`.
    NanToInt,
    /// `ValueError: negative shift count`.
    NegativeShiftCount,
    /// `ValueError: math domain error`.
    MathDomainError,
    /// `ValueError: pow() 3rd argument cannot be 0`.
    PowModulusZero,
    /// `ValueError: base is not invertible for the given modulus`.
    BaseNotInvertible,
    /// `ValueError: factorial() not defined for negative values`.
    NegativeFactorial,
    /// `ValueError: isqrt() argument must be nonnegative`.
    NegativeIsqrt,
    /// `ValueError: n must be a non-negative integer` (comb, perm).
    NegativeCombinationN,
    /// `ValueError: k must be a non-negative integer` (comb, perm).
    NegativeCombinationK,
    /// `ValueError: tolerances must be non-negative` (math.isclose).
    NegativeTolerance,
    /// CPython would return a complex number (`(-8) ** 0.5`); the sandbox has none.
    ComplexResult,
    /// The result would have more bits than the caller allows; the VM raises
    /// `MemoryError`.
    TooLarge {
        /// A cheap estimate of the result's size in bits.
        estimated_bits: u64,
    },
}

impl NumericError {
    /// The name of the exception CPython raises (`"ValueError"`, ...).
    pub fn python_type(&self) -> &'static str {
        use NumericError::*;
        match self {
            IntTrueDivisionByZero
            | IntFloorDivisionByZero
            | IntModuloByZero
            | FloatDivisionByZero
            | FloatModuloByZero
            | FloatFloorDivisionByZero
            | FloatDivmodByZero
            | ZeroToNegativePower => "ZeroDivisionError",
            IntTooLargeForFloat
            | DivisionResultTooLargeForFloat
            | FloatPowerOutOfRange
            | MathRangeError
            | InfinityToInt => "OverflowError",
            NanToInt | NegativeShiftCount | MathDomainError | PowModulusZero
            | BaseNotInvertible | NegativeFactorial | NegativeIsqrt | NegativeCombinationN
            | NegativeCombinationK | NegativeTolerance => "ValueError",
            ComplexResult => "TypeError",
            TooLarge { .. } => "MemoryError",
        }
    }

    /// CPython's English message (what `str(exception)` shows).
    pub fn cpython_message(&self) -> String {
        use NumericError::*;
        let message = match self {
            IntTrueDivisionByZero => "division by zero",
            IntFloorDivisionByZero => "integer division or modulo by zero",
            IntModuloByZero => "integer modulo by zero",
            FloatDivisionByZero => "float division by zero",
            FloatModuloByZero => "float modulo",
            FloatFloorDivisionByZero => "float floor division by zero",
            FloatDivmodByZero => "float divmod()",
            ZeroToNegativePower => "0.0 cannot be raised to a negative power",
            IntTooLargeForFloat => "int too large to convert to float",
            DivisionResultTooLargeForFloat => "integer division result too large for a float",
            FloatPowerOutOfRange => "(34, 'Numerical result out of range')",
            MathRangeError => "math range error",
            InfinityToInt => "cannot convert float infinity to integer",
            NanToInt => "cannot convert float NaN to integer",
            NegativeShiftCount => "negative shift count",
            MathDomainError => "math domain error",
            PowModulusZero => "pow() 3rd argument cannot be 0",
            BaseNotInvertible => "base is not invertible for the given modulus",
            NegativeFactorial => "factorial() not defined for negative values",
            NegativeIsqrt => "isqrt() argument must be nonnegative",
            NegativeCombinationN => "n must be a non-negative integer",
            NegativeCombinationK => "k must be a non-negative integer",
            NegativeTolerance => "tolerances must be non-negative",
            ComplexResult => "complex numbers are not supported in the sandbox",
            TooLarge { .. } => "",
        };
        message.to_owned()
    }
}
