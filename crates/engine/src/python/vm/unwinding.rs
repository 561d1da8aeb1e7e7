//! Raising: exception objects, finding the handler, tracebacks, and the
//! failure report of an uncaught error.

use super::super::compiler::bytecode::RaiseForm;
use super::call::Arguments;
use super::call::CallOutcome;
use super::error::{Explanation, PythonError, PythonResult};
use super::heap::ObjectRef;
use super::machine::Vm;
use super::object::{ExceptionObject, Object};
use super::run::RuntimeFailure;
use super::types::TypeId;
use super::value::Value;

impl Vm {
    /// Raises `error` at the current instruction: finds a handler, or returns
    /// the failure when none catches it (the run is then over).
    pub(crate) fn raise_error(&mut self, error: PythonError) -> Option<RuntimeFailure> {
        if error.uncatchable {
            let line = self.current_error_line();
            let failure = RuntimeFailure {
                type_name: error.type_id.name().to_owned(),
                message: error.message.clone(),
                line,
                traceback: self.frame_lines(),
                explanation: error.explanation.clone(),
            };
            self.frames.clear();
            return Some(failure);
        }
        if let Some(raised) = error.raised {
            return self.unwind(raised, !error.keeps_traceback);
        }
        let exception = match self.exception_from_error(&error) {
            Ok(exception) => exception,
            Err(_) => {
                // No memory left even for the exception: end the run.
                let failure = RuntimeFailure {
                    type_name: String::from("MemoryError"),
                    message: String::new(),
                    line: self.current_error_line(),
                    traceback: self.frame_lines(),
                    explanation: Explanation::for_type(TypeId::MemoryError),
                };
                self.frames.clear();
                return Some(failure);
            }
        };
        self.unwind(exception, true)
    }

    /// The exception object for an error an operation returned.
    fn exception_from_error(&mut self, error: &PythonError) -> PythonResult<ObjectRef> {
        let args = match error.key {
            Some(key) => vec![key],
            None if error.message.is_empty() => Vec::new(),
            None => vec![self.new_str(error.message.clone())?],
        };
        let context = self.handled_exception();
        let exception = self
            .heap
            .allocate(Object::Exception(Box::new(ExceptionObject {
                type_id: error.type_id,
                args,
                traceback: Vec::new(),
                context,
                cause: None,
                explanation: Some(Box::new(error.explanation.clone())),
                class: None,
                attributes: Vec::new(),
            })))?;
        Ok(exception)
    }

    /// The exception the innermost handler is handling, if any.
    pub(crate) fn handled_exception(&self) -> Option<ObjectRef> {
        self.frames
            .iter()
            .rev()
            .find_map(|frame| frame.handled.last().copied())
    }

    /// Passes `exception` up the frames until a `try` block takes it.
    /// `record_current` says whether the current frame's line joins the traceback.
    fn unwind(&mut self, exception: ObjectRef, mut record_current: bool) -> Option<RuntimeFailure> {
        loop {
            if self.unwind_floor > 0 && self.frames.len() <= self.unwind_floor {
                // A nested call's frames are all gone: the exception leaves it.
                self.escaped = Some(exception);
                return None;
            }
            let Some(frame) = self.frames.last_mut() else {
                return Some(self.failure_of(exception));
            };
            let line = self
                .program
                .codes
                .get(frame.code as usize)
                .and_then(|code| code.lines.get(frame.instruction.saturating_sub(1)))
                .copied()
                .unwrap_or(0);
            let code = frame.code;
            if record_current {
                if let Some(Object::Exception(state)) = self.heap.get_mut(exception) {
                    state.traceback.push((code, line));
                }
            }
            record_current = true;
            let Some(frame) = self.frames.last_mut() else {
                return Some(self.failure_of(exception));
            };
            if let Some(block) = frame.blocks.pop() {
                self.values.truncate(frame.stack_base() + block.stack_depth);
                frame.handled.truncate(block.handled_depth);
                frame.handled.push(exception);
                self.values.push(Value::Object(exception));
                frame.instruction = block.handler;
                return None;
            }
            let finished = self.leave_frame(false);
            if let Some(generator) = finished.and_then(|frame| frame.generator) {
                if let Some(Object::Generator(state)) = self.heap.get_mut(generator) {
                    state.frame = None;
                    state.running = false;
                }
            }
        }
    }

    /// The report of an exception nothing caught.
    fn failure_of(&mut self, exception: ObjectRef) -> RuntimeFailure {
        let (type_id, traceback, explanation, args) = match self.object(exception) {
            Object::Exception(state) => (
                state.type_id,
                state.traceback.clone(),
                state.explanation.clone(),
                state.args.clone(),
            ),
            _ => (TypeId::Exception, Vec::new(), None, Vec::new()),
        };
        let custom_str = self
            .special_method(Value::Object(exception), "__str__")
            .is_some();
        let type_name = self.type_name(Value::Object(exception)).to_owned();
        let message = match args.as_slice() {
            _ if custom_str => self.str_of(Value::Object(exception)).unwrap_or_default(),
            [] => String::new(),
            [single] if type_id == TypeId::KeyError => self.repr(*single).unwrap_or_default(),
            [single] => self.str_of(*single).unwrap_or_default(),
            _ => {
                let tuple = self.new_tuple(args.clone());
                match tuple {
                    Ok(tuple) => self.repr(tuple).unwrap_or_default(),
                    Err(_) => String::new(),
                }
            }
        };
        let visible: Vec<(String, u32)> = traceback
            .iter()
            .rev()
            .filter(|(code, _)| *code < self.prelude_start)
            .map(|(code, line)| {
                let name = self
                    .program
                    .codes
                    .get(*code as usize)
                    .map(|code| code.name.clone())
                    .unwrap_or_default();
                (name, *line)
            })
            .collect();
        let line = visible.last().map_or(0, |(_, line)| *line);
        RuntimeFailure {
            type_name,
            message,
            line,
            traceback: visible,
            explanation: explanation
                .map(|explanation| *explanation)
                .unwrap_or_else(|| Explanation::for_type(type_id)),
        }
    }

    /// The line being run in the innermost frame of the pupil's code.
    fn current_error_line(&self) -> u32 {
        self.frame_lines().last().map_or(0, |(_, line)| *line)
    }

    /// (function name, line) of every visible frame, outermost first.
    fn frame_lines(&self) -> Vec<(String, u32)> {
        self.frames
            .iter()
            .filter(|frame| !frame.is_hidden)
            .filter_map(|frame| {
                let code = self.program.codes.get(frame.code as usize)?;
                let line = code
                    .lines
                    .get(frame.instruction.saturating_sub(1))
                    .copied()
                    .unwrap_or(code.first_line);
                Some((code.name.clone(), line))
            })
            .collect()
    }

    /// `Reraise`: raises an exception again, keeping its traceback.
    pub(crate) fn reraise(&mut self, exception: Value) -> PythonError {
        match exception {
            Value::Object(reference) if self.object(reference).is_exception() => {
                PythonError::reraised(reference)
            }
            _ => PythonError::type_error("exceptions must derive from BaseException"),
        }
    }

    /// The `raise` statement.
    pub(crate) fn raise_statement(&mut self, form: RaiseForm) -> PythonResult<PythonError> {
        match form {
            RaiseForm::Reraise => Ok(match self.handled_exception() {
                Some(exception) => PythonError::reraised_with_line(exception),
                None => PythonError::new(TypeId::RuntimeError, "No active exception to reraise"),
            }),
            RaiseForm::Exception | RaiseForm::ExceptionFromCause => {
                let cause = if form == RaiseForm::ExceptionFromCause {
                    let cause = self.pop();
                    match cause {
                        Value::None => None,
                        _ => Some(self.exception_instance(cause)?),
                    }
                } else {
                    None
                };
                let value = self.pop();
                let exception = self.exception_instance(value)?;
                let context = self
                    .handled_exception()
                    .filter(|handled| *handled != exception);
                if let Some(Object::Exception(state)) = self.object_mut(exception) {
                    if form == RaiseForm::ExceptionFromCause {
                        state.cause = cause;
                        super::object::set_attribute_in(
                            &mut state.attributes,
                            "__suppress_context__",
                            Value::Bool(true),
                        );
                    }
                    if state.context.is_none() {
                        state.context = context;
                    }
                }
                Ok(PythonError::reraised_with_line(exception))
            }
        }
    }

    /// An exception object from a class (called with no arguments) or an instance.
    pub(crate) fn exception_instance(&mut self, value: Value) -> PythonResult<ObjectRef> {
        match value {
            Value::Type(type_id) if type_id.is_exception() => {
                match self.call_type(type_id, Arguments::default())? {
                    CallOutcome::Return(Value::Object(reference)) => Ok(reference),
                    _ => Err(PythonError::type_error(
                        "exceptions must derive from BaseException",
                    )),
                }
            }
            Value::Object(reference) if self.object(reference).is_exception() => Ok(reference),
            Value::Object(reference) if matches!(self.object(reference), Object::Class(state) if state.builtin_base.is_exception()) => {
                match self.call_nested(value, Arguments::default(), "__init__")? {
                    Value::Object(instance) if self.object(instance).is_exception() => Ok(instance),
                    _ => Err(PythonError::type_error(
                        "exceptions must derive from BaseException",
                    )),
                }
            }
            _ => Err(
                PythonError::type_error("exceptions must derive from BaseException")
                    .explained(Explanation::new("python-runtime-raise-non-exception")),
            ),
        }
    }

    /// `except CLASS:`: whether `exception` is an instance of `class` (or of
    /// one in a tuple of classes).
    pub(crate) fn exception_matches(
        &mut self,
        exception: Value,
        class: Value,
    ) -> PythonResult<bool> {
        let exception_class = self.class_of(exception);
        let classes = match class {
            Value::Object(reference) => match self.object(reference) {
                Object::Tuple(items) => items.to_vec(),
                _ => vec![class],
            },
            _ => vec![class],
        };
        let mut matches = false;
        for class in classes {
            match class {
                Value::Type(type_id) if type_id.is_exception() => {
                    matches |= self.is_subclass(exception_class, class);
                }
                Value::Object(reference) if matches!(self.object(reference), Object::Class(state) if state.builtin_base.is_exception()) =>
                {
                    matches |= self.is_subclass(exception_class, class);
                }
                _ => {
                    return Err(PythonError::type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ))
                }
            }
        }
        Ok(matches)
    }
}

impl PythonError {
    /// An existing exception raised again, its traceback kept as it is (the
    /// current frame is already in it).
    pub(crate) fn reraised(exception: ObjectRef) -> PythonError {
        let mut error = PythonError::new(TypeId::Exception, "");
        error.raised = Some(exception);
        error.keeps_traceback = true;
        error
    }

    /// An existing exception raised by a `raise` statement: the current line
    /// joins its traceback.
    pub(crate) fn reraised_with_line(exception: ObjectRef) -> PythonError {
        let mut error = PythonError::reraised(exception);
        error.keeps_traceback = false;
        error
    }
}
