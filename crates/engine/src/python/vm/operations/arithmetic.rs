//! The binary and unary operators on numbers (bool counts as int), and the
//! dispatch of every binary operator: numbers here, sequences, sets and dicts
//! in `sequence_arithmetic`, `str % args` in `printf`.

use super::super::super::builtins::numbers::{
    float_floor_div, float_modulo, float_pow, float_true_div, int_add, int_and, int_floor_div,
    int_invert, int_modulo, int_mul, int_neg, int_or, int_pow, int_shift_left, int_shift_right,
    int_sub, int_to_float, int_true_div, int_xor, Int, Number,
};
use super::super::super::syntax::ast::{BinaryOperator, UnaryOperator};
use super::super::error::{Explanation, PythonError, PythonResult};
use super::super::machine::Vm;
use super::super::value::Value;
use super::equality::{numeric_of, Numeric};
use super::{binary_operator_text, in_place_operator_text, numeric_error, unsupported_operands};

/// A number taken out of a value.
enum Operand {
    /// An int (or bool).
    Int(Int),
    /// A float.
    Float(f64),
}

impl Vm {
    /// A binary operator.
    pub(crate) fn binary_operation(
        &mut self,
        operator: BinaryOperator,
        left: Value,
        right: Value,
    ) -> PythonResult<Value> {
        if let Some(result) = self.numeric_operation(operator, left, right)? {
            return Ok(result);
        }
        if self.has_program_class(left) || self.has_program_class(right) {
            return self.binary_special(operator, left, right);
        }
        self.refuse_unsupported_collection_arithmetic(operator, left, right)?;
        if let Some(result) = self.container_operation(operator, left, right, false)? {
            return Ok(result);
        }
        Err(self.operation_type_error(binary_operator_text(operator), operator, left, right))
    }

    /// `Counter`'s `+ - | &` and a deque's `+ *` are not here yet: say so
    /// rather than answer as a dict would or fail as if Python had none.
    fn refuse_unsupported_collection_arithmetic(
        &self,
        operator: BinaryOperator,
        left: Value,
        right: Value,
    ) -> PythonResult<()> {
        let is_bytes = |value: Value| self.type_of(value) == super::super::types::TypeId::Bytes;
        if is_bytes(left) || is_bytes(right) {
            return Err(super::super::error::PythonError::not_supported(format!(
                "bytes {} ...",
                binary_operator_text(operator)
            )));
        }
        let is_deque = |value: Value| self.type_of(value) == super::super::types::TypeId::Deque;
        if matches!(operator, BinaryOperator::Add | BinaryOperator::Multiply)
            && (is_deque(left) || is_deque(right))
        {
            return Err(super::super::error::PythonError::not_supported(format!(
                "deque {} ...",
                binary_operator_text(operator)
            )));
        }
        let is_counter = |value: Value| self.type_of(value) == super::super::types::TypeId::Counter;
        let counter_operator = matches!(
            operator,
            BinaryOperator::Add
                | BinaryOperator::Subtract
                | BinaryOperator::BitOr
                | BinaryOperator::BitAnd
        );
        if counter_operator && (is_counter(left) || is_counter(right)) {
            return Err(super::super::error::PythonError::not_supported(format!(
                "Counter {} Counter",
                binary_operator_text(operator)
            )));
        }
        Ok(())
    }

    /// An augmented assignment's operation (a list's `+=` extends it in place).
    pub(crate) fn in_place_operation(
        &mut self,
        operator: BinaryOperator,
        left: Value,
        right: Value,
    ) -> PythonResult<Value> {
        if let Some(result) = self.numeric_operation(operator, left, right)? {
            return Ok(result);
        }
        if self.has_program_class(left) || self.has_program_class(right) {
            return self.in_place_special(operator, left, right);
        }
        self.refuse_unsupported_collection_arithmetic(operator, left, right)?;
        if let Some(result) = self.container_operation(operator, left, right, true)? {
            return Ok(result);
        }
        Err(self.operation_type_error(in_place_operator_text(operator), operator, left, right))
    }

    /// The TypeError of an operator its operands do not support, with
    /// CPython's special messages for sequences.
    pub(crate) fn operation_type_error(
        &self,
        operator_text: &str,
        operator: BinaryOperator,
        left: Value,
        right: Value,
    ) -> PythonError {
        let (left_name, right_name) = (self.type_name(left), self.type_name(right));
        let is_sequence = |name: &str| matches!(name, "str" | "list" | "tuple");
        if operator == BinaryOperator::Add && is_sequence(left_name) {
            let message = if left_name == "str" {
                format!("can only concatenate str (not \"{right_name}\") to str")
            } else {
                format!("can only concatenate {left_name} (not \"{right_name}\") to {left_name}")
            };
            let id = if left_name == "str" && matches!(right_name, "int" | "float" | "bool") {
                "python-operations-text-and-number"
            } else {
                "python-operations-concatenate"
            };
            return PythonError::type_error(message).explained(
                Explanation::new(id)
                    .with("operator", operator_text)
                    .with("left", left_name)
                    .with("right", right_name),
            );
        }
        if operator == BinaryOperator::Multiply
            && (is_sequence(left_name) || is_sequence(right_name))
        {
            let other = if is_sequence(left_name) {
                right_name
            } else {
                left_name
            };
            return PythonError::type_error(format!(
                "can't multiply sequence by non-int of type '{other}'"
            ))
            .explained(Explanation::new("python-operations-repeat-non-int").with("type", other));
        }
        unsupported_operands(operator_text, left_name, right_name)
    }

    /// The number in a value, if it is an int, bool or float.
    fn operand(&self, value: Value) -> Option<Operand> {
        Some(match numeric_of(&self.heap, value)? {
            Numeric::Small(small) => Operand::Int(Int::Small(small)),
            Numeric::Big(big) => Operand::Int(Int::Big(big.clone())),
            Numeric::Float(float) => Operand::Float(float),
        })
    }

    /// A binary operator on two numbers; `None` when they are not both numbers.
    fn numeric_operation(
        &mut self,
        operator: BinaryOperator,
        left: Value,
        right: Value,
    ) -> PythonResult<Option<Value>> {
        let (Some(a), Some(b)) = (self.operand(left), self.operand(right)) else {
            return Ok(None);
        };
        if let (Value::Bool(x), Value::Bool(y)) = (left, right) {
            match operator {
                BinaryOperator::BitAnd => return Ok(Some(Value::Bool(x & y))),
                BinaryOperator::BitOr => return Ok(Some(Value::Bool(x | y))),
                BinaryOperator::BitXor => return Ok(Some(Value::Bool(x ^ y))),
                _ => {}
            }
        }
        match (a, b) {
            (Operand::Int(a), Operand::Int(b)) => self.int_operation(operator, &a, &b),
            (a, b) => {
                let to_float = |operand: Operand| match operand {
                    Operand::Int(int) => int_to_float(&int).map_err(numeric_error),
                    Operand::Float(float) => Ok(float),
                };
                if matches!(
                    operator,
                    BinaryOperator::LeftShift
                        | BinaryOperator::RightShift
                        | BinaryOperator::BitAnd
                        | BinaryOperator::BitOr
                        | BinaryOperator::BitXor
                        | BinaryOperator::MatrixMultiply
                ) {
                    return Ok(None);
                }
                let (a, b) = (to_float(a)?, to_float(b)?);
                self.charge(1)?;
                let result = match operator {
                    BinaryOperator::Add => Ok(a + b),
                    BinaryOperator::Subtract => Ok(a - b),
                    BinaryOperator::Multiply => Ok(a * b),
                    BinaryOperator::Divide => float_true_div(a, b),
                    BinaryOperator::FloorDivide => float_floor_div(a, b),
                    BinaryOperator::Modulo => float_modulo(a, b),
                    _ => float_pow(a, b),
                };
                Ok(Some(Value::Float(result.map_err(numeric_error)?)))
            }
        }
    }

    /// A binary operator on two ints.
    fn int_operation(
        &mut self,
        operator: BinaryOperator,
        a: &Int,
        b: &Int,
    ) -> PythonResult<Option<Value>> {
        let words = |int: &Int| int.bit_length() / 64 + 1;
        let (words_a, words_b) = (words(a), words(b));
        let bits = self.maximum_int_bits();
        let cost = match operator {
            BinaryOperator::Multiply
            | BinaryOperator::FloorDivide
            | BinaryOperator::Modulo
            | BinaryOperator::Divide => words_a.saturating_mul(words_b),
            _ => words_a + words_b,
        };
        self.charge(cost)?;
        let result = match operator {
            BinaryOperator::Add => int_add(a, b),
            BinaryOperator::Subtract => int_sub(a, b),
            BinaryOperator::Multiply => int_mul(a, b, bits).map_err(numeric_error)?,
            BinaryOperator::Divide => {
                return Ok(Some(Value::Float(
                    int_true_div(a, b).map_err(numeric_error)?,
                )))
            }
            BinaryOperator::FloorDivide => int_floor_div(a, b).map_err(numeric_error)?,
            BinaryOperator::Modulo => int_modulo(a, b).map_err(numeric_error)?,
            BinaryOperator::Power => match int_pow(a, b, bits).map_err(numeric_error)? {
                // The estimate of int_pow refused results over `bits` before any work.
                Number::Int(int) => {
                    let result_words = int.bit_length() / 64 + 1;
                    self.charge(result_words.saturating_mul(result_words.min(4096)) / 8)?;
                    int
                }
                Number::Float(float) => return Ok(Some(Value::Float(float))),
            },
            BinaryOperator::LeftShift => int_shift_left(a, b, bits).map_err(numeric_error)?,
            BinaryOperator::RightShift => int_shift_right(a, b).map_err(numeric_error)?,
            BinaryOperator::BitAnd => int_and(a, b),
            BinaryOperator::BitOr => int_or(a, b),
            BinaryOperator::BitXor => int_xor(a, b),
            BinaryOperator::MatrixMultiply => return Ok(None),
        };
        self.charge(result.bit_length() / 64)?;
        Ok(Some(self.new_int(result)?))
    }

    /// A unary operator.
    pub(crate) fn unary_operation(
        &mut self,
        operator: UnaryOperator,
        operand: Value,
    ) -> PythonResult<Value> {
        self.charge(1)?;
        if self.has_program_class(operand) {
            return self.unary_special(operator, operand);
        }
        if operator == UnaryOperator::Not {
            return Ok(Value::Bool(!self.is_truthy(operand)));
        }
        match (operator, self.operand(operand)) {
            (UnaryOperator::Negative, Some(Operand::Int(int))) => self.new_int(int_neg(&int)),
            (UnaryOperator::Negative, Some(Operand::Float(float))) => Ok(Value::Float(-float)),
            (UnaryOperator::Positive, Some(Operand::Int(int))) => self.new_int(int),
            (UnaryOperator::Positive, Some(Operand::Float(float))) => Ok(Value::Float(float)),
            (UnaryOperator::Invert, Some(Operand::Int(int))) => self.new_int(int_invert(&int)),
            _ => {
                let text = match operator {
                    UnaryOperator::Negative => "-",
                    UnaryOperator::Positive => "+",
                    _ => "~",
                };
                let type_name = self.type_name(operand);
                Err(PythonError::type_error(format!(
                    "bad operand type for unary {text}: '{type_name}'"
                ))
                .explained(
                    Explanation::new("python-operations-bad-unary-operand")
                        .with("operator", text)
                        .with("type", type_name),
                ))
            }
        }
    }
}
