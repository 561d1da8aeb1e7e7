//! The project's commands, run as `cargo xtask <command>`.
//!
//! - `serve`: installs what is missing, bundles the code editor, joins the
//!   fetched translation files, builds the app and serves it on
//!   <http://127.0.0.1:8080>.
//! - `test`: everything CI checks, in order: formatting, clippy for the native
//!   and the wasm32 target, the native tests, a release build (the code
//!   editor's bundle first), the size report and the real-browser tests.
//! - `build`: the release build into `dist/` (or `--dist DIR`, with its
//!   service worker) and its size report.
//! - `browser`: the real-browser tests (all, or the files named) against the
//!   release build in `dist/` (or `--dist DIR`), without building it: for
//!   working on one test while another build is in `dist/`.
//! - `dist`: the classroom server for Linux and Windows with the release
//!   build inside, and a zip of the static files, into `target/dist/`.
//! - `bench`: the speed figures, natively: the language's programs
//!   (`bench/programs`) against CPython, and the wheeled robot.
//! - `bench-web`: the budgets measured in headless Chromium against the
//!   release build (its own, in `target/bench-dist/` or `--dist DIR`): the first lesson's
//!   download, the time to ready, the animations' frames, memory through a
//!   session; and the same programs with the release wasm against Pyodide,
//!   MicroPython, Brython, Skulpt and native CPython (`bench/web.cjs`;
//!   `--only PARTS`, `--session-minutes N`, `--runs N`).
//!
//! Tools are installed at pinned versions into a cache outside the clone
//! (see `tools.rs`), so a fresh clone on the same machine does not rebuild them.

mod distribution;
mod editor_bundle;
mod locale_files;
mod offline;
mod pack_files;
mod size;
mod steps;
#[cfg(test)]
mod tidy;
mod tools;

use std::process::ExitCode;

fn main() -> ExitCode {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    let command = arguments.first().map(String::as_str).unwrap_or("help");
    let result = match command {
        "serve" => steps::serve(),
        "test" => steps::test(),
        "build" => steps::build(&arguments[1..]),
        "browser" => steps::browser_tests(&arguments[1..]),
        "dist" => distribution::dist(),
        "bench" => steps::bench(),
        "bench-web" => steps::bench_web(&arguments[1..]),
        _ => {
            eprintln!("usage: cargo xtask <serve | test | build | dist | bench | bench-web>");
            eprintln!("  serve      build the app and serve it on http://127.0.0.1:8080");
            eprintln!("  test       run everything CI checks");
            eprintln!("  build      release build into dist/ (or --dist DIR) with the size report");
            eprintln!(
                "  browser    [--dist DIR] [FILES]: the real-browser tests against a release build"
            );
            eprintln!(
                "  dist       classroom server (Linux, Windows) and a zip, into target/dist/"
            );
            eprintln!("  bench      speed figures, natively: the language, the wheeled robot");
            eprintln!(
                "  bench-web  [--only download,ready,fps,language,peers,memory] [--session-minutes N] [--runs N]:"
            );
            eprintln!(
                "             the budgets in headless Chromium (download, ready, frames, memory), the language beside Pyodide, MicroPython, Brython, Skulpt"
            );
            return if command == "help" {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            };
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("\nxtask {command} failed: {error}");
            ExitCode::FAILURE
        }
    }
}
