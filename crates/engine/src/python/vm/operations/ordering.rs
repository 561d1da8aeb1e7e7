//! `<`, `<=`, `>`, `>=` and the comparisons' dispatch: numbers across types
//! (exact, NaN compares false), strs by code points, lists and tuples
//! lexicographically (walked in a loop, not recursively), sets by inclusion.

use std::cmp::Ordering;

use super::super::super::syntax::ast::ComparisonOperator;
use super::super::error::{Explanation, PythonError, PythonResult};
use super::super::machine::Vm;
use super::super::object::Object;
use super::super::value::Value;
use super::equality::{is_identical, numeric_of, numeric_order};
use super::{recursion_error, MAXIMUM_NESTING};

/// The text of a comparison operator.
fn comparison_text(operator: ComparisonOperator) -> &'static str {
    match operator {
        ComparisonOperator::Equal => "==",
        ComparisonOperator::NotEqual => "!=",
        ComparisonOperator::Less => "<",
        ComparisonOperator::LessEqual => "<=",
        ComparisonOperator::Greater => ">",
        ComparisonOperator::GreaterEqual => ">=",
        ComparisonOperator::Is => "is",
        ComparisonOperator::IsNot => "is not",
        ComparisonOperator::In => "in",
        ComparisonOperator::NotIn => "not in",
    }
}

/// Whether `ordering` satisfies the operator.
fn ordering_satisfies(operator: ComparisonOperator, ordering: Ordering) -> bool {
    match operator {
        ComparisonOperator::Less => ordering == Ordering::Less,
        ComparisonOperator::LessEqual => ordering != Ordering::Greater,
        ComparisonOperator::Greater => ordering == Ordering::Greater,
        ComparisonOperator::GreaterEqual => ordering != Ordering::Less,
        ComparisonOperator::Equal => ordering == Ordering::Equal,
        _ => ordering != Ordering::Equal,
    }
}

/// What comparing two values needs.
enum Step {
    /// The answer.
    Done(bool),
    /// Compare these two items instead (the first difference of two sequences).
    Descend(Value, Value),
}

impl Vm {
    /// The ordering of `a` and `b` for `<` (TypeError between unorderable
    /// types); the tests read orderings through it, the VM uses `order_compare`.
    #[cfg(test)]
    pub(crate) fn compare_order(&mut self, left: Value, right: Value) -> PythonResult<Ordering> {
        if self.order_compare(ComparisonOperator::Less, left, right)? {
            Ok(Ordering::Less)
        } else if self.order_compare(ComparisonOperator::Less, right, left)? {
            Ok(Ordering::Greater)
        } else {
            Ok(Ordering::Equal)
        }
    }

    /// A comparison, `in`, `not in`, `is` and `is not` included.
    pub(crate) fn compare(
        &mut self,
        operator: ComparisonOperator,
        left: Value,
        right: Value,
    ) -> PythonResult<Value> {
        let is_rich = !matches!(
            operator,
            ComparisonOperator::Is
                | ComparisonOperator::IsNot
                | ComparisonOperator::In
                | ComparisonOperator::NotIn
        );
        if is_rich && (self.has_program_class(left) || self.has_program_class(right)) {
            return self.compare_special(operator, left, right);
        }
        let result = match operator {
            ComparisonOperator::Equal => self.values_equal(left, right)?,
            ComparisonOperator::NotEqual => !self.values_equal(left, right)?,
            ComparisonOperator::Is => is_identical(left, right),
            ComparisonOperator::IsNot => !is_identical(left, right),
            ComparisonOperator::In => self.contains(right, left)?,
            ComparisonOperator::NotIn => !self.contains(right, left)?,
            _ => self.order_compare(operator, left, right)?,
        };
        Ok(Value::Bool(result))
    }

    /// `left < right` (or `<=`, `>`, `>=`): sequences are compared at their
    /// first difference, in a loop.
    pub(crate) fn order_compare(
        &mut self,
        operator: ComparisonOperator,
        left: Value,
        right: Value,
    ) -> PythonResult<bool> {
        let (mut left, mut right) = (left, right);
        let mut depth = 0;
        loop {
            self.charge(1)?;
            if depth > MAXIMUM_NESTING {
                return Err(recursion_error(" in comparison"));
            }
            if self.has_program_class(left) || self.has_program_class(right) {
                let result = self.compare_special(operator, left, right)?;
                return self.truth(result);
            }
            match self.order_step(operator, left, right)? {
                Step::Done(answer) => return Ok(answer),
                Step::Descend(new_left, new_right) => {
                    left = new_left;
                    right = new_right;
                    depth += 1;
                }
            }
        }
    }

    /// One step of an ordering comparison.
    fn order_step(
        &mut self,
        operator: ComparisonOperator,
        left: Value,
        right: Value,
    ) -> PythonResult<Step> {
        if let (Some(a), Some(b)) = (numeric_of(&self.heap, left), numeric_of(&self.heap, right)) {
            return Ok(Step::Done(
                numeric_order(a, b).is_some_and(|ordering| ordering_satisfies(operator, ordering)),
            ));
        }
        if let (Value::Object(a), Value::Object(b)) = (left, right) {
            match (self.object(a), self.object(b)) {
                (Object::Str(a), Object::Str(b)) => {
                    let ordering = a.text.cmp(&b.text);
                    let cost = a.text.len().min(b.text.len()) as u64 / 32;
                    self.charge(cost)?;
                    return Ok(Step::Done(ordering_satisfies(operator, ordering)));
                }
                (a @ Object::List(_), b @ Object::List(_))
                | (a @ Object::Tuple(_), b @ Object::Tuple(_)) => {
                    let (a, b) = (
                        a.sequence_items().unwrap_or_default().to_vec(),
                        b.sequence_items().unwrap_or_default().to_vec(),
                    );
                    for (item_a, item_b) in a.iter().zip(b.iter()) {
                        if !is_identical(*item_a, *item_b)
                            && !self.values_equal(*item_a, *item_b)?
                        {
                            return Ok(Step::Descend(*item_a, *item_b));
                        }
                    }
                    return Ok(Step::Done(ordering_satisfies(
                        operator,
                        a.len().cmp(&b.len()),
                    )));
                }
                (Object::Set(_) | Object::FrozenSet(_), Object::Set(_) | Object::FrozenSet(_)) => {
                    return Ok(Step::Done(self.set_order(operator, a, b)?));
                }
                _ => {}
            }
        }
        if self.type_of(left) == super::super::types::TypeId::Deque
            && self.type_of(right) == super::super::types::TypeId::Deque
        {
            return Err(PythonError::not_supported("comparing deques by order"));
        }
        if self.type_of(left) == super::super::types::TypeId::Bytes
            && self.type_of(right) == super::super::types::TypeId::Bytes
        {
            return Err(PythonError::not_supported("comparing bytes by order"));
        }
        let (left_name, right_name) = (self.type_name(left), self.type_name(right));
        let text = comparison_text(operator);
        Err(PythonError::type_error(format!(
            "'{text}' not supported between instances of '{left_name}' and '{right_name}'"
        ))
        .explained(
            Explanation::new("python-operations-not-orderable")
                .with("operator", text)
                .with("left", left_name)
                .with("right", right_name),
        ))
    }

    /// Set inclusion: `a <= b` is subset, `a < b` proper subset.
    fn set_order(
        &mut self,
        operator: ComparisonOperator,
        left: super::super::heap::ObjectRef,
        right: super::super::heap::ObjectRef,
    ) -> PythonResult<bool> {
        let (smaller, larger, strict) = match operator {
            ComparisonOperator::Less => (left, right, true),
            ComparisonOperator::LessEqual => (left, right, false),
            ComparisonOperator::Greater => (right, left, true),
            _ => (right, left, false),
        };
        let length_of = |vm: &Vm, reference| match vm.object(reference) {
            Object::Set(set) | Object::FrozenSet(set) => set.len(),
            _ => 0,
        };
        let (small_length, large_length) = (length_of(self, smaller), length_of(self, larger));
        if small_length > large_length || (strict && small_length == large_length) {
            return Ok(false);
        }
        self.is_subset(smaller, larger)
    }

    /// Whether every item of set `smaller` is in set `larger`.
    pub(crate) fn is_subset(
        &mut self,
        smaller: super::super::heap::ObjectRef,
        larger: super::super::heap::ObjectRef,
    ) -> PythonResult<bool> {
        let items: Vec<(i64, Value)> = match self.object(smaller) {
            Object::Set(set) | Object::FrozenSet(set) => set.iter().collect(),
            _ => Vec::new(),
        };
        self.charge(items.len() as u64)?;
        for (hash, item) in items {
            if !self.set_contains_running(larger, hash, item)? {
                return Ok(false);
            }
        }
        Ok(true)
    }
}
