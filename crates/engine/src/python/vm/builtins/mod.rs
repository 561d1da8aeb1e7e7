//! The builtin functions, the builtin types' methods and constructors, and
//! the modules (`math`, `random`, `time`).
//!
//! - `table.rs`: the [`BuiltinFunction`] enum, generated with every function's
//!   Python name from ONE table, the builtins namespace ([`BUILTINS_NAMESPACE`],
//!   [`builtin_names`]); `mod.rs`: the dispatch of [`Vm::call_builtin`].
//! - `arguments.rs`: checking argument counts, keywords and types, and turning
//!   the pure building blocks' errors into [`PythonError`]s.
//! - `functions.rs`, `iteration.rs`: `print`, `len`, `min`, `sorted`...
//! - `conversions.rs`: calling a type (`int("5")`, `list(x)`, `ValueError("m")`).
//! - `str_methods.rs`, `str_format.rs`, `list_methods.rs`, `dict_methods.rs`,
//!   `set_methods.rs`: the methods.
//! - `attributes.rs`: `object.name` for builtin values, types and modules.
//! - `math_module.rs`, `random_module.rs` (with `time`).
//! - `prelude.py`: Python helpers for the work that calls the program's own
//!   functions (`key=`, `map`, `filter`, lazy iteration of generators), reached
//!   through [`CallOutcome::TailCallPrelude`] and [`PreludeFunction`].

mod arguments;
mod attributes;
mod bytes_type;
mod canvas_module;
mod collections_module;
mod conversions;
mod deque_module;
mod dict_methods;
pub(crate) mod functions;
mod iteration;
mod list_methods;
mod math_module;
mod random_module;
mod robot_module;
mod rover_module;
mod set_methods;
mod sorting;
mod str_format;
mod str_methods;
pub(crate) use conversions::plain_decimal_int;
pub(crate) use deque_module::deque_size_after_growth;
pub(crate) use str_methods::{changed_case, character_class};
mod str_translate;
mod table;
#[cfg(test)]
mod tests;
mod turtle_arguments;
mod turtle_module;

use super::call::{Arguments, CallOutcome};
use super::error::PythonResult;
use super::machine::Vm;

pub(crate) use attributes::{attribute_error, find_method};
pub use attributes::{
    is_data_attribute, module_attribute_names, module_prelude_functions, module_types,
    type_attribute_names,
};
pub(crate) use bytes_type::bytes_repr;
pub use canvas_module::{canvas_command, canvas_module_names, CANVAS_NAMES, CANVAS_VARIABLES};
pub use robot_module::{robot_command, robot_module_names, ROBOT_NAMES};
pub use rover_module::{rover_command, rover_module_names, RoverClock, ROVER_NAMES};
pub use table::{builtin_names, BuiltinFunction, BUILTINS_NAMESPACE, PRELUDE_NATIVES};
pub use turtle_module::{turtle_command, turtle_module_names, TURTLE_NAMES};

impl Vm {
    /// Calls a builtin function, method or module function.
    pub(crate) fn call_builtin(
        &mut self,
        function: BuiltinFunction,
        arguments: Arguments,
    ) -> PythonResult<CallOutcome> {
        self.charge(1)?;
        if let Some(outcome) = self.call_core_function(function, &arguments)? {
            return Ok(outcome);
        }
        if let Some(outcome) = self.call_class_function(function, &arguments)? {
            return Ok(outcome);
        }
        // The wheeled robot's sensors are read in tight loops: asked first.
        if let Some(outcome) = self.call_rover_function(function, &arguments)? {
            return Ok(outcome);
        }
        if let Some(outcome) = self.call_turtle_function(function, &arguments)? {
            return Ok(outcome);
        }
        if let Some(outcome) = self.call_robot_function(function, &arguments)? {
            return Ok(outcome);
        }
        if let Some(outcome) = self.call_canvas_function(function, &arguments)? {
            return Ok(outcome);
        }
        if let Some(outcome) = self.call_dataclass_function(function, &arguments)? {
            return Ok(outcome);
        }
        if let Some(outcome) = self.call_iteration_function(function, &arguments)? {
            return Ok(outcome);
        }
        if let Some(outcome) = self.call_bytes_method(function, &arguments)? {
            return Ok(outcome);
        }
        if let Some(outcome) = self.call_str_translate_method(function, &arguments)? {
            return Ok(outcome);
        }
        if let Some(outcome) = self.call_str_method(function, &arguments)? {
            return Ok(outcome);
        }
        if let Some(outcome) = self.call_list_method(function, &arguments)? {
            return Ok(outcome);
        }
        if let Some(outcome) = self.call_deque_method(function, &arguments)? {
            return Ok(outcome);
        }
        if let Some(outcome) = self.call_counter_method(function, &arguments)? {
            return Ok(outcome);
        }
        if let Some(outcome) = self.call_dict_method(function, &arguments)? {
            return Ok(outcome);
        }
        if let Some(outcome) = self.call_set_method(function, &arguments)? {
            return Ok(outcome);
        }
        if let Some(outcome) = self.call_math_function(function, &arguments)? {
            return Ok(outcome);
        }
        if let Some(outcome) = self.call_random_function(function, &arguments)? {
            return Ok(outcome);
        }
        Err(super::error::PythonError::not_supported(format!(
            "{}()",
            function.name()
        )))
    }
}
