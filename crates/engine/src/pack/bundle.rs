//! One document from a pack's folder: each `[[lessons]]` entry of `pack.toml`
//! that names a `file` gets that file's fields inline. Built-in packs ship
//! this way (one download per pack), and a teacher shares a pack as one file.

use std::collections::BTreeMap;

use super::load::{load_pack, MANIFEST_FILE};
use super::PackError;

/// The pack as one `pack.toml` with every lesson inline. The pack is loaded
/// (and so checked) first: a pack with problems is not bundled.
pub fn bundle_pack(
    manifest_source: &str,
    files: &BTreeMap<String, String>,
) -> Result<String, Vec<PackError>> {
    load_pack(manifest_source, files)?;
    let unreadable = |detail: String| {
        vec![PackError {
            file: MANIFEST_FILE.to_owned(),
            line: None,
            column: None,
            message: super::error::message("pack-error-syntax", &[("detail", &detail)]),
        }]
    };
    let mut manifest: toml::Table =
        toml::from_str(manifest_source).map_err(|error| unreadable(error.to_string()))?;
    if let Some(toml::Value::Array(lessons)) = manifest.get_mut("lessons") {
        for entry in lessons.iter_mut() {
            let toml::Value::Table(entry) = entry else {
                continue;
            };
            let Some(toml::Value::String(file)) = entry.remove("file") else {
                continue;
            };
            let source = files.get(&file).map(String::as_str).unwrap_or_default();
            let fields: toml::Table =
                toml::from_str(source).map_err(|error| unreadable(error.to_string()))?;
            entry.extend(fields);
        }
    }
    toml::to_string(&manifest).map_err(|error| unreadable(error.to_string()))
}
