//! The interface's translations: one Project Fluent file per language.
//!
//! Every string a pupil sees is a message in `crates/engine/locales/<code>/*.ftl`
//! (the interface, and the explanations of each area's errors).
//! The files are compiled into the program (they are small and needed at once);
//! lesson packs, which are large, are fetched separately.

mod language;
mod localizer;

pub use language::Language;
pub use localizer::{Localizer, MessageArgument};

/// The Fluent files of every language, by name; each language has the same files.
pub const FLUENT_FILE_NAMES: [&str; 8] = [
    "interface.ftl",
    "python-lexer.ftl",
    "python-parser.ftl",
    "python-compiler.ftl",
    "python-runtime.ftl",
    "python-operations.ftl",
    "python-builtins.ftl",
    "python-commands.ftl",
];

/// The Fluent sources of `language`, in [`FLUENT_FILE_NAMES`] order.
pub fn fluent_sources(language: Language) -> [&'static str; 8] {
    macro_rules! files_of {
        ($code:literal) => {
            [
                include_str!(concat!("../../locales/", $code, "/interface.ftl")),
                include_str!(concat!("../../locales/", $code, "/python-lexer.ftl")),
                include_str!(concat!("../../locales/", $code, "/python-parser.ftl")),
                include_str!(concat!("../../locales/", $code, "/python-compiler.ftl")),
                include_str!(concat!("../../locales/", $code, "/python-runtime.ftl")),
                include_str!(concat!("../../locales/", $code, "/python-operations.ftl")),
                include_str!(concat!("../../locales/", $code, "/python-builtins.ftl")),
                include_str!(concat!("../../locales/", $code, "/python-commands.ftl")),
            ]
        };
    }
    match language {
        Language::Kazakh => files_of!("kk"),
        Language::Russian => files_of!("ru"),
        Language::English => files_of!("en"),
    }
}
