//! `sandbox`: the engine on the command line.
//!
//! `sandbox run FILE.py [--seed N] [--lang kk|ru|en]` runs a pupil's program
//! as the browser would: it prints the program's output as CPython does,
//! reads `input()` lines from stdin (EOFError at its end), and on an uncaught
//! error prints a CPython-style traceback to stderr and exits with code 1;
//! `--lang` adds the pupil's explanation after it. A turtle program runs
//! headless (the drawing is recorded, not shown); `--svg FILE.svg` writes the
//! drawing as SVG when the program ends (also after an error).
//!
//! `sandbox check PACK [--lang kk|ru|en]` and `sandbox bundle PACK OUT.toml`
//! are the lesson pack commands (`pack_commands.rs`); `sandbox robot
//! WORLD_OR_LESSON SOLUTION.py` runs a grid-robot program in every world
//! variant and judges each goal (`robot_command.rs`).
//!
//! `sandbox serve [--lan]` serves the app, whose release files are embedded
//! in the binary, to a classroom (`serve/`); double-clicking the binary on
//! Windows serves the class network and opens the browser.

mod bench;
mod pack_commands;
mod robot_command;
mod serve;

use std::io::{BufRead, Write};
use std::process::ExitCode;

use engine::i18n::{Language, Localizer, MessageArgument};
use engine::python::syntax::LineIndex;
use engine::python::vm::{Limits, RunOutcome, RuntimeFailure, Vm};

/// The slice of work between writes to stdout.
const SLICE_FUEL: u64 = 100_000;

const USAGE: &str =
    "usage: sandbox run FILE.py [--seed N] [--lang kk|ru|en] [--svg DRAWING.svg] [--frames N]
       sandbox check PACK_FOLDER_OR_FILE [--lang kk|ru|en]
       sandbox bundle PACK_FOLDER OUT.toml
       sandbox robot WORLD_OR_LESSON.toml SOLUTION.py [--lang kk|ru|en]
       sandbox serve [--lan] [--port N] [--open] [--lang kk|ru|en]
       sandbox bench [PROGRAMS_FOLDER] [--runs N]";

struct Options {
    path: String,
    seed: u64,
    language: Option<Language>,
    svg: Option<String>,
    /// The frames a canvas program runs (60 a second, no input).
    frames: u64,
}

fn parse_options(arguments: &[String]) -> Result<Options, String> {
    let mut rest = arguments.iter();
    if rest.next().map(String::as_str) != Some("run") {
        return Err(USAGE.to_owned());
    }
    let mut options = Options {
        path: String::new(),
        seed: 0,
        language: None,
        svg: None,
        frames: 0,
    };
    while let Some(argument) = rest.next() {
        match argument.as_str() {
            "--seed" => {
                let value = rest.next().ok_or(USAGE)?;
                options.seed = value
                    .parse()
                    .map_err(|_| format!("--seed takes a whole number, not {value:?}"))?;
            }
            "--frames" => {
                let value = rest.next().ok_or(USAGE)?;
                options.frames = value
                    .parse()
                    .map_err(|_| format!("--frames takes a whole number, not {value:?}"))?;
            }
            "--svg" => {
                options.svg = Some(rest.next().ok_or(USAGE)?.clone());
            }
            "--lang" => {
                let value = rest.next().ok_or(USAGE)?;
                options.language = Some(
                    Language::from_code(value)
                        .ok_or_else(|| format!("--lang takes kk, ru or en, not {value:?}"))?,
                );
            }
            path if options.path.is_empty() && !path.starts_with("--") => {
                options.path = path.to_owned();
            }
            _ => return Err(USAGE.to_owned()),
        }
    }
    if options.path.is_empty() {
        return Err(USAGE.to_owned());
    }
    Ok(options)
}

fn explain(language: Option<Language>, id: &str, arguments: &[(&'static str, String)]) {
    let Some(language) = language else {
        return;
    };
    let localizer = Localizer::new(language);
    let arguments: Vec<(&str, MessageArgument)> = arguments
        .iter()
        .map(|(name, value)| (*name, MessageArgument::from(value.as_str())))
        .collect();
    eprintln!("\n{}", localizer.text_with(id, &arguments));
}

fn print_traceback(path: &str, source: &str, failure: &RuntimeFailure) {
    let lines: Vec<&str> = source.lines().collect();
    eprintln!("Traceback (most recent call last):");
    for (function, line) in &failure.traceback {
        eprintln!("  File \"{path}\", line {line}, in {function}");
        if let Some(text) = lines.get((*line as usize).wrapping_sub(1)) {
            eprintln!("    {}", text.trim());
        }
    }
    eprintln!("{}", failure.headline());
}

fn main() -> ExitCode {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    match arguments.first().map(String::as_str) {
        Some("check") => return pack_commands::check(&arguments[1..]),
        Some("bundle") => return pack_commands::bundle(&arguments[1..]),
        Some("robot") => return robot_command::robot(&arguments[1..]),
        Some("bench") => return bench::bench(&arguments[1..]),
        Some("serve") => return serve::serve(&arguments[1..], serve::Started::FromTerminal),
        // Double-clicked on Windows (no arguments): a teacher setting up a
        // classroom; serve the class network and open the browser.
        None if cfg!(windows) => {
            let arguments = ["--lan".to_owned(), "--open".to_owned()];
            return serve::serve(&arguments, serve::Started::ByDoubleClick);
        }
        _ => {}
    }
    let options = match parse_options(&arguments) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let source = match std::fs::read_to_string(&options.path) {
        Ok(source) => source,
        Err(error) => {
            eprintln!("sandbox: cannot read {}: {error}", options.path);
            return ExitCode::from(2);
        }
    };
    let mut vm = match Vm::start(&source, Limits::default(), options.seed) {
        Ok(vm) => vm,
        Err(error) => {
            let (line, column) = LineIndex::new(&source).line_and_column(&source, error.span.start);
            eprintln!("  File \"{}\", line {line}", options.path);
            if let Some(text) = source.lines().nth((line as usize).wrapping_sub(1)) {
                eprintln!("    {}", text.trim_start());
                let indent = text.len() - text.trim_start().len();
                let caret_column = (column as usize).saturating_sub(indent).max(1);
                eprintln!("    {}^", " ".repeat(caret_column - 1));
            }
            eprintln!(
                "{}: {}",
                error.kind.python_type(),
                error.kind.cpython_message()
            );
            let (id, arguments) = error.kind.explanation();
            explain(options.language, id, &arguments);
            return ExitCode::from(1);
        }
    };
    let stdin = std::io::stdin();
    let mut stdout = std::io::stdout();
    let mut frame = 0;
    loop {
        let outcome = vm.run(SLICE_FUEL);
        let _ = stdout.write_all(vm.take_output().as_bytes());
        match outcome {
            RunOutcome::Paused => {}
            RunOutcome::WaitingForFrame if frame < options.frames => {
                frame += 1;
                vm.provide_frame(engine::worlds::canvas::FrameInput {
                    milliseconds: frame as f64 * 1000.0 / 60.0,
                    events: Vec::new(),
                });
            }
            RunOutcome::Finished | RunOutcome::WaitingForFrame => {
                let _ = stdout.flush();
                return write_svg(&options, &vm).unwrap_or(ExitCode::SUCCESS);
            }
            RunOutcome::WaitingForInput => {
                let _ = stdout.flush();
                let mut line = String::new();
                match stdin.lock().read_line(&mut line) {
                    Ok(0) | Err(_) => vm.close_input(),
                    Ok(_) => {
                        let line = line.strip_suffix('\n').unwrap_or(&line);
                        let line = line.strip_suffix('\r').unwrap_or(line);
                        vm.provide_input(line);
                    }
                }
            }
            RunOutcome::Failed(failure) => {
                let _ = stdout.flush();
                let _ = write_svg(&options, &vm);
                print_traceback(&options.path, &source, &failure);
                explain(
                    options.language,
                    failure.explanation.id,
                    &failure.explanation.arguments,
                );
                return ExitCode::from(1);
            }
        }
    }
}

/// Writes the turtle drawing when `--svg` asks for it; an exit code when
/// the file cannot be written.
fn write_svg(options: &Options, vm: &Vm) -> Option<ExitCode> {
    let path = options.svg.as_ref()?;
    let svg = match vm.turtle_world() {
        Some(world) => engine::worlds::turtle::to_svg(world),
        None => engine::worlds::turtle::to_svg(&engine::worlds::turtle::TurtleWorld::new()),
    };
    match std::fs::write(path, svg) {
        Ok(()) => None,
        Err(error) => {
            eprintln!("sandbox: cannot write {path}: {error}");
            Some(ExitCode::from(2))
        }
    }
}
