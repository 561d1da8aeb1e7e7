//! Nested calls: an operation of the VM (`print` writing an object, `sorted`
//! comparing two, `==` inside a list) calls one of the program's special
//! methods and needs its result before it can go on.
//!
//! The method's frames go on the VM's own stack as usual and run in a loop
//! here until the method returns; an exception it does not catch comes out
//! as this call's error, its traceback kept. The loop cannot pause in the
//! middle of the operation, so it has its own budget of instructions
//! ([`NESTED_STEP_LIMIT`]): a special method that loops forever ends the run
//! with a clear message instead of freezing the page. No garbage is
//! collected while a nested call runs (the operation holds values the
//! collector cannot see). Each level takes room on Rust's stack, so their
//! depth is bounded by [`super::super::machine::Limits::nested_calls`]
//! (a RecursionError beyond).

use std::rc::Rc;

use super::super::call::Arguments;
use super::super::error::{PythonError, PythonResult};
use super::super::interpreter::Step;
use super::super::machine::Vm;
use super::super::types::TypeId;
use super::super::value::Value;

/// Instructions one operation's nested calls may run, all together.
pub(crate) const NESTED_STEP_LIMIT: u64 = 20_000_000;

impl Vm {
    /// Calls `function` now and gives its result. `name` names the special
    /// method for the message when it runs too long.
    pub(crate) fn call_nested(
        &mut self,
        function: Value,
        arguments: Arguments,
        name: &str,
    ) -> PythonResult<Value> {
        if self.nested_depth >= self.limits.nested_calls {
            return Err(PythonError::new(
                TypeId::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        // After the program has ended (the variables panel shows a value),
        // a frame is needed to receive the result.
        let has_host = self.frames.is_empty();
        if has_host {
            // Never run: it only receives the result.
            let mut host = self.module_frame(0, true);
            host.instruction = usize::MAX;
            self.enter_frame(Box::new(host));
        }
        if self.nested_depth == 0 {
            self.nested_steps = 0;
        }
        let floor = self.frames.len();
        let stack_depth = self.values.len();
        let saved_floor = std::mem::replace(&mut self.unwind_floor, floor);
        self.nested_depth += 1;
        let result = self.run_nested(function, arguments, floor, name);
        self.nested_depth -= 1;
        self.unwind_floor = saved_floor;
        let result = result.map(|()| {
            // The result, pushed on the frame below the floor.
            match self.values.len() > stack_depth && self.frames.len() == floor {
                true => self.values.pop().unwrap_or(Value::None),
                false => Value::None,
            }
        });
        if result.is_err() {
            // (A limit's report then names the line of the operation.)
            self.frames.truncate(floor);
            self.values.truncate(stack_depth);
        }
        if has_host && self.frames.len() == 1 {
            self.leave_frame(false);
        }
        result
    }

    fn run_nested(
        &mut self,
        function: Value,
        arguments: Arguments,
        floor: usize,
        name: &str,
    ) -> PythonResult<()> {
        let program = Rc::clone(&self.program);
        if let Step::WaitForInput = self.call_value(function, arguments)? {
            return Err(input_not_here());
        }
        while self.frames.len() > floor {
            self.nested_steps += 1;
            if self.nested_steps > NESTED_STEP_LIMIT {
                return Err(PythonError::special_method_limit(name));
            }
            self.charge(1)?;
            match self.execute_instruction(&program) {
                Ok(Step::Continue | Step::Finished) => {}
                Ok(Step::WaitForInput | Step::WaitForFrame) => return Err(input_not_here()),
                Err(error) if error.uncatchable => return Err(error),
                Err(error) => {
                    if let Some(failure) = self.raise_error(error) {
                        // Only a MemoryError with no room for the exception gets here.
                        return Err(PythonError::new(TypeId::MemoryError, failure.message));
                    }
                    if let Some(exception) = self.escaped.take() {
                        return Err(PythonError::reraised_with_line(exception));
                    }
                }
            }
        }
        Ok(())
    }
}

/// `input()` inside a special method that an operation called.
fn input_not_here() -> PythonError {
    PythonError::not_supported("input() inside a special method such as __str__")
}
