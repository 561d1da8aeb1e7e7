//! Joins each language's fetched Fluent files into `www/generated/locales/<code>.ftl`.
//!
//! The app compiles in only `boot.ftl` (see `engine::i18n`); the other files of
//! a language are fetched at start as this one joined file, so a pupil
//! downloads one language, not three. Trunk copies the folder into `dist/`
//! (a `copy-dir` link in `www/index.html`). The files are made before every
//! Trunk build and before `trunk serve`; they are generated, so git ignores
//! them.

use engine::i18n::{boot_source, Language, Localizer, FETCHED_FILE_NAMES};

use crate::steps::{project_root, say, Error};

/// The folder Trunk copies, relative to the project root.
pub const OUTPUT_FOLDER: &str = "www/generated/locales";

/// Writes the joined file of every language, after checking that it parses.
pub fn write() -> Result<(), Error> {
    say("joining the fetched Fluent files, one file per language");
    let root = project_root();
    let output = root.join(OUTPUT_FOLDER);
    std::fs::create_dir_all(&output)?;
    for language in Language::ALL {
        let code = language.code();
        let mut joined = String::new();
        for file_name in FETCHED_FILE_NAMES {
            let path = root
                .join("crates/engine/locales")
                .join(code)
                .join(file_name);
            let source = std::fs::read_to_string(&path)
                .map_err(|error| Error::from(format!("{}: {error}", path.display())))?;
            joined.push_str(&source);
            if !joined.ends_with('\n') {
                joined.push('\n');
            }
        }
        Localizer::from_sources(language, &[boot_source(language), joined.as_str()])
            .map_err(|error| Error::from(format!("the joined {code}.ftl: {error}")))?;
        std::fs::write(output.join(format!("{code}.ftl")), joined)?;
    }
    Ok(())
}
