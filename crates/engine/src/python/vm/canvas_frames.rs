//! The frames of a canvas program. When the program's own code has run to
//! its end and it imported `canvas`, the VM calls the prelude's
//! `__canvas_loop`: `setup()` once, then, frame after frame, the event
//! handlers (`key_pressed()`, `mouse_clicked()`) and `draw()`. Before each
//! frame the loop stops with [`RunOutcome::WaitingForFrame`] until the host
//! gives the frame's input ([`Vm::provide_frame`]), so the host's ticks
//! drive the animation and a run fed the same input draws the same frames.
//!
//! `from canvas import *` copies `mouse_x`, `key`, `width`... into the
//! program's globals; before every frame (and after `size()`) they get the
//! new values, unless the program has assigned the name itself (a variable
//! called `width` of its own, or its function `key_pressed`).

use super::builtins::CANVAS_VARIABLES;
use super::call::Arguments;
use super::error::PythonResult;
use super::frame::ReturnAction;
use super::interpreter::Step;
use super::machine::Vm;
use super::object::Object;
use super::run::RunOutcome;
use super::value::Value;
use crate::worlds::canvas::{FrameInput, HandlerCall};

/// The name of the prelude's frame loop.
const CANVAS_LOOP: &str = "__canvas_loop";

/// A canvas variable's value as last given to the program's globals.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum PublishedValue {
    /// An int.
    Int(i64),
    /// A float.
    Float(f64),
    /// A bool.
    Bool(bool),
    /// A str.
    Str(String),
}

/// What a probe (a lesson check's condition) gave.
#[derive(Clone, Debug, PartialEq)]
pub struct ProbeResult {
    /// Whether the value was true.
    pub is_true: bool,
    /// Its repr.
    pub repr: String,
}

impl Vm {
    /// Whether the program's code has ended and the canvas loop should
    /// start (it imported `canvas` and the loop has not started yet).
    pub(crate) fn should_start_canvas_loop(&self) -> bool {
        self.canvas.is_some() && !self.canvas_loop_started
    }

    /// Calls `__canvas_loop` with the program's `setup`, `draw` and event
    /// handlers (each `None` when the program has no such function).
    pub(crate) fn start_canvas_loop(&mut self) -> PythonResult<Step> {
        self.canvas_loop_started = true;
        self.canvas_frame_work = self.limits.work.saturating_sub(self.work_done);
        let mut handlers = Vec::new();
        for name in ["setup", "draw", "key_pressed", "mouse_clicked"] {
            let value = self.program_function(name).unwrap_or(Value::None);
            handlers.push(value);
        }
        handlers.push(Value::Bool(self.canvas_keep_open));
        let Some(function) = self.prelude_global(CANVAS_LOOP) else {
            return Ok(Step::Finished);
        };
        self.call_with_action(
            function,
            Arguments::positional(handlers),
            ReturnAction::Discard,
        )
    }

    /// The program's global `name` if it is a function of the program's own.
    fn program_function(&self, name: &str) -> Option<Value> {
        let namespace = &self.namespaces[0];
        let slot = namespace.names.iter().position(|known| known == name)?;
        let value = *namespace.values.get(slot)?;
        match value {
            Value::Object(reference) if matches!(self.object(reference), Object::Function(_)) => {
                Some(value)
            }
            _ => None,
        }
    }

    /// Keeps the frame loop going even when the program has no `draw()`
    /// (a lesson's checks ask about frames of any canvas program).
    pub fn keep_canvas_open(&mut self) {
        self.canvas_keep_open = true;
    }

    /// Starts the next frame with `input`, when the program waits for one.
    pub fn provide_frame(&mut self, input: FrameInput) {
        if !self.waiting_for_frame {
            return;
        }
        self.waiting_for_frame = false;
        // Each frame may do as much work as the whole run was allowed at
        // its start: an animation runs for as long as the pupil watches.
        self.limits.work = self.work_done.saturating_add(self.canvas_frame_work);
        self.canvas_mut().begin_frame(input);
        match self.publish_canvas_variables() {
            Ok(()) => self.push(Value::None),
            Err(error) => self.fail_with(error),
        }
    }

    /// Has the waiting frame loop call the program's function `name` (a
    /// check's condition, compiled into the program) instead of drawing a
    /// frame; [`Vm::take_probe_result`] then gives what it returned.
    /// `false` when the program does not wait for a frame or lacks `name`.
    pub fn probe(&mut self, name: &str) -> bool {
        if !self.waiting_for_frame {
            return false;
        }
        let Some(function) = self.program_function(name) else {
            return false;
        };
        self.waiting_for_frame = false;
        self.probe_result = None;
        self.push(function);
        true
    }

    /// What the last probe returned (once the loop waits for a frame again).
    pub fn take_probe_result(&mut self) -> Option<ProbeResult> {
        self.probe_result.take()
    }

    /// `__canvas_report(value)`: keeps a probe's result.
    pub(crate) fn report_probe(&mut self, value: Value) -> PythonResult<Value> {
        let is_true = self.truth(value)?;
        let repr = self.repr(value)?;
        self.probe_result = Some(ProbeResult { is_true, repr });
        Ok(Value::None)
    }

    /// `__canvas_next_event()`: applies the frame's next event and says
    /// which handler to call: 1 `key_pressed`, 2 `mouse_clicked`, 0 none left.
    pub(crate) fn next_canvas_event(&mut self) -> PythonResult<Value> {
        let call = self.canvas_mut().next_event();
        self.publish_canvas_variables()?;
        Ok(Value::Int(match call {
            Some(HandlerCall::KeyPressed) => 1,
            Some(HandlerCall::MouseClicked) => 2,
            None => 0,
        }))
    }

    /// Gives the canvas variables' new values to the program's globals that
    /// still hold what they were last given.
    pub(crate) fn publish_canvas_variables(&mut self) -> PythonResult<()> {
        for name in CANVAS_VARIABLES {
            let Some(slot) = self.namespaces[0]
                .names
                .iter()
                .position(|known| known == name)
            else {
                continue;
            };
            let current = self.namespaces[0].values[slot];
            let published = self
                .canvas_published
                .iter()
                .find(|(known, _)| known == name)
                .map(|(_, value)| value.clone());
            let Some(published) = published else {
                continue;
            };
            if !self.holds_published(current, &published) {
                continue;
            }
            let Some(value) = self.canvas_variable(name)? else {
                continue;
            };
            self.namespaces[0].values[slot] = value;
            let fresh = self.published_form(value);
            if let Some(entry) = self
                .canvas_published
                .iter_mut()
                .find(|(known, _)| known == name)
            {
                entry.1 = fresh;
            }
        }
        Ok(())
    }

    /// Remembers what `from canvas import *` gave the program's globals.
    pub(crate) fn record_canvas_import(&mut self) -> PythonResult<()> {
        self.canvas_published.clear();
        for name in CANVAS_VARIABLES {
            if let Some(value) = self.canvas_variable(name)? {
                let published = self.published_form(value);
                self.canvas_published.push(((*name).to_owned(), published));
            }
        }
        Ok(())
    }

    fn published_form(&self, value: Value) -> PublishedValue {
        match value {
            Value::Int(number) => PublishedValue::Int(number),
            Value::Float(number) => PublishedValue::Float(number),
            Value::Bool(flag) => PublishedValue::Bool(flag),
            _ => PublishedValue::Str(self.str_text(value).unwrap_or_default().to_owned()),
        }
    }

    fn holds_published(&self, value: Value, published: &PublishedValue) -> bool {
        match (value, published) {
            (Value::Int(number), PublishedValue::Int(wanted)) => number == *wanted,
            (Value::Float(number), PublishedValue::Float(wanted)) => {
                number.to_bits() == wanted.to_bits()
            }
            (Value::Bool(flag), PublishedValue::Bool(wanted)) => flag == *wanted,
            (_, PublishedValue::Str(wanted)) => self.str_text(value) == Some(wanted.as_str()),
            _ => false,
        }
    }

    /// Whether the program waits for the host's next frame.
    pub fn is_waiting_for_frame(&self) -> bool {
        self.waiting_for_frame
    }

    /// The outcome while waiting for a frame.
    pub(crate) fn frame_wait_outcome(&mut self) -> RunOutcome {
        self.waiting_for_frame = true;
        RunOutcome::WaitingForFrame
    }
}
