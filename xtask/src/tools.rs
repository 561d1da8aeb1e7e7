//! Installs the tools the build and the tests need, at pinned versions.
//!
//! Everything goes into a cache outside the clone, keyed by version:
//! `$BASTAU_CACHE`, else `$XDG_CACHE_HOME/bastau`, else `~/.cache/bastau`.
//! Only package registries are used (crates.io, npm, Debian); no tool is
//! allowed to download binaries of its own.

use std::fs;
use std::path::{Path, PathBuf};

use crate::steps::{project_root, run, say, Error};

/// The Trunk release the project is built with.
const TRUNK_VERSION: &str = "0.21.14";

/// Where the installed tools are.
pub struct Tools {
    /// The `trunk` executable.
    pub trunk: PathBuf,
    /// Folders to put first on `PATH` for Trunk and the browser tests
    /// (wasm-bindgen, wasm-opt, node tools).
    pub path_folders: Vec<PathBuf>,
    /// The `node_modules` folder with the project's npm packages (also
    /// esbuild and the CodeMirror packages the editor bundle is made from).
    pub node_modules: PathBuf,
}

/// Installs (or finds) everything the build needs.
pub fn ensure_build_tools() -> Result<Tools, Error> {
    ensure_wasm_target()?;
    let trunk_root = cache_folder()?.join(format!("trunk-{TRUNK_VERSION}"));
    let trunk = trunk_root.join("bin/trunk");
    if !trunk.exists() {
        say(&format!(
            "installing trunk {TRUNK_VERSION} (first run only, several minutes)"
        ));
        cargo_install(
            &[
                "trunk",
                "--version",
                TRUNK_VERSION,
                "--no-default-features",
                "--features",
                "rustls",
            ],
            &trunk_root,
        )?;
    }
    let wasm_bindgen_version = wasm_bindgen_version_in_lockfile()?;
    let wasm_bindgen_root =
        cache_folder()?.join(format!("wasm-bindgen-cli-{wasm_bindgen_version}"));
    if !wasm_bindgen_root.join("bin/wasm-bindgen").exists() {
        say(&format!(
            "installing wasm-bindgen-cli {wasm_bindgen_version} (first run only)"
        ));
        cargo_install(
            &["wasm-bindgen-cli", "--version", &wasm_bindgen_version],
            &wasm_bindgen_root,
        )?;
    }
    let node_modules = ensure_node_packages()?;
    Ok(Tools {
        trunk,
        path_folders: vec![wasm_bindgen_root.join("bin"), node_modules.join(".bin")],
        node_modules,
    })
}

/// Installs Debian's Chromium for the browser tests when it is missing.
pub fn ensure_chromium() -> Result<PathBuf, Error> {
    let chromium = PathBuf::from("/usr/bin/chromium");
    if chromium.exists() {
        return Ok(chromium);
    }
    say("installing Debian's chromium for the browser tests (first run only)");
    apt_install(&["chromium", "fonts-dejavu-core"])?;
    if chromium.exists() {
        Ok(chromium)
    } else {
        Err(Error::from(
            "apt-get finished but /usr/bin/chromium is still missing",
        ))
    }
}

/// Installs Debian packages with apt-get (through sudo unless running as root).
fn apt_install(packages: &[&str]) -> Result<(), Error> {
    let as_root = std::env::var("USER")
        .map(|user| user == "root")
        .unwrap_or(false)
        || run_quietly_succeeds("id", &["-u"], "0");
    let apt_get = |arguments: &[&str]| -> Result<(), Error> {
        if as_root {
            run("apt-get", arguments, None, &[])
        } else {
            let mut with_sudo = vec!["apt-get"];
            with_sudo.extend_from_slice(arguments);
            run("sudo", &with_sudo, None, &[])
        }
    };
    apt_get(&["update"])?;
    let mut install = vec!["install", "-y", "--no-install-recommends"];
    install.extend_from_slice(packages);
    apt_get(&install)
}

/// The Windows target and Debian's MinGW linker, for the classroom server's
/// Windows build; returns the linker's name.
pub fn ensure_windows_cross_build() -> Result<&'static str, Error> {
    ensure_rust_target(WINDOWS_TARGET)?;
    const LINKER: &str = "x86_64-w64-mingw32-gcc";
    if !run_quietly_succeeds(
        "sh",
        &["-c", &format!("command -v {LINKER} >/dev/null && echo yes")],
        "yes",
    ) {
        say("installing Debian's MinGW-w64 linker for the Windows build (first run only)");
        apt_install(&["gcc-mingw-w64-x86-64"])?;
    }
    Ok(LINKER)
}

/// The Rust target of the Windows build of `sandbox`.
pub const WINDOWS_TARGET: &str = "x86_64-pc-windows-gnu";

fn run_quietly_succeeds(program: &str, arguments: &[&str], expected_output: &str) -> bool {
    std::process::Command::new(program)
        .args(arguments)
        .output()
        .map(|output| String::from_utf8_lossy(&output.stdout).trim() == expected_output)
        .unwrap_or(false)
}

fn ensure_wasm_target() -> Result<(), Error> {
    ensure_rust_target("wasm32-unknown-unknown")
}

fn ensure_rust_target(target: &str) -> Result<(), Error> {
    let installed = std::process::Command::new("rustup")
        .args(["target", "list", "--installed"])
        .current_dir(project_root())
        .output()
        .map(|output| {
            String::from_utf8_lossy(&output.stdout)
                .lines()
                .any(|line| line.trim() == target)
        })
        .unwrap_or(false);
    if !installed {
        say(&format!("adding the {target} target to the Rust toolchain"));
        run(
            "rustup",
            &["target", "add", target],
            Some(&project_root()),
            &[],
        )?;
    }
    Ok(())
}

/// `cargo install` into `root`, with `--locked` if that works and without if not.
fn cargo_install(arguments: &[&str], root: &Path) -> Result<(), Error> {
    let root_text = root.to_string_lossy().into_owned();
    let mut locked = vec!["install", "--locked", "--root", root_text.as_str()];
    locked.extend_from_slice(arguments);
    if run("cargo", &locked, None, &[]).is_ok() {
        return Ok(());
    }
    say("`cargo install --locked` failed; trying again without --locked");
    let mut unlocked = vec!["install", "--root", root_text.as_str()];
    unlocked.extend_from_slice(arguments);
    run("cargo", &unlocked, None, &[])
}

/// The project's npm packages (package.json and package-lock.json at the root),
/// installed with `npm ci` into a cache folder named after the lockfile's hash.
fn ensure_node_packages() -> Result<PathBuf, Error> {
    let root = project_root();
    let lockfile = fs::read(root.join("package-lock.json"))?;
    let folder = cache_folder()?.join(format!("node-{:016x}", fnv1a_hash(&lockfile)));
    let done_marker = folder.join(".installed");
    if !done_marker.exists() {
        say("installing the npm packages (binaryen's wasm-opt, playwright-core, esbuild, CodeMirror)");
        fs::create_dir_all(&folder)?;
        fs::copy(root.join("package.json"), folder.join("package.json"))?;
        fs::copy(
            root.join("package-lock.json"),
            folder.join("package-lock.json"),
        )?;
        run(
            "npm",
            &["ci", "--no-audit", "--no-fund", "--loglevel=error"],
            Some(&folder),
            &[],
        )?;
        fs::write(&done_marker, "")?;
    }
    Ok(folder.join("node_modules"))
}

/// A Python that runs in the browser, which `cargo xtask bench-web` measures
/// beside ours. Only the benchmark installs it, from npm, at an exact
/// version into the tools cache (`<name>-<version>/`): it is not in
/// `package.json`, so the build, the tests and CI never download it.
pub struct Peer {
    /// The cache folder's name and the benchmark's name for it.
    pub name: &'static str,
    /// The npm package.
    pub package: &'static str,
    /// The exact version installed.
    pub version: &'static str,
    /// The environment variable that tells `bench/web.cjs` the package's folder.
    pub environment: &'static str,
    /// The one that tells it why the package could not be installed.
    pub problem_environment: &'static str,
    /// Files the package must hold (relative to its folder), checked after
    /// installing.
    pub files: &'static [&'static str],
    /// About how much npm downloads, for the first run's message.
    pub download: &'static str,
}

/// The peers, pinned: Pyodide (CPython 3.14.2 compiled to wasm),
/// MicroPython's wasm build (its PyScript variant, the one npm carries),
/// Brython and Skulpt (Python compiled to JavaScript in the page).
pub const PEERS: [Peer; 4] = [
    Peer {
        name: "pyodide",
        package: "pyodide",
        version: "314.0.7",
        environment: "BASTAU_PYODIDE",
        problem_environment: "BASTAU_PYODIDE_PROBLEM",
        files: &["pyodide.mjs", "pyodide.asm.wasm", "python_stdlib.zip"],
        download: "14 MB",
    },
    Peer {
        name: "micropython",
        package: "@micropython/micropython-webassembly-pyscript",
        version: "1.27.0",
        environment: "BASTAU_MICROPYTHON",
        problem_environment: "BASTAU_MICROPYTHON_PROBLEM",
        files: &["micropython.mjs", "micropython.wasm"],
        download: "0.5 MB",
    },
    Peer {
        name: "brython",
        package: "brython",
        version: "3.14.3",
        environment: "BASTAU_BRYTHON",
        problem_environment: "BASTAU_BRYTHON_PROBLEM",
        files: &["brython.min.js", "brython_stdlib.js"],
        download: "10 MB",
    },
    Peer {
        name: "skulpt",
        package: "skulpt",
        version: "1.2.0",
        environment: "BASTAU_SKULPT",
        problem_environment: "BASTAU_SKULPT_PROBLEM",
        files: &["dist/skulpt.min.js", "dist/skulpt-stdlib.js"],
        download: "4 MB",
    },
];

/// Installs `peer` from npm into the cache (`<name>-<version>/`) when
/// missing; returns the package's folder (with its `package.json`).
pub fn ensure_peer(peer: &Peer) -> Result<PathBuf, Error> {
    let folder = cache_folder()?.join(format!("{}-{}", peer.name, peer.version));
    let done_marker = folder.join(".installed");
    let files = folder.join("node_modules").join(peer.package);
    if !done_marker.exists() {
        say(&format!(
            "installing {} {} from npm for bench-web (first run only, {})",
            peer.package, peer.version, peer.download
        ));
        fs::create_dir_all(&folder)?;
        let folder_text = folder.to_string_lossy().into_owned();
        run(
            "npm",
            &[
                "install",
                "--prefix",
                &folder_text,
                "--no-audit",
                "--no-fund",
                "--ignore-scripts",
                "--loglevel=error",
                &format!("{}@{}", peer.package, peer.version),
            ],
            Some(&folder),
            &[],
        )?;
        for name in peer.files {
            if !files.join(name).exists() {
                return Err(Error::from(format!(
                    "npm installed {} {} without {name} (in {})",
                    peer.package,
                    peer.version,
                    files.display()
                )));
            }
        }
        fs::write(&done_marker, "")?;
    }
    Ok(files)
}

/// The cache folder for installed tools, created if needed.
pub fn cache_folder() -> Result<PathBuf, Error> {
    let folder = if let Some(folder) = std::env::var_os("BASTAU_CACHE") {
        PathBuf::from(folder)
    } else if let Some(folder) = std::env::var_os("XDG_CACHE_HOME") {
        PathBuf::from(folder).join("bastau")
    } else if let Some(home) = std::env::var_os("HOME") {
        PathBuf::from(home).join(".cache/bastau")
    } else {
        return Err(Error::from(
            "neither BASTAU_CACHE, XDG_CACHE_HOME nor HOME is set",
        ));
    };
    fs::create_dir_all(&folder)?;
    Ok(folder)
}

/// The wasm-bindgen version Cargo.lock resolved; wasm-bindgen-cli must match it exactly.
pub fn wasm_bindgen_version_in_lockfile() -> Result<String, Error> {
    let lockfile = fs::read_to_string(project_root().join("Cargo.lock"))?;
    package_version_in_lockfile(&lockfile, "wasm-bindgen")
        .ok_or_else(|| Error::from("Cargo.lock has no wasm-bindgen package"))
}

/// The version of the package `name` in the text of a Cargo.lock.
pub fn package_version_in_lockfile(lockfile: &str, name: &str) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Lockfile {
        package: Vec<LockedPackage>,
    }
    #[derive(serde::Deserialize)]
    struct LockedPackage {
        name: String,
        version: String,
    }
    let lockfile: Lockfile = toml::from_str(lockfile).ok()?;
    lockfile
        .package
        .into_iter()
        .find(|package| package.name == name)
        .map(|package| package.version)
}

/// FNV-1a: a stable 64-bit hash for cache folder names.
fn fnv1a_hash(bytes: &[u8]) -> u64 {
    fnv1a_continue(FNV1A_START, bytes)
}

/// Where an FNV-1a hash starts.
pub const FNV1A_START: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a of `bytes` continuing from `hash` (several parts hashed as one).
pub fn fnv1a_continue(hash: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(hash, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}
