//! The commands' steps, and the small helpers they share.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use crate::{editor_bundle, locale_files, offline, pack_files, size, tools};

/// What went wrong in a step, in words.
#[derive(Debug)]
pub struct Error(String);

impl std::fmt::Display for Error {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(&self.0)
    }
}

impl From<&str> for Error {
    fn from(text: &str) -> Self {
        Error(text.to_owned())
    }
}

impl From<String> for Error {
    fn from(text: String) -> Self {
        Error(text)
    }
}

impl From<std::io::Error> for Error {
    fn from(error: std::io::Error) -> Self {
        Error(error.to_string())
    }
}

/// The workspace root (the parent of `xtask/`).
pub fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// Prints what is happening, so a long first run explains itself.
pub fn say(text: &str) {
    println!("==> {text}");
}

/// Runs a program to the end; a non-zero exit is an error.
pub fn run(
    program: &str,
    arguments: &[&str],
    folder: Option<&Path>,
    environment: &[(&str, String)],
) -> Result<(), Error> {
    let mut command = Command::new(program);
    command
        .args(arguments)
        .current_dir(folder.map(Path::to_path_buf).unwrap_or_else(project_root));
    for (name, value) in environment {
        command.env(name, value);
    }
    let status = command
        .status()
        .map_err(|error| Error(format!("could not start `{program}`: {error}")))?;
    if status.success() {
        Ok(())
    } else {
        Err(Error(format!(
            "`{program} {}` failed ({status})",
            arguments.join(" ")
        )))
    }
}

/// `PATH` with the installed tools' folders first.
fn path_with(tools: &tools::Tools) -> String {
    let mut folders: Vec<PathBuf> = tools.path_folders.clone();
    if let Some(path) = std::env::var_os("PATH") {
        folders.extend(std::env::split_paths(&path));
    }
    std::env::join_paths(folders)
        .map(|path| path.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// `cargo xtask serve`.
pub fn serve() -> Result<(), Error> {
    let tools = tools::ensure_build_tools()?;
    editor_bundle::bundle(&tools)?;
    locale_files::write()?;
    pack_files::write()?;
    say("building and serving the app; open http://127.0.0.1:8080/ (Ctrl+C stops)");
    let trunk = tools.trunk.to_string_lossy().into_owned();
    run(
        &trunk,
        &["serve", "--offline"],
        None,
        &[("PATH", path_with(&tools))],
    )
}

/// `cargo xtask bench`: the benchmarks, printed (never pass/fail: a
/// figure depends on the machine): the language's programs in
/// `bench/programs` against CPython (`python3`), natively, and the wheeled
/// robot's simulated seconds per real second.
pub fn bench() -> Result<(), Error> {
    say("benchmarks, natively (release build of sandbox; CPython is python3)");
    let programs = project_root().join("bench/programs");
    let programs = programs.to_string_lossy();
    run(
        "cargo",
        &[
            "run",
            "--quiet",
            "--release",
            "-p",
            "sandbox",
            "--",
            "bench",
            &programs,
        ],
        None,
        &[],
    )
}

/// `cargo xtask bench-web [--dist DIR] [--only PARTS] [--session-minutes N] [--runs N]`:
/// the app measured in headless Chromium against the release build (its own
/// build in `target/bench-dist/`, or in DIR, so `dist/` is left alone), each figure
/// printed beside its budget by `bench/web.cjs` (bench/README.md): the first
/// lesson's download, the time to ready, the animations' frame rates, the
/// language's programs against Pyodide and native CPython (`python3`), the
/// other Pythons in the browser (the [`tools::PEERS`], installed from npm
/// into the tools cache for this command only) and memory through a
/// scripted session. The arguments go to `bench/web.cjs` as they are.
/// Fails only when our output differs from CPython's or a part cannot run;
/// a missed budget is printed, not fatal.
pub fn bench_web(arguments: &[String]) -> Result<(), Error> {
    let tools = tools::ensure_build_tools()?;
    let chromium = tools::ensure_chromium()?;
    let (bench_dist, arguments) = if arguments.iter().any(|argument| argument == "--dist") {
        dist_and_rest(arguments)?
    } else {
        (project_root().join("target/bench-dist"), arguments.to_vec())
    };
    let arguments = arguments.as_slice();
    release_build(&tools, &bench_dist, None)?;
    let mut environment = vec![
        ("PATH", path_with(&tools)),
        (
            "NODE_PATH",
            tools.node_modules.to_string_lossy().into_owned(),
        ),
        ("BASTAU_DIST", bench_dist.to_string_lossy().into_owned()),
        ("BASTAU_CHROMIUM", chromium.to_string_lossy().into_owned()),
    ];
    if peers_wanted(arguments) {
        for peer in &tools::PEERS {
            match tools::ensure_peer(peer) {
                Ok(folder) => {
                    environment.push((peer.environment, folder.to_string_lossy().into_owned()));
                }
                Err(error) => {
                    say(&format!(
                        "{} {} could not be installed ({error}); measuring without it",
                        peer.package, peer.version
                    ));
                    environment.push((peer.problem_environment, error.to_string()));
                }
            }
        }
    }
    let mut node_arguments = vec!["bench/web.cjs"];
    node_arguments.extend(arguments.iter().map(String::as_str));
    say("measuring in headless Chromium against the release build (bench/web.cjs)");
    run("node", &node_arguments, None, &environment)
}

/// Whether the parts `bench-web` was asked for (`--only a,b`, or all) use
/// the peers (the `language` part runs Pyodide, the `peers` part all).
fn peers_wanted(arguments: &[String]) -> bool {
    match arguments.iter().position(|argument| argument == "--only") {
        None => true,
        Some(index) => arguments.get(index + 1).is_none_or(|parts| {
            parts
                .split(',')
                .any(|part| matches!(part.trim(), "language" | "peers"))
        }),
    }
}

/// The folder named by `--dist DIR` among `arguments` (relative to the
/// project's root), or `dist/`; the other arguments, in order.
fn dist_and_rest(arguments: &[String]) -> Result<(PathBuf, Vec<String>), Error> {
    let mut dist = project_root().join("dist");
    let mut rest = Vec::new();
    let mut remaining = arguments.iter();
    while let Some(argument) = remaining.next() {
        if argument == "--dist" {
            let folder = remaining
                .next()
                .ok_or_else(|| Error::from("--dist needs a folder"))?;
            dist = project_root().join(folder);
        } else {
            rest.push(argument.clone());
        }
    }
    Ok((dist, rest))
}

/// `cargo xtask build [--dist DIR]`.
pub fn build(arguments: &[String]) -> Result<(), Error> {
    let (dist, rest) = dist_and_rest(arguments)?;
    if let Some(unknown) = rest.first() {
        return Err(Error::from(format!("build: unknown argument {unknown}")));
    }
    let tools = tools::ensure_build_tools()?;
    release_build(&tools, &dist, None)?;
    size::report(&dist)
}

/// `cargo xtask browser [--dist DIR] [FILES]`: the real-browser tests (the
/// files named, or all of `tests/browser/`) against an existing release
/// build. Tests that need release B or the classroom server find them where
/// `cargo xtask test` leaves them.
pub fn browser_tests(arguments: &[String]) -> Result<(), Error> {
    let (dist, files) = dist_and_rest(arguments)?;
    if !dist.join("index.html").exists() {
        return Err(Error::from(format!(
            "{} holds no release build: run cargo xtask build --dist first",
            dist.display()
        )));
    }
    let tools = tools::ensure_build_tools()?;
    let chromium = tools::ensure_chromium()?;
    run_browser_tests(&tools, &chromium, &dist, &files)
}

/// Runs `node --test` over `files` (or `tests/browser/`) with the harness's
/// environment: the build in `dist`, release B, the classroom server and
/// Chromium.
fn run_browser_tests(
    tools: &tools::Tools,
    chromium: &Path,
    dist: &Path,
    files: &[String],
) -> Result<(), Error> {
    let release_b = project_root().join("target/release-b");
    let sandbox = project_root().join("target/debug/sandbox");
    let screenshots = project_root().join("target/screenshots");
    std::fs::create_dir_all(&screenshots)?;
    let mut arguments = vec!["--test", "--test-concurrency=1"];
    if files.is_empty() {
        arguments.push("tests/browser/");
    } else {
        arguments.extend(files.iter().map(String::as_str));
    }
    run(
        "node",
        &arguments,
        None,
        &[
            ("PATH", path_with(tools)),
            (
                "NODE_PATH",
                tools.node_modules.to_string_lossy().into_owned(),
            ),
            ("BASTAU_DIST", dist.to_string_lossy().into_owned()),
            ("BASTAU_DIST_B", release_b.to_string_lossy().into_owned()),
            ("BASTAU_SANDBOX", sandbox.to_string_lossy().into_owned()),
            ("BASTAU_CHROMIUM", chromium.to_string_lossy().into_owned()),
            (
                "BASTAU_SCREENSHOTS",
                screenshots.to_string_lossy().into_owned(),
            ),
        ],
    )
}

/// The release build into `dist` with its service worker; `label` (shown in
/// the settings beside the version) is compiled in when given. Returns the
/// release id.
pub fn release_build(
    tools: &tools::Tools,
    dist: &Path,
    label: Option<&str>,
) -> Result<String, Error> {
    editor_bundle::bundle(tools)?;
    locale_files::write()?;
    pack_files::write()?;
    say(&format!(
        "release build with trunk into {} (offline; wasm-opt -Oz)",
        dist.display()
    ));
    let trunk = tools.trunk.to_string_lossy().into_owned();
    let dist_text = dist.to_string_lossy().into_owned();
    // Always set, so a label in the caller's environment never leaks in;
    // the app shows no label when it is empty.
    run(
        &trunk,
        &["build", "--release", "--offline", "--dist", &dist_text],
        None,
        &[
            ("PATH", path_with(tools)),
            ("BASTAU_BUILD_LABEL", label.unwrap_or_default().to_owned()),
        ],
    )?;
    offline::write_service_worker(dist, &offline::template(&project_root())?)
}

/// Builds `sandbox` with the release build in `dist` embedded (`profile`:
/// `dev` or `release`; `target`: another platform's, or none for this one).
pub fn build_sandbox(
    dist: &Path,
    profile: &str,
    target: Option<&str>,
    environment: &[(&str, String)],
) -> Result<(), Error> {
    let mut arguments = vec!["build", "--locked", "-p", "sandbox", "--profile", profile];
    if let Some(target) = target {
        arguments.extend_from_slice(&["--target", target]);
    }
    let mut environment = environment.to_vec();
    environment.push(("SANDBOX_APP_FILES", dist.to_string_lossy().into_owned()));
    run("cargo", &arguments, None, &environment)
}

/// `cargo clippy` with `extra_arguments`, denying every warning.
fn clippy(extra_arguments: &[&str]) -> Result<(), Error> {
    let mut arguments = vec!["clippy", "--locked"];
    arguments.extend_from_slice(extra_arguments);
    arguments.extend_from_slice(&["--", "-D", "warnings"]);
    run("cargo", &arguments, None, &[])
}

/// `cargo xtask test`: everything CI checks.
// xtask runs natively, where the clock works; the ban is for the app and the engine.
#[allow(clippy::disallowed_methods)]
pub fn test() -> Result<(), Error> {
    let started = Instant::now();
    say("checking the tools (installed into a cache outside the clone on first run)");
    let tools = tools::ensure_build_tools()?;
    let chromium = tools::ensure_chromium()?;

    say("cargo fmt --check");
    run("cargo", &["fmt", "--all", "--check"], None, &[])?;
    say("clippy, native");
    clippy(&["--workspace", "--all-targets"])?;
    say("clippy, wasm32 (the app and the engine)");
    clippy(&[
        "--package",
        "bastau",
        "--package",
        "engine",
        "--target",
        "wasm32-unknown-unknown",
    ])?;
    say("native tests (the app, the engine and the tidy checks)");
    run("cargo", &["test", "--workspace", "--locked"], None, &[])?;

    say("the Python conformance corpus's expected results, checked against CPython 3.11");
    run(
        "python3",
        &["crates/engine/tests/data/python/regenerate.py", "--check"],
        None,
        &[],
    )?;

    let dist = project_root().join("dist");
    // Release B first: an update test moves a pupil from A (`dist/`) to B.
    let release_b = project_root().join("target/release-b");
    release_build(&tools, &release_b, Some("B"))?;
    release_build(&tools, &dist, None)?;
    size::report(&dist)?;
    say("the classroom server with the release build inside");
    build_sandbox(&dist, "dev", None, &[])?;

    say("real-browser tests (headless Chromium over the DevTools protocol)");
    run_browser_tests(&tools, &chromium, &dist, &[])?;
    say(&format!(
        "all checks passed in {:.0} s; screenshots are in target/screenshots/",
        started.elapsed().as_secs_f64()
    ));
    Ok(())
}
