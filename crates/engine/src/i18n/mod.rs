//! The interface's translations: one Project Fluent file per language.
//!
//! Every string a pupil sees is a message in `crates/engine/locales/<code>.ftl`.
//! The files are compiled into the program (they are small and needed at once);
//! lesson packs, which are large, are fetched separately.

mod language;
mod localizer;

pub use language::Language;
pub use localizer::{Localizer, MessageArgument};

/// The Fluent source of every supported language, in [`Language::ALL`] order.
pub fn fluent_source(language: Language) -> &'static str {
    match language {
        Language::Kazakh => include_str!("../../locales/kk.ftl"),
        Language::Russian => include_str!("../../locales/ru.ftl"),
        Language::English => include_str!("../../locales/en.ftl"),
    }
}
