//! Bundles each built-in lesson pack into one document,
//! `www/generated/packs/<pack-id>.toml`, and copies the list of packs
//! beside them (`index.toml`).
//!
//! Teachers write a pack as a folder (`lessons/<pack-id>/pack.toml` and a
//! file per lesson); the app fetches one file per pack. A pack with any
//! problem stops the build, with the problem's place. Trunk copies the
//! folder into `dist/packs/` (a `copy-dir` link in `www/index.html`); the
//! files are generated, so git ignores them. Images stay in `lessons/`,
//! which Trunk copies too.

use std::collections::BTreeMap;

use engine::i18n::{Language, Localizer, MessageArgument};
use engine::pack::{bundle_pack, lesson_files_of, PackIndex};

use crate::steps::{project_root, say, Error};

/// The folder Trunk copies, relative to the project root.
pub const OUTPUT_FOLDER: &str = "www/generated/packs";

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
                    let arguments: Vec<(&str, MessageArgument)> = problem
                        .message
                        .arguments
                        .iter()
                        .map(|(name, value)| (*name, MessageArgument::from(value.as_str())))
                        .collect();
                    format!(
                        "lessons/{pack_id}/{}: {}",
                        problem.place(),
                        english.text_with(problem.message.id, &arguments)
                    )
                })
                .collect();
            Error::from(lines.join("\n"))
        })?;
        std::fs::write(output.join(format!("{pack_id}.toml")), document)?;
    }
    std::fs::write(output.join("index.toml"), index_source)?;
    Ok(())
}
