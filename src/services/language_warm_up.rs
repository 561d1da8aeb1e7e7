//! Readying the language before the pupil's first Run.
//!
//! A page's first run of a program compiles and runs the interpreter's
//! prelude (compiled once per page, then copied into every program) and is
//! the first call of most of the lexer, parser, compiler and VM, which the
//! browser compiles from the wasm only when first called. Measured in the
//! browser, that made the first Run of `print(2 + 3)` take several times
//! longer than the next one. The lesson page asks for this warm-up when it
//! opens: a one-line program is run once, when the browser is next idle
//! (after the page is painted and the editor mounted), and its output is
//! dropped, so the pupil's first Run finds that work done.

use std::cell::Cell;

use engine::python::vm::{Limits, RunOutcome, Vm};

use crate::services::timer::when_idle;

/// The program run to warm up: it prints, so `print` and the output are ready too.
const WARM_UP_PROGRAM: &str = "print(0)";

/// Units of work the warm-up may take (far more than its program needs).
const WARM_UP_FUEL: u64 = 1_000_000;

thread_local! {
    /// Whether the warm-up has been asked for in this page (it is done once).
    static ASKED: Cell<bool> = const { Cell::new(false) };
}

/// Runs the warm-up once per page, when the browser is next idle.
pub fn warm_up_language_when_idle() {
    if ASKED.with(|asked| asked.replace(true)) {
        return;
    }
    when_idle(warm_up_language);
}

/// Runs [`WARM_UP_PROGRAM`] to its end and drops it.
fn warm_up_language() {
    if let Ok(mut vm) = Vm::start(WARM_UP_PROGRAM, Limits::default(), 0) {
        // However it ends, the prelude is compiled and the code paths are ready.
        let _: RunOutcome = vm.run(WARM_UP_FUEL);
        drop(vm.take_output());
    }
}
