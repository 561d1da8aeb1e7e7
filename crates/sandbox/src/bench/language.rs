//! The language benchmark: each program timed with our VM and with CPython,
//! interleaved, and the ratios printed.

use std::path::Path;
use std::process::Command;

use engine::python::vm::{run_source, Limits};

/// CPython, timing the program inside its own process (start-up not
/// counted): prints the program's output, then the seconds on stderr.
const CPYTHON_TIMER: &str = "import sys, time, runpy, io, contextlib
path = sys.argv[1]
buffer = io.StringIO()
started = time.perf_counter()
with contextlib.redirect_stdout(buffer):
    runpy.run_path(path, run_name='__main__')
elapsed = time.perf_counter() - started
sys.stdout.write(buffer.getvalue())
sys.stderr.write(repr(elapsed))
";

/// One program's measurements.
struct Measured {
    name: String,
    ours: Vec<f64>,
    cpython: Vec<f64>,
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// The limits of a benchmark run: far above any benchmark program's needs.
pub fn benchmark_limits() -> Limits {
    Limits {
        work: u64::MAX / 2,
        heap_bytes: 1 << 30,
        ..Limits::default()
    }
}

/// The `*.py` files of `folder`, in name order.
pub fn programs_in(folder: &Path) -> Result<Vec<std::path::PathBuf>, String> {
    let mut programs: Vec<_> = std::fs::read_dir(folder)
        .map_err(|error| format!("{}: {error}", folder.display()))?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "py"))
        .collect();
    programs.sort();
    Ok(programs)
}

/// What to run and how often.
pub struct Options {
    /// Runs of each program with each interpreter.
    pub runs: usize,
    /// Only the program of this name (its file stem).
    pub only: Option<String>,
    /// Our VM only (for profiling; no CPython times, no output comparison).
    pub ours_only: bool,
}

/// Runs every program of `folder` `runs` times with each interpreter and
/// prints the table.
pub fn bench(folder: &Path, options: &Options) -> Result<(), String> {
    let runs = options.runs;
    let programs = programs_in(folder)?;
    let limits = benchmark_limits();
    let mut table = Vec::new();
    for path in &programs {
        let name = path
            .file_stem()
            .map_or_else(String::new, |stem| stem.to_string_lossy().into_owned());
        if options.only.as_ref().is_some_and(|only| *only != name) {
            continue;
        }
        let source = std::fs::read_to_string(path)
            .map_err(|error| format!("{}: {error}", path.display()))?;
        let mut measured = Measured {
            name,
            ours: Vec::new(),
            cpython: Vec::new(),
        };
        for _ in 0..runs {
            // Native only: a benchmark measures the machine.
            #[allow(clippy::disallowed_methods)]
            let started = std::time::Instant::now();
            let run = run_source(&source, "", 0, limits);
            measured.ours.push(started.elapsed().as_secs_f64());
            if let Some(failure) = run.failure {
                return Err(format!("{}: our run failed: {failure:?}", path.display()));
            }
            if options.ours_only {
                measured.cpython.push(f64::NAN);
                continue;
            }
            let cpython = Command::new("python3")
                .args(["-c", CPYTHON_TIMER])
                .arg(path)
                .output()
                .map_err(|error| format!("python3: {error}"))?;
            let seconds: f64 = String::from_utf8_lossy(&cpython.stderr)
                .trim()
                .parse()
                .map_err(|_| {
                    format!(
                        "{}: CPython failed: {}",
                        path.display(),
                        String::from_utf8_lossy(&cpython.stderr)
                    )
                })?;
            measured.cpython.push(seconds);
            let expected = String::from_utf8_lossy(&cpython.stdout);
            if run.output != expected {
                return Err(format!(
                    "{}: the outputs differ\n  ours:    {:?}\n  CPython: {:?}",
                    path.display(),
                    run.output,
                    expected
                ));
            }
        }
        table.push(measured);
    }
    println!("the language, natively ({runs} runs each, median; outputs equal to CPython's):");
    println!(
        "    {:<12} {:>10} {:>10} {:>8}",
        "program", "ours (s)", "CPython (s)", "ratio"
    );
    if options.ours_only {
        for measured in &mut table {
            println!(
                "    {:<12} {:>10.3}",
                measured.name,
                median(&mut measured.ours)
            );
        }
        return Ok(());
    }
    let mut ratios = Vec::new();
    for measured in &mut table {
        let ours = median(&mut measured.ours);
        let cpython = median(&mut measured.cpython);
        let ratio = ours / cpython.max(1e-9);
        ratios.push(ratio);
        println!(
            "    {:<12} {:>10.3} {:>10.3} {:>7.2}x",
            measured.name, ours, cpython, ratio
        );
    }
    if !ratios.is_empty() {
        let highest = ratios.iter().copied().fold(0.0, f64::max);
        let middle = median(&mut ratios);
        println!("    median ratio {middle:.2}x, highest {highest:.2}x (goal: median at most 1.0x, none above 2.0x)");
    }
    Ok(())
}
