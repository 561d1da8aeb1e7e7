//! Reading the files a pupil or teacher picked with a file input.

use std::collections::BTreeMap;

use wasm_bindgen_futures::JsFuture;

/// The largest file read, in bytes: a pack is text, and storage holds about 5 MB.
pub const LARGEST_FILE_BYTES: f64 = 2_000_000.0;

/// Why the picked files could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileProblem {
    /// A file is larger than [`LARGEST_FILE_BYTES`].
    TooLarge(String),
    /// The browser could not read a file (or it is not text).
    Unreadable(String),
}

/// The picked files' texts by name (the name without any folder).
pub async fn read_picked_files(
    input: &web_sys::HtmlInputElement,
) -> Result<BTreeMap<String, String>, FileProblem> {
    let mut texts = BTreeMap::new();
    let Some(files) = input.files() else {
        return Ok(texts);
    };
    for index in 0..files.length() {
        let Some(file) = files.get(index) else {
            continue;
        };
        let name = file.name();
        if file.size() > LARGEST_FILE_BYTES {
            return Err(FileProblem::TooLarge(name));
        }
        let text = JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|text| text.as_string())
            .ok_or_else(|| FileProblem::Unreadable(name.clone()))?;
        texts.insert(name, text);
    }
    Ok(texts)
}
