//! The memory benchmark: each program's peak, ours against CPython's, for
//! the same data.
//!
//! Ours is the heap's peak as its budget counts it (every object's size
//! plus its slot; the interpreter's own frames and code are not counted).
//! CPython's is `tracemalloc`'s peak of the same program (every Python
//! object's allocation; the interpreter's start-up is not counted). Both
//! runs are apart from the timed ones, which `tracemalloc` would slow.

use std::path::Path;
use std::process::Command;

use engine::python::vm::{RunOutcome, Vm};

use super::language::{benchmark_limits, programs_in};

/// CPython under `tracemalloc`: prints the peak bytes on stderr.
const CPYTHON_PEAK: &str = "import sys, runpy, io, contextlib, tracemalloc
buffer = io.StringIO()
tracemalloc.start()
with contextlib.redirect_stdout(buffer):
    runpy.run_path(sys.argv[1], run_name='__main__')
sys.stderr.write(repr(tracemalloc.get_traced_memory()[1]))
";

/// Our VM's heap peak for `source`, in bytes.
fn our_peak(source: &str) -> Result<usize, String> {
    let mut vm = Vm::start(source, benchmark_limits(), 0)
        .map_err(|error| format!("does not compile: {error:?}"))?;
    vm.close_input();
    loop {
        match vm.run(10_000_000) {
            RunOutcome::Paused => {}
            RunOutcome::Finished | RunOutcome::WaitingForFrame => return Ok(vm.peak_heap_bytes()),
            RunOutcome::WaitingForInput => vm.close_input(),
            RunOutcome::Failed(failure) => return Err(failure.headline()),
        }
    }
}

/// CPython's `tracemalloc` peak for the program at `path`, in bytes.
fn cpython_peak(path: &Path) -> Result<usize, String> {
    let output = Command::new("python3")
        .args(["-c", CPYTHON_PEAK])
        .arg(path)
        .output()
        .map_err(|error| format!("python3: {error}"))?;
    String::from_utf8_lossy(&output.stderr)
        .trim()
        .parse()
        .map_err(|_| {
            format!(
                "CPython failed: {}",
                String::from_utf8_lossy(&output.stderr)
            )
        })
}

/// Prints each program's peak, ours and CPython's, and the highest ratio.
pub fn bench(folder: &Path, only: Option<&str>) -> Result<(), String> {
    println!("memory: the peak of the program's objects (ours: the heap's budget count; CPython: tracemalloc):");
    println!(
        "    {:<12} {:>10} {:>11} {:>8}",
        "program", "ours (KB)", "CPython (KB)", "ratio"
    );
    let mut highest: f64 = 0.0;
    for path in programs_in(folder)? {
        let name = path
            .file_stem()
            .map_or_else(String::new, |stem| stem.to_string_lossy().into_owned());
        if only.is_some_and(|only| only != name) {
            continue;
        }
        let source = std::fs::read_to_string(&path)
            .map_err(|error| format!("{}: {error}", path.display()))?;
        let ours = our_peak(&source).map_err(|problem| format!("{name}: {problem}"))?;
        let cpython = cpython_peak(&path).map_err(|problem| format!("{name}: {problem}"))?;
        let ratio = ours as f64 / (cpython.max(1) as f64);
        highest = highest.max(ratio);
        println!(
            "    {:<12} {:>10.0} {:>11.0} {:>7.2}x",
            name,
            ours as f64 / 1000.0,
            cpython as f64 / 1000.0,
            ratio
        );
    }
    println!("    highest ratio {highest:.2}x (goal: none above 2.0x)");
    Ok(())
}
