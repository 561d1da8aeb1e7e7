//! Running a program: loading it with the prelude, `run(fuel)` slices, input,
//! output, and what a finished or failed run reports.

use std::rc::Rc;

use super::super::compiler::bytecode::{CodeKind, CodeObject, Constant, Instruction, Program};
use super::super::compiler::codegen::{compile, CompileError};
use super::builtins::BuiltinFunction;
use super::error::Explanation;
use super::frame::{Frame, ReturnAction};
use super::machine::{Limits, LoadedCode, Namespace, PlainCall, Vm};
use super::object::AttributeName;
use super::types::TypeId;
use super::value::Value;

/// The sandbox's own Python helpers (`map`, `filter`, a `key=`...).
const PRELUDE_SOURCE: &str = include_str!("builtins/prelude.py");

/// How a slice of a run ended.
#[derive(Clone, Debug, PartialEq)]
pub enum RunOutcome {
    /// The program has ended normally.
    Finished,
    /// The fuel of this slice is spent; call `run` again to go on.
    Paused,
    /// `input()` waits for a line: call [`Vm::provide_input`] or [`Vm::close_input`].
    WaitingForInput,
    /// A canvas program waits for its next frame: call [`Vm::provide_frame`].
    WaitingForFrame,
    /// The program has ended with an uncaught error.
    Failed(RuntimeFailure),
}

/// An uncaught error, as the pupil sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct RuntimeFailure {
    /// The exception type's name (`ZeroDivisionError`).
    pub type_name: String,
    /// CPython's message (may be empty).
    pub message: String,
    /// The line of the program where it happened (the innermost frame of the
    /// pupil's own code).
    pub line: u32,
    /// The frames it passed through, outermost first: (function name, line).
    pub traceback: Vec<(String, u32)>,
    /// The pupil's explanation.
    pub explanation: Explanation,
}

impl RuntimeFailure {
    /// The last line of CPython's traceback: `Type: message` or `Type`.
    pub fn headline(&self) -> String {
        if self.message.is_empty() {
            self.type_name.clone()
        } else {
            format!("{}: {}", self.type_name, self.message)
        }
    }
}

/// A program that could not start: its compile error.
pub type StartError = CompileError;

/// The prelude, compiled once per thread (its source never changes): each
/// run starts from a copy, which costs far less than compiling its 700
/// lines again on every Run and every check.
fn compiled_prelude() -> Result<Program, CompileError> {
    thread_local! {
        static PRELUDE: std::cell::OnceCell<Result<Program, CompileError>> =
            const { std::cell::OnceCell::new() };
    }
    PRELUDE.with(|prelude| prelude.get_or_init(|| compile(PRELUDE_SOURCE)).clone())
}

impl Vm {
    /// Compiles `source` and prepares it to run with `limits`; `seed` seeds `random`.
    pub fn start(source: &str, limits: Limits, seed: u64) -> Result<Vm, StartError> {
        let program = compile(source)?;
        let prelude = compiled_prelude()?;
        let prelude_start = program.codes.len() as u32;
        let mut codes = program.codes;
        codes.extend(
            prelude
                .codes
                .into_iter()
                .map(|code| shift_code_indexes(code, prelude_start)),
        );
        for code in &mut codes {
            super::superinstructions::mark_superinstructions(code);
        }
        let mut vm = Vm::new(Program { codes }, limits, seed);
        vm.prelude_start = prelude_start;
        vm.load();
        vm.run_prelude();
        Ok(vm)
    }

    /// Materialises constants and global slots, and opens the program's and
    /// the prelude's module frames (the prelude runs first).
    fn load(&mut self) {
        let program = Rc::clone(&self.program);
        let mut shared_names: std::collections::HashMap<&str, AttributeName> =
            std::collections::HashMap::new();
        for (index, code) in program.codes.iter().enumerate() {
            let attribute_names = code
                .names
                .iter()
                .map(|name| {
                    AttributeName::clone(
                        shared_names
                            .entry(name.as_str())
                            .or_insert_with(|| AttributeName::from(name.as_str())),
                    )
                })
                .collect();
            let namespace = usize::from(index as u32 >= self.prelude_start);
            let name_slots = code
                .names
                .iter()
                .map(|name| self.namespaces[namespace].slot_for(name))
                .collect();
            let mut constants = Vec::with_capacity(code.constants.len());
            for constant in &code.constants {
                constants.push(self.constant_value(constant));
            }
            self.loaded_codes.push(LoadedCode {
                constants,
                name_slots,
                attribute_names,
                lookup_caches: Vec::new(),
                plain_call: plain_call_of(code),
            });
        }
        self.enter_frame(Box::new(self.module_frame(0, false)));
        self.enter_frame(Box::new(self.module_frame(self.prelude_start, true)));
    }

    /// Runs the prelude's module code (it only defines functions), so the
    /// program stands before its own first line.
    fn run_prelude(&mut self) {
        const PRELUDE_FUEL: u32 = 100_000;
        for _ in 0..PRELUDE_FUEL {
            if !self.frames.last().is_some_and(|frame| frame.is_hidden) {
                break;
            }
            if self.execute(1) != RunOutcome::Paused {
                break;
            }
        }
    }

    pub(crate) fn module_frame(&self, code: u32, is_hidden: bool) -> Frame {
        Frame {
            code,
            on_return: ReturnAction::Discard,
            is_hidden,
            ..Frame::empty()
        }
    }

    fn constant_value(&mut self, constant: &Constant) -> Value {
        let value = match constant {
            Constant::None | Constant::Names(_) => Ok(Value::None),
            Constant::Bool(value) => Ok(Value::Bool(*value)),
            Constant::Ellipsis => Ok(Value::None),
            Constant::Int(value) => self.new_int(value.clone()),
            Constant::Float(value) => Ok(Value::Float(*value)),
            Constant::Str(text) => self.new_str(text.clone()),
            Constant::Tuple(items) => {
                let values = items.iter().map(|item| self.constant_value(item)).collect();
                self.new_tuple(values)
            }
        };
        // Constants are small; a heap too small for them runs nothing anyway.
        value.unwrap_or(Value::None)
    }

    /// Leaves `input()`'s prompts out of the output from now on, as a check
    /// that compares the output wants.
    pub fn hide_prompts(&mut self) {
        self.prompts_hidden = true;
    }

    /// Runs at most `fuel` instructions (builtins charge more for big work).
    pub fn run(&mut self, fuel: u64) -> RunOutcome {
        if let Some(outcome) = &self.ended {
            return outcome.clone();
        }
        if self.waiting_for_input {
            return RunOutcome::WaitingForInput;
        }
        if self.waiting_for_frame {
            return RunOutcome::WaitingForFrame;
        }
        let mut outcome = self.execute(fuel);
        if self.rover.is_some() {
            outcome = self.rover_after_slice(outcome);
        }
        if matches!(outcome, RunOutcome::Finished | RunOutcome::Failed(_)) {
            self.ended = Some(outcome.clone());
        }
        outcome
    }

    /// Runs until the program reaches another line of the pupil's code (a
    /// step of a step-by-step run), ends, waits for input, or has run `fuel`
    /// instructions.
    pub fn run_one_line(&mut self, fuel: u64) -> RunOutcome {
        let start = (self.current_line(), self.visible_depth());
        for _ in 0..fuel {
            let outcome = self.run(1);
            if outcome != RunOutcome::Paused {
                return outcome;
            }
            let now = (self.current_line(), self.visible_depth());
            let is_new_line = self
                .program
                .codes
                .get(self.frames.last().map_or(0, |frame| frame.code) as usize)
                .is_some_and(|code| {
                    self.frames.last().is_some_and(|frame| {
                        !frame.is_hidden && is_line_start(code, frame.instruction)
                    })
                });
            if now != start && is_new_line {
                return RunOutcome::Paused;
            }
        }
        RunOutcome::Paused
    }

    /// How many of the pupil's frames are open.
    fn visible_depth(&self) -> usize {
        self.frames.iter().filter(|frame| !frame.is_hidden).count()
    }

    /// Gives `input()` a line (without its newline).
    pub fn provide_input(&mut self, line: &str) {
        if self.waiting_for_input {
            match self.new_str(line.to_owned()) {
                Ok(value) => {
                    self.waiting_for_input = false;
                    self.push(value);
                }
                Err(error) => {
                    self.waiting_for_input = false;
                    self.fail_with(error);
                }
            }
        } else {
            self.input_lines.push_back(line.to_owned());
        }
    }

    /// Ends the input: a waiting or later `input()` raises EOFError.
    pub fn close_input(&mut self) {
        self.input_closed = true;
        if self.waiting_for_input {
            self.waiting_for_input = false;
            self.fail_with(super::error::PythonError::new(
                TypeId::EofError,
                "EOF when reading a line",
            ));
        }
    }

    /// Takes what the program has printed since the last call.
    pub fn take_output(&mut self) -> String {
        std::mem::take(&mut self.output)
    }

    /// The line the program will run next (of the pupil's code), if it runs.
    pub fn current_line(&self) -> Option<u32> {
        let frame = self.frames.iter().rev().find(|frame| !frame.is_hidden)?;
        let code = self.program.codes.get(frame.code as usize)?;
        code.lines.get(frame.instruction).copied()
    }

    /// Turns the quick loop off or on (on from the start). The quick loop
    /// must change nothing but speed: the conformance test runs every program
    /// both ways and compares the output, the ending and the work done.
    pub fn use_quick_loop(&mut self, enabled: bool) {
        self.quick_loop = enabled;
    }

    /// Work done so far, in units of the work limit.
    pub fn work_done(&self) -> u64 {
        self.work_done
    }

    /// The bytes the heap holds.
    pub fn heap_bytes(&self) -> usize {
        self.heap.bytes_used()
    }

    /// The most bytes the program's objects took at once, as the heap's
    /// budget counts them (what `cargo xtask bench` compares with CPython's
    /// peak).
    pub fn peak_heap_bytes(&self) -> usize {
        self.heap.peak_bytes_used()
    }

    /// The wheeled robot's time follows the slice's work; past the limit
    /// the run fails there. A finished program's motors stop.
    fn rover_after_slice(&mut self, outcome: RunOutcome) -> RunOutcome {
        match outcome {
            RunOutcome::Failed(_) => outcome,
            RunOutcome::Finished => {
                let _ = self.rover_catch_up(0);
                if let Some(simulation) = self.rover.as_mut() {
                    simulation.set_motors(0.0, 0.0);
                }
                outcome
            }
            _ => match self.rover_catch_up(0) {
                Ok(()) => outcome,
                Err(error) => {
                    self.fail_with(error);
                    self.ended.clone().unwrap_or(outcome)
                }
            },
        }
    }

    /// Raises `error` where the program stands now (after input ends, say).
    pub(crate) fn fail_with(&mut self, error: super::error::PythonError) {
        if let Some(failure) = self.raise_error(error) {
            self.ended = Some(RunOutcome::Failed(failure));
        }
    }
}

impl Namespace {
    /// The slot of `name`, made if it is new.
    pub(crate) fn slot_for(&mut self, name: &str) -> u32 {
        if let Some(slot) = self.names.iter().position(|known| known == name) {
            return slot as u32;
        }
        self.names.push(name.to_owned());
        self.values.push(Value::Unbound);
        let builtin = if let Some(function) = BuiltinFunction::from_builtin_name(name) {
            Value::Builtin(function)
        } else if let Some(type_id) = TypeId::from_builtin_name(name) {
            Value::Type(type_id)
        } else if name == "NotImplemented" {
            Value::Type(TypeId::NotImplementedType)
        } else {
            Value::Unbound
        };
        self.builtins.push(builtin);
        (self.names.len() - 1) as u32
    }
}

/// Whether the instruction at `index` is the first of its line (so a step
/// stops before a line, not in its middle).
fn is_line_start(code: &CodeObject, index: usize) -> bool {
    match (code.lines.get(index), index.checked_sub(1)) {
        (Some(_), None) => true,
        (Some(line), Some(previous)) => code.lines.get(previous) != Some(line),
        (None, _) => false,
    }
}

/// Moves a prelude code object's references to other code objects past the
/// program's own.
fn shift_code_indexes(mut code: CodeObject, offset: u32) -> CodeObject {
    for instruction in &mut code.instructions {
        if let Instruction::MakeFunction { code, .. } = instruction {
            *code += offset;
        }
    }
    code
}

/// What a whole run gives: for the command-line runner and the tests.
#[derive(Clone, Debug, PartialEq)]
pub struct CompletedRun {
    /// Everything printed.
    pub output: String,
    /// How it ended: `None` when it finished normally.
    pub failure: Option<RunFailure>,
}

/// Why a whole run did not finish normally.
#[derive(Clone, Debug, PartialEq)]
pub enum RunFailure {
    /// The program is not valid Python (or uses what the sandbox lacks).
    Compile(CompileError),
    /// An uncaught error.
    Runtime(RuntimeFailure),
}

/// Runs `source` to its end with `input` as stdin (EOFError after its last
/// line), in slices of a million instructions.
pub fn run_source(source: &str, input: &str, seed: u64, limits: Limits) -> CompletedRun {
    let mut vm = match Vm::start(source, limits, seed) {
        Ok(vm) => vm,
        Err(error) => {
            return CompletedRun {
                output: String::new(),
                failure: Some(RunFailure::Compile(error)),
            }
        }
    };
    for line in input.lines() {
        vm.provide_input(line);
    }
    vm.close_input();
    let mut output = String::new();
    loop {
        let outcome = vm.run(1_000_000);
        output.push_str(&vm.take_output());
        match outcome {
            RunOutcome::Paused => continue,
            RunOutcome::Finished => {
                return CompletedRun {
                    output,
                    failure: None,
                }
            }
            RunOutcome::Failed(failure) => {
                return CompletedRun {
                    output,
                    failure: Some(RunFailure::Runtime(failure)),
                }
            }
            // The input is closed, so `input()` never waits.
            RunOutcome::WaitingForInput => vm.close_input(),
            // A whole run has no host to give frames: it ends before the first.
            RunOutcome::WaitingForFrame => {
                return CompletedRun {
                    output,
                    failure: None,
                }
            }
        }
    }
}

/// How calls of `code`'s functions bind their arguments, when they only
/// bind positional arguments to the first locals.
fn plain_call_of(code: &CodeObject) -> Option<PlainCall> {
    let layout = code.parameters;
    let is_plain = matches!(code.kind, CodeKind::Function | CodeKind::Lambda)
        && !code.is_generator
        && layout.keyword_only == 0
        && !layout.var_positional
        && !layout.var_keyword
        && code.cell_names.is_empty();
    let positional = layout.positional;
    is_plain.then(|| PlainCall {
        positional,
        local_count: (code.local_names.len() as u32).max(positional),
        free_count: code.free_names.len() as u32,
    })
}
