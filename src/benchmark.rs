//! The one function the release wasm exports for `cargo xtask bench-web`
//! (`bench/web.cjs`): a whole program run with the engine, timed by the page
//! around the call. The app itself never calls it.

use engine::python::vm::{run_source, Limits, RunFailure};
use wasm_bindgen::prelude::wasm_bindgen;

/// Runs `source` to its end with the engine's `run_source` (no input, seed 0,
/// limits far above any benchmark program's) and returns what it printed.
/// For `cargo xtask bench-web`, which times this call in Chromium with
/// `performance.now()` and compares the text with CPython's output; the page
/// reaches it as `window.wasmBindings.benchmark_run`. A program that fails
/// returns its output followed by a line starting `benchmark_run failed:`.
#[wasm_bindgen]
pub fn benchmark_run(source: &str) -> String {
    let limits = Limits {
        work: u64::MAX / 2,
        heap_bytes: 1 << 30,
        ..Limits::default()
    };
    let run = run_source(source, "", 0, limits);
    let mut output = run.output;
    match run.failure {
        None => {}
        Some(RunFailure::Compile(error)) => output.push_str(&format!(
            "\nbenchmark_run failed: the program does not compile (at byte {})",
            error.span.start
        )),
        Some(RunFailure::Runtime(failure)) => output.push_str(&format!(
            "\nbenchmark_run failed: {} (line {})",
            failure.headline(),
            failure.line
        )),
    }
    output
}
