//! The service worker of the release build: `www/offline/service-worker.js`
//! with the release's id and the list of every file filled in, written to
//! `dist/service-worker.js` after Trunk has hashed the files' names.
//!
//! The release id is a hash of every file's path and bytes, so two builds
//! with the same files are the same release and any change is a new one.

use std::fs;
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::steps::{say, Error};
use crate::tools::{fnv1a_continue, FNV1A_START};

/// The worker's name in the build; the page registers it by this name.
pub const SERVICE_WORKER_FILE: &str = "service-worker.js";

/// Writes `dist/service-worker.js` from the template in `www/offline/`;
/// returns the release id.
pub fn write_service_worker(dist: &Path, template: &str) -> Result<String, Error> {
    let mut files = Vec::new();
    for path in build_files(dist)? {
        if path != SERVICE_WORKER_FILE {
            let bytes = fs::read(dist.join(&path))?;
            files.push((path, bytes));
        }
    }
    if !files.iter().any(|(path, _)| path == "index.html") {
        return Err(Error::from(format!(
            "{} has no index.html: not a release build",
            dist.display()
        )));
    }
    let mut hash = FNV1A_START;
    for (path, bytes) in &files {
        hash = fnv1a_continue(hash, path.as_bytes());
        hash = fnv1a_continue(hash, &[0]);
        hash = fnv1a_continue(hash, bytes);
    }
    let release = format!("{hash:016x}");
    let list = files
        .iter()
        .map(|(path, bytes)| {
            let digest: String = Sha256::digest(bytes)
                .iter()
                .map(|byte| format!("{byte:02x}"))
                .collect();
            format!("    [{}, \"{digest}\"]", json_string(path))
        })
        .collect::<Vec<_>>()
        .join(",\n");
    if !template.contains("'__RELEASE__'") || !template.contains("__FILES__") {
        return Err(Error::from(
            "the service worker template lacks '__RELEASE__' or __FILES__",
        ));
    }
    let worker = template
        .replace("'__RELEASE__'", &json_string(&release))
        .replace("__FILES__", &format!("[\n{list}\n]"));
    fs::write(dist.join(SERVICE_WORKER_FILE), worker)?;
    say(&format!(
        "service worker for release {release}: {} files precached",
        files.len()
    ));
    Ok(release)
}

/// The template's text, from `www/offline/service-worker.js`.
pub fn template(project_root: &Path) -> Result<String, Error> {
    Ok(fs::read_to_string(
        project_root.join("www/offline/service-worker.js"),
    )?)
}

/// Every file of the build under `dist`, as sorted paths relative to it
/// joined with `/`; hidden files (Trunk's `.stage`) are left out.
pub fn build_files(dist: &Path) -> Result<Vec<String>, Error> {
    let mut files = Vec::new();
    let mut folders = vec![dist.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder)? {
            let path = entry?.path();
            let name = path
                .file_name()
                .and_then(|name| name.to_str())
                .unwrap_or("");
            if name.starts_with('.') {
                continue;
            }
            if path.is_dir() {
                folders.push(path);
            } else if let Ok(relative) = path.strip_prefix(dist) {
                let parts: Vec<String> = relative
                    .components()
                    .map(|part| part.as_os_str().to_string_lossy().into_owned())
                    .collect();
                files.push(parts.join("/"));
            }
        }
    }
    files.sort();
    Ok(files)
}

/// A JavaScript string literal (file names are plain, but quotes and
/// backslashes are escaped all the same).
fn json_string(text: &str) -> String {
    let mut literal = String::from("\"");
    for character in text.chars() {
        match character {
            '"' => literal.push_str("\\\""),
            '\\' => literal.push_str("\\\\"),
            character if (character as u32) < 0x20 => {
                literal.push_str(&format!("\\u{:04x}", character as u32));
            }
            character => literal.push(character),
        }
    }
    literal.push('"');
    literal
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn build_folder(name: &str, files: &[(&str, &str)]) -> std::path::PathBuf {
        let folder =
            std::env::temp_dir().join(format!("xtask-offline-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&folder);
        for (path, text) in files {
            let path = folder.join(path);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, text).unwrap();
        }
        folder
    }

    #[test]
    fn the_worker_lists_every_file_and_its_release_follows_their_bytes() {
        let template = template(&crate::steps::project_root()).unwrap();
        let files = [
            ("index.html", "<p>A</p>"),
            ("app-0123456789abcdef_bg.wasm", "wasm"),
            ("packs/robot.toml", "id = 'robot'"),
            (".stage/ignored", "x"),
        ];
        let first = build_folder("first", &files);
        let release = write_service_worker(&first, &template).unwrap();
        let worker = fs::read_to_string(first.join(SERVICE_WORKER_FILE)).unwrap();
        assert!(worker.contains(&format!("const RELEASE = \"{release}\";")));
        // The files in order, each with the SHA-256 of its bytes (as `sha256sum` prints it).
        assert!(
            worker.contains(concat!(
                "const FILES = [\n",
                "    [\"app-0123456789abcdef_bg.wasm\", \"336154bf67f765f8f75d16a0accee61b5ee5f6a75b2a2905703df913bd550f3e\"],\n",
                "    [\"index.html\", \"88f8e72647fda6eedd96d8678131dd1b6320185127612942a7c7e184c516f626\"],\n",
                "    [\"packs/robot.toml\", \"5ae4bb883de96ffedf35b542f58ae51a0e963a1a5ea49f1bdafec28074072b31\"]\n",
                "];",
            )),
            "{worker}"
        );
        // Writing it again (the worker itself is not one of the files) gives the same release.
        assert_eq!(write_service_worker(&first, &template).unwrap(), release);

        let mut changed = files;
        changed[2] = ("packs/robot.toml", "id = 'robot2'");
        let second = build_folder("second", &changed);
        assert_ne!(write_service_worker(&second, &template).unwrap(), release);

        let empty = build_folder("empty", &[("packs/robot.toml", "")]);
        assert!(write_service_worker(&empty, &template).is_err());
        for folder in [first, second, empty] {
            fs::remove_dir_all(folder).unwrap();
        }
    }
}
