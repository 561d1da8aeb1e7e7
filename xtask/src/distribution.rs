//! `cargo xtask dist`: what a school needs, in `target/dist/`:
//!
//! - `bastau-sandbox-linux-x86_64` and `bastau-sandbox-windows-x86_64.exe`:
//!   the `sandbox` tool with the release build embedded (`sandbox serve`
//!   serves a classroom; double-clicking the Windows one does the same and
//!   opens the browser). The Windows one is cross-compiled with Debian's
//!   MinGW-w64, installed on first use.
//! - `bastau-web.zip`: the release build's files in a `bastau/` folder, for
//!   any static web server.

use std::fs;
use std::io::Write as _;
use std::path::Path;

use crate::steps::{build_sandbox, project_root, release_build, say, Error};
use crate::{offline, size, tools};

/// `cargo xtask dist`.
pub fn dist() -> Result<(), Error> {
    let tools = tools::ensure_build_tools()?;
    let root = project_root();
    let dist = root.join("dist");
    let label = commit_label();
    release_build(&tools, &dist, label.as_deref())?;
    size::report(&dist)?;
    let output = root.join("target/dist");
    fs::create_dir_all(&output)?;

    say("sandbox for Linux (release, with the app inside)");
    build_sandbox(&dist, "release", None, &[])?;
    let linux = output.join("bastau-sandbox-linux-x86_64");
    fs::copy(root.join("target/release/sandbox"), &linux)?;

    let linker = tools::ensure_windows_cross_build()?;
    say("sandbox for Windows (cross-compiled with MinGW-w64)");
    build_sandbox(
        &dist,
        "release",
        Some(tools::WINDOWS_TARGET),
        &[(
            "CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER",
            linker.to_owned(),
        )],
    )?;
    let windows = output.join("bastau-sandbox-windows-x86_64.exe");
    fs::copy(
        root.join(format!(
            "target/{}/release/sandbox.exe",
            tools::WINDOWS_TARGET
        )),
        &windows,
    )?;

    let zip = output.join("bastau-web.zip");
    say("zip of the static files");
    write_zip(&dist, &zip)?;

    say("made:");
    for path in [&linux, &windows, &zip] {
        let size = fs::metadata(path)?.len();
        println!("    {:<56} {:>8.1} MB", path.display(), size as f64 / 1e6);
    }
    Ok(())
}

/// The commit the build is made from, shown in the app's settings.
fn commit_label() -> Option<String> {
    let output = std::process::Command::new("git")
        .args(["rev-parse", "--short=10", "HEAD"])
        .current_dir(project_root())
        .output()
        .ok()?;
    let label = String::from_utf8(output.stdout).ok()?.trim().to_owned();
    (output.status.success() && !label.is_empty()).then_some(label)
}

/// Every file under `folder` into a zip, under `bastau/`.
fn write_zip(folder: &Path, zip_path: &Path) -> Result<(), Error> {
    let files = offline::build_files(folder)?;
    let mut writer = zip::ZipWriter::new(fs::File::create(zip_path)?);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(9));
    for relative in files {
        writer
            .start_file(format!("bastau/{relative}"), options)
            .map_err(|error| Error::from(format!("zip: {error}")))?;
        writer.write_all(&fs::read(folder.join(&relative))?)?;
    }
    writer
        .finish()
        .map_err(|error| Error::from(format!("zip: {error}")))?;
    Ok(())
}
