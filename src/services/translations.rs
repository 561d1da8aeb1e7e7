//! Fetching the interface's messages in one language.
//!
//! Only `boot.ftl` is compiled into the app; every other message of a language
//! sits in `locales/<code>.ftl` beside the page (xtask joins a language's
//! Fluent files into it before the build), fetched at start and when the pupil
//! switches language, so a pupil downloads one language rather than three.

use engine::i18n::{boot_source, Language, Localizer};

use crate::services::network::fetch_text;
use crate::state::LoadFailure;

/// Where the joined Fluent files sit, relative to the page.
const LOCALES_FOLDER: &str = "locales";

/// The address of `language`'s messages, relative to the page.
pub fn url_of(language: Language) -> String {
    format!("{LOCALES_FOLDER}/{}.ftl", language.code())
}

/// Fetches `language`'s messages: the result has them all, `boot.ftl`'s too.
pub async fn load(language: Language) -> Result<Localizer, LoadFailure> {
    let fetched = fetch_text(&url_of(language)).await?;
    Localizer::from_sources(language, &[boot_source(language), fetched.as_str()])
        .map_err(|error| LoadFailure::Damaged(error.to_string()))
}
