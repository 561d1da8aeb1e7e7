//! Embeds the app's release files into the `sandbox` binary for `sandbox serve`.
//!
//! The folder comes from the `SANDBOX_APP_FILES` environment variable (`cargo
//! xtask dist` and `cargo xtask test` set it to the release build, `dist/`).
//! Every file is stored gzip-compressed at level 9 when that makes it smaller,
//! so the server sends compressed bytes without compressing per request.
//! Without the variable the binary has no app files and `sandbox serve` says
//! how to build one that has them.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-env-changed=SANDBOX_APP_FILES");
    println!("cargo:rerun-if-changed=build.rs");
    let out_folder = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    let mut table = String::from("&[\n");
    if let Some(folder) = std::env::var_os("SANDBOX_APP_FILES") {
        let folder = PathBuf::from(folder);
        println!("cargo:rerun-if-changed={}", folder.display());
        let mut files = Vec::new();
        collect_files(&folder, &folder, &mut files);
        files.sort();
        let stored_folder = out_folder.join("app-files");
        let _ = std::fs::remove_dir_all(&stored_folder);
        if let Err(error) = std::fs::create_dir_all(&stored_folder) {
            panic!("cannot create {}: {error}", stored_folder.display());
        }
        for (number, relative_path) in files.iter().enumerate() {
            let source = folder.join(relative_path);
            println!("cargo:rerun-if-changed={}", source.display());
            let bytes = match std::fs::read(&source) {
                Ok(bytes) => bytes,
                Err(error) => panic!("cannot read {}: {error}", source.display()),
            };
            let compressed = gzip(&bytes).filter(|compressed| compressed.len() + 64 < bytes.len());
            let is_compressed = compressed.is_some();
            let stored = compressed.as_ref().unwrap_or(&bytes);
            let stored_path = stored_folder.join(number.to_string());
            if let Err(error) = std::fs::write(&stored_path, stored) {
                panic!("cannot write {}: {error}", stored_path.display());
            }
            let _ = writeln!(
                table,
                "    AppFile {{ path: {relative_path:?}, stored: include_bytes!({stored_path:?}), \
                 is_gzip: {is_compressed}, size: {size}, tag: \"{tag:016x}\" }},",
                stored_path = stored_path.to_string_lossy(),
                size = bytes.len(),
                tag = fnv1a_hash(&bytes),
            );
        }
    }
    table.push(']');
    let generated = out_folder.join("app_files.rs");
    if let Err(error) = std::fs::write(&generated, table) {
        panic!("cannot write {}: {error}", generated.display());
    }
}

/// Every file under `folder`, as paths relative to `root` joined with `/`.
fn collect_files(root: &Path, folder: &Path, files: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_files(root, &path, files);
        } else if let Ok(relative) = path.strip_prefix(root) {
            let parts: Vec<String> = relative
                .components()
                .map(|part| part.as_os_str().to_string_lossy().into_owned())
                .collect();
            files.push(parts.join("/"));
        }
    }
}

fn gzip(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).ok()?;
    encoder.finish().ok()
}

/// FNV-1a of the file, its entity tag.
fn fnv1a_hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}
