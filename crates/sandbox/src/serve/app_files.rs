//! The app's release files, embedded in the binary by `build.rs`.

/// One file of the release build.
#[derive(Debug)]
pub struct AppFile {
    /// The path under the app's folder, with `/` between parts (`index.html`,
    /// `packs/robot.toml`).
    pub path: &'static str,
    /// The bytes as stored: gzip-compressed when `is_gzip`, else the file itself.
    pub stored: &'static [u8],
    /// Whether `stored` is gzip (files that do not get smaller are stored as they are).
    pub is_gzip: bool,
    /// The size of the file itself, uncompressed.
    pub size: usize,
    /// A hash of the file's bytes, sent as its entity tag.
    pub tag: &'static str,
}

/// Every file of the release build this binary was made with (empty when it
/// was built without `SANDBOX_APP_FILES`).
pub static APP_FILES: &[AppFile] = include!(concat!(env!("OUT_DIR"), "/app_files.rs"));

/// The file at `path`, if the app has one there.
pub fn find<'files>(files: &'files [AppFile], path: &str) -> Option<&'files AppFile> {
    files.iter().find(|file| file.path == path)
}

/// The `Content-Type` for a file, by its extension.
pub fn content_type(path: &str) -> &'static str {
    let extension = path.rsplit_once('.').map(|(_, extension)| extension);
    match extension.unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "toml" | "ftl" | "txt" | "md" | "py" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// Whether Trunk put a content hash in the file's name
/// (`bastau-36024e4fced505eb.js`; Trunk writes the 64-bit hash without
/// leading zeros, so 8 to 16 digits): such a file never changes, so browsers
/// may keep it forever. Trunk's hashed files are all at the top level; the
/// service worker (`www/offline/service-worker.js`) uses the same rule.
pub fn is_content_hashed(path: &str) -> bool {
    if path.contains('/') {
        return false;
    }
    let stem = path.split('.').next().unwrap_or(path);
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    match stem.rsplit_once('-') {
        Some((_, hash)) => {
            (8..=16).contains(&hash.len())
                && hash
                    .bytes()
                    .all(|byte| matches!(byte, b'0'..=b'9' | b'a'..=b'f'))
        }
        None => false,
    }
}
