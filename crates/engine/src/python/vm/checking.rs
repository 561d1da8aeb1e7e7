//! What a lesson's checks read from a finished run: two global variables
//! compared as `==` does for the builtin types (except that a bool never
//! equals a number), and their reprs.

use super::machine::Vm;
use super::operations::equality::equal_in_heap;
use super::value::Value;

/// Two globals of a finished run, compared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GlobalComparison {
    /// Whether the values are equal.
    pub equal: bool,
    /// `repr` of the first.
    pub first_repr: String,
    /// `repr` of the second.
    pub second_repr: String,
}

/// The longest repr a check reports, in characters.
const LONGEST_REPR: usize = 2_000;

impl Vm {
    /// Compares the program's globals `first` and `second` (`None` when either
    /// is unset). Done by the sandbox itself, so a program cannot redefine
    /// what `==` or `repr` mean for the check.
    pub fn compare_globals(&mut self, first: &str, second: &str) -> Option<GlobalComparison> {
        let first = self.program_global(first)?;
        let second = self.program_global(second)?;
        let mut visited = 0;
        // `True == 1` in Python, but a lesson that expects `True` wants a bool.
        let bool_against_number = matches!(
            (first, second),
            (Value::Bool(_), Value::Int(_) | Value::Float(_))
                | (Value::Int(_) | Value::Float(_), Value::Bool(_))
        );
        let equal = !bool_against_number
            && equal_in_heap(&self.heap, first, second, 0, &mut visited).unwrap_or(false);
        // Reprs of a finished run: their work is the check's, not the program's.
        self.limits.work = u64::MAX;
        let first_repr = self.repr(first).unwrap_or_default();
        let second_repr = self.repr(second).unwrap_or_default();
        Some(GlobalComparison {
            equal,
            first_repr: shortened(first_repr),
            second_repr: shortened(second_repr),
        })
    }

    /// The value of the program's global `name`, if it is set.
    fn program_global(&self, name: &str) -> Option<Value> {
        let namespace = &self.namespaces[0];
        let slot = namespace.names.iter().position(|known| known == name)?;
        match namespace.values.get(slot) {
            Some(Value::Unbound) | None => None,
            Some(value) => Some(*value),
        }
    }
}

fn shortened(text: String) -> String {
    if text.chars().count() <= LONGEST_REPR {
        return text;
    }
    let mut short: String = text.chars().take(LONGEST_REPR).collect();
    short.push('…');
    short
}
