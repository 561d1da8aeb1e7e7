//! Errors raised by the VM's own operations, before they become exception objects.
//!
//! An operation that fails returns a [`PythonError`]: the exception type, the
//! message exactly as CPython words it (that is Python's behaviour, in
//! English, as in CPython), and an [`Explanation`] for the pupil: a Fluent
//! message id with its arguments, worded in kk, ru and en by the Fluent files
//! (`python-runtime.ftl`). The VM turns the error into an exception object at
//! the instruction that failed, so it gets the right line.

use super::types::TypeId;

/// A Fluent message that explains an error to the pupil, with its arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Explanation {
    /// The Fluent message id, `python-runtime-...`.
    pub id: &'static str,
    /// The message's arguments.
    pub arguments: Vec<(&'static str, String)>,
}

impl Explanation {
    /// An explanation with no arguments.
    pub fn new(id: &'static str) -> Explanation {
        Explanation {
            id,
            arguments: Vec::new(),
        }
    }

    /// Adds an argument.
    pub fn with(mut self, name: &'static str, value: impl Into<String>) -> Explanation {
        self.arguments.push((name, value.into()));
        self
    }

    /// The general explanation of an exception type, for errors with no
    /// more precise one: `python-runtime-type-error` and the like.
    pub fn for_type(type_id: TypeId) -> Explanation {
        Explanation::new(general_explanation_id(type_id))
    }
}

/// The id of the general explanation of each exception type.
pub fn general_explanation_id(type_id: TypeId) -> &'static str {
    use TypeId as T;
    match type_id {
        T::ZeroDivisionError => "python-runtime-zero-division-error",
        T::OverflowError | T::FloatingPointError | T::ArithmeticError => {
            "python-runtime-overflow-error"
        }
        T::AssertionError => "python-runtime-assertion-error",
        T::AttributeError => "python-runtime-attribute-error",
        T::EofError => "python-runtime-eof-error",
        T::ImportError | T::ModuleNotFoundError => "python-runtime-import-error",
        T::IndexError => "python-runtime-index-error",
        T::KeyError => "python-runtime-key-error",
        T::LookupError => "python-runtime-lookup-error",
        T::MemoryError => "python-runtime-memory-error",
        T::NameError => "python-runtime-name-error",
        T::UnboundLocalError => "python-runtime-unbound-local-error",
        T::RecursionError => "python-runtime-recursion-error",
        T::NotImplementedError => "python-runtime-not-implemented-error",
        T::TypeError => "python-runtime-type-error",
        T::ValueError | T::UnicodeError => "python-runtime-value-error",
        T::StopIteration => "python-runtime-stop-iteration",
        T::KeyboardInterrupt => "python-runtime-keyboard-interrupt",
        T::SystemExit => "python-runtime-system-exit",
        _ => "python-runtime-exception",
    }
}

/// An error raised by one of the VM's operations: boxed, so that a result
/// carrying it stays two words wide (which keeps the VM's code small).
#[derive(Clone, Debug, PartialEq)]
pub struct PythonError(Box<PythonErrorData>);

impl std::ops::Deref for PythonError {
    type Target = PythonErrorData;

    fn deref(&self) -> &PythonErrorData {
        &self.0
    }
}

impl std::ops::DerefMut for PythonError {
    fn deref_mut(&mut self) -> &mut PythonErrorData {
        &mut self.0
    }
}

impl From<PythonErrorData> for PythonError {
    fn from(data: PythonErrorData) -> PythonError {
        PythonError(Box::new(data))
    }
}

/// What a [`PythonError`] holds.
#[derive(Clone, Debug, PartialEq)]
pub struct PythonErrorData {
    /// The exception class.
    pub type_id: TypeId,
    /// CPython's message (`str(exception)`), empty for none.
    pub message: String,
    /// The pupil's explanation.
    pub explanation: Explanation,
    /// The exception's single argument when it is a value, not text: a
    /// `KeyError`'s missing key, a `StopIteration`'s return value (the VM
    /// builds the exception with it as `args[0]`).
    pub key: Option<super::value::Value>,
    /// Whether it ends the run whatever handlers there are (a limit of the
    /// sandbox, not a Python exception).
    pub uncatchable: bool,
    /// An exception object already made (by `raise`, or raised again), which
    /// the VM raises instead of making one from this error.
    pub raised: Option<super::heap::ObjectRef>,
    /// For `raised`: whether its traceback already has the current frame.
    pub keeps_traceback: bool,
}

impl PythonError {
    /// An error of `type_id` with CPython's `message` and the type's general explanation.
    pub fn new(type_id: TypeId, message: impl Into<String>) -> PythonError {
        PythonError::from(PythonErrorData {
            type_id,
            message: message.into(),
            explanation: Explanation::for_type(type_id),
            key: None,
            uncatchable: false,
            raised: None,
            keeps_traceback: false,
        })
    }

    /// Gives the error a more precise explanation.
    pub fn explained(mut self, explanation: Explanation) -> PythonError {
        self.explanation = explanation;
        self
    }

    /// `TypeError` with `message`.
    pub fn type_error(message: impl Into<String>) -> PythonError {
        PythonError::new(TypeId::TypeError, message)
    }

    /// `ValueError` with `message`.
    pub fn value_error(message: impl Into<String>) -> PythonError {
        PythonError::new(TypeId::ValueError, message)
    }

    /// `IndexError` with `message`.
    pub fn index_error(message: impl Into<String>) -> PythonError {
        PythonError::new(TypeId::IndexError, message)
    }

    /// `MemoryError`: the heap budget would be exceeded.
    pub fn memory_error() -> PythonError {
        PythonError::new(TypeId::MemoryError, "")
    }

    /// `NotImplementedError` for a part of Python the sandbox does not offer yet;
    /// `feature` is what the pupil wrote (`open`, `import os`).
    pub fn not_supported(feature: impl Into<String>) -> PythonError {
        let feature = feature.into();
        PythonError::new(
            TypeId::NotImplementedError,
            format!("the sandbox does not support {feature} yet"),
        )
        .explained(Explanation::new("python-runtime-not-supported-yet").with("feature", feature))
    }
}

impl PythonError {
    /// The run has used up its work budget: not a Python exception, so no
    /// `except` catches it.
    pub fn work_limit() -> PythonError {
        let mut error =
            PythonError::new(TypeId::RuntimeError, "the program has done too much work")
                .explained(Explanation::new("python-runtime-work-limit"));
        error.uncatchable = true;
        error
    }

    /// A special method called by an operation (`__str__` for `print`,
    /// `__lt__` for `sorted`) has run too long: the page would freeze.
    pub fn special_method_limit(name: &str) -> PythonError {
        let mut error = PythonError::new(
            TypeId::RuntimeError,
            format!("{name} ran too long inside one operation"),
        )
        .explained(Explanation::new("python-runtime-special-method-limit").with("name", name));
        error.uncatchable = true;
        error
    }

    /// The program has printed more than the output limit: not a Python
    /// exception, so no `except` catches it.
    pub fn output_limit() -> PythonError {
        let mut error = PythonError::new(TypeId::RuntimeError, "the program has printed too much")
            .explained(Explanation::new("python-runtime-output-limit"));
        error.uncatchable = true;
        error
    }
}

impl From<super::heap::OutOfMemory> for PythonError {
    fn from(_: super::heap::OutOfMemory) -> PythonError {
        PythonError::memory_error()
    }
}

/// What a VM operation returns.
pub type PythonResult<T> = Result<T, PythonError>;
