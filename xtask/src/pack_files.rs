//! Bundles each built-in lesson pack into one document,
//! `www/generated/packs/<pack-id>.toml`, and writes the list of packs
//! beside them (`index.toml`) with each pack's summary (its titles and
//! description, its lessons' ids and titles: `engine::pack::PackSummary`),
//! so the home page shows the packs without fetching one.
//!
//! Teachers write a pack as a folder (`lessons/<pack-id>/pack.toml` and a
//! file per lesson); the app fetches one file per pack. A pack with any
//! problem stops the build, with the problem's place. Trunk copies the
//! folder into `dist/packs/` (a `copy-dir` link in `www/index.html`); the
//! files are generated, so git ignores them. The packs' images (every file
//! of `lessons/` but the TOML sources and JSON Schemas) are copied to
//! `www/generated/lessons/`, which Trunk copies to `dist/lessons/`, where
//! lesson texts find them; the sources themselves stay out of the build.

use std::collections::BTreeMap;
use std::path::Path;

use engine::i18n::{Language, Localizer};
use engine::pack::{bundle_pack, lesson_files_of, load_pack, PackIndex};

use crate::steps::{project_root, say, Error};

/// The folder Trunk copies, relative to the project root.
pub const OUTPUT_FOLDER: &str = "www/generated/packs";

/// The folder of the packs' images Trunk copies, relative to the project root.
pub const IMAGES_FOLDER: &str = "www/generated/lessons";

/// Writes every built-in pack's document and the index.
pub fn write() -> Result<(), Error> {
    say("bundling the built-in lesson packs, one file per pack");
    let root = project_root();
    let lessons = root.join("lessons");
    let output = root.join(OUTPUT_FOLDER);
    std::fs::create_dir_all(&output)?;
    let index_source = std::fs::read_to_string(lessons.join("index.toml"))?;
    let index = PackIndex::parse(&index_source)
        .map_err(|error| Error::from(format!("lessons/{}: {:?}", error.place(), error.message)))?;
    let english = Localizer::new(Language::English);
    let mut packs = Vec::new();
    for pack_id in &index.packs {
        let folder = lessons.join(pack_id);
        let manifest = std::fs::read_to_string(folder.join("pack.toml"))?;
        let mut files = BTreeMap::new();
        for name in lesson_files_of(&manifest) {
            if let Ok(text) = std::fs::read_to_string(folder.join(&name)) {
                files.insert(name, text);
            }
        }
        let document = bundle_pack(&manifest, &files).map_err(|problems| {
            let lines: Vec<String> = problems
                .iter()
                .map(|problem| {
                    format!(
                        "lessons/{pack_id}/{}: {}",
                        problem.place(),
                        english.explanation(&problem.message)
                    )
                })
                .collect();
            Error::from(lines.join("\n"))
        })?;
        // The bundle of a pack that loaded loads: this only reads it back.
        let pack = load_pack(&document, &BTreeMap::new()).map_err(|_| {
            Error::from(format!("lessons/{pack_id}: the bundled pack does not load"))
        })?;
        packs.push(pack);
        std::fs::write(output.join(format!("{pack_id}.toml")), document)?;
    }
    std::fs::write(
        output.join("index.toml"),
        PackIndex::of_packs(&packs).to_document(),
    )?;
    copy_images(&lessons, &root.join(IMAGES_FOLDER))
}

/// Copies every file under `lessons` but the packs' sources into `images`
/// (emptied first, so a removed image does not linger in the build).
fn copy_images(lessons: &Path, images: &Path) -> Result<(), Error> {
    if images.exists() {
        std::fs::remove_dir_all(images)?;
    }
    std::fs::create_dir_all(images)?;
    let mut folders = vec![lessons.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder)? {
            let path = entry?.path();
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            let is_source = matches!(
                path.extension().and_then(|extension| extension.to_str()),
                Some("toml" | "json")
            );
            let Ok(relative) = path.strip_prefix(lessons) else {
                continue;
            };
            if !is_source {
                let target = images.join(relative);
                if let Some(parent) = target.parent() {
                    std::fs::create_dir_all(parent)?;
                }
                std::fs::copy(&path, target)?;
            }
        }
    }
    Ok(())
}
