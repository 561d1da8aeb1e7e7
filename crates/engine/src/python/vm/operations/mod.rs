//! Python's operators and protocols on the builtin types: truthiness, repr and
//! str, equality, ordering, hashing, arithmetic, indexing, `in` and iteration.
//!
//! Every function is a method of [`Vm`] (it needs the heap), charges work for
//! what it does and never recurses without a bound: nested containers are
//! walked with explicit stacks, and nesting deeper than CPython's recursion
//! limit gives RecursionError, as CPython does.
//!
//! - `truth_and_types`: `type()`, `bool()`, ints.
//! - `repr`: `repr()` and `str()`.
//! - `equality`, `ordering`, `hashing`: `==`, `<` and friends, `hash()`.
//! - `arithmetic`, `sequence_arithmetic`, `printf`: the binary and unary operators.
//! - `subscript`, `slices`: `a[i]`, `a[i:j]`, their assignment and deletion.
//! - `iteration`, `containment`: `iter()`, `next()`, `in`.
//! - `containers`: dict and set lookups by hash.
//! - `format`: `format(value, spec)`.

mod arithmetic;
mod containers;
mod containment;
pub(crate) mod equality;
mod format;
pub(crate) mod hashing;
pub(crate) mod iteration;
mod ordering;
mod printf;
pub(crate) mod repr;
mod sequence_arithmetic;
pub(crate) mod slices;
mod subscript;
mod truth_and_types;

pub(crate) use containers::GrowthSize;
pub use hashing::{str_hash, tuple_hash_of_item_hashes};

use super::super::builtins::numbers::NumericError;
use super::super::syntax::ast::BinaryOperator;
use super::error::{Explanation, PythonError};
use super::types::{TypeId, ALL_TYPES};

/// How deep nested containers may go in repr, equality, ordering and hashing
/// before RecursionError (CPython's default recursion limit).
pub(crate) const MAXIMUM_NESTING: usize = 1000;

/// The text of a binary operator (`+`, `//`, `**`).
pub(crate) fn binary_operator_text(operator: BinaryOperator) -> &'static str {
    match operator {
        BinaryOperator::Add => "+",
        BinaryOperator::Subtract => "-",
        BinaryOperator::Multiply => "*",
        BinaryOperator::MatrixMultiply => "@",
        BinaryOperator::Divide => "/",
        BinaryOperator::FloorDivide => "//",
        BinaryOperator::Modulo => "%",
        BinaryOperator::Power => "**",
        BinaryOperator::LeftShift => "<<",
        BinaryOperator::RightShift => ">>",
        BinaryOperator::BitOr => "|",
        BinaryOperator::BitXor => "^",
        BinaryOperator::BitAnd => "&",
    }
}

/// The text of an augmented assignment's operator (`+=`, `//=`).
pub(crate) fn in_place_operator_text(operator: BinaryOperator) -> &'static str {
    match operator {
        BinaryOperator::Add => "+=",
        BinaryOperator::Subtract => "-=",
        BinaryOperator::Multiply => "*=",
        BinaryOperator::MatrixMultiply => "@=",
        BinaryOperator::Divide => "/=",
        BinaryOperator::FloorDivide => "//=",
        BinaryOperator::Modulo => "%=",
        BinaryOperator::Power => "**=",
        BinaryOperator::LeftShift => "<<=",
        BinaryOperator::RightShift => ">>=",
        BinaryOperator::BitOr => "|=",
        BinaryOperator::BitXor => "^=",
        BinaryOperator::BitAnd => "&=",
    }
}

/// The exception type called `name` (as [`NumericError::python_type`] and the
/// text errors name them); `Exception` for an unknown name.
pub(crate) fn type_from_name(name: &str) -> TypeId {
    ALL_TYPES
        .iter()
        .copied()
        .find(|type_id| type_id.name() == name)
        .unwrap_or(TypeId::Exception)
}

/// The Python error of a failed numeric operation, with the general explanation
/// of its type (`TooLarge` becomes MemoryError).
pub(crate) fn numeric_error(error: NumericError) -> PythonError {
    match error {
        NumericError::TooLarge { .. } => PythonError::memory_error(),
        other => PythonError::new(type_from_name(other.python_type()), other.cpython_message()),
    }
}

/// `RecursionError: maximum recursion depth exceeded{context}`.
pub(crate) fn recursion_error(context: &str) -> PythonError {
    PythonError::new(
        TypeId::RecursionError,
        format!("maximum recursion depth exceeded{context}"),
    )
    .explained(Explanation::new("python-operations-nesting-too-deep"))
}

/// `TypeError: unsupported operand type(s) for +: 'int' and 'str'`, explained.
pub(crate) fn unsupported_operands(operator_text: &str, left: &str, right: &str) -> PythonError {
    let message =
        format!("unsupported operand type(s) for {operator_text}: '{left}' and '{right}'");
    let is_number = |name: &str| matches!(name, "int" | "float" | "bool");
    let explanation_id =
        if (left == "str" && is_number(right)) || (is_number(left) && right == "str") {
            "python-operations-text-and-number"
        } else {
            "python-operations-unsupported-operand"
        };
    PythonError::type_error(message).explained(
        Explanation::new(explanation_id)
            .with("operator", operator_text)
            .with("left", left)
            .with("right", right),
    )
}

/// `TypeError: unhashable type: 'list'`, explained.
pub(crate) fn unhashable(type_name: &str) -> PythonError {
    PythonError::type_error(format!("unhashable type: '{type_name}'"))
        .explained(Explanation::new("python-operations-unhashable").with("type", type_name))
}

/// `TypeError: 'int' object is not iterable`, explained.
pub(crate) fn not_iterable(type_name: &str) -> PythonError {
    PythonError::type_error(format!("'{type_name}' object is not iterable"))
        .explained(Explanation::new("python-operations-not-iterable").with("type", type_name))
}

#[cfg(test)]
mod tests;
