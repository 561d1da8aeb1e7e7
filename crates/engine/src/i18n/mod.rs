//! The interface's translations: one Project Fluent file per language.
//!
//! Every string a pupil sees is a message in `crates/engine/locales/<code>/*.ftl`
//! (the interface, and the explanations of each area's errors).
//! Native programs (the tests, the `sandbox` runner) compile every file in
//! ([`Localizer::new`]). The browser app compiles in only `boot.ftl`, the few
//! messages needed before anything has downloaded ([`Localizer::boot`]), and
//! fetches the other files of the pupil's one language as a single file that
//! xtask joins from [`FETCHED_FILE_NAMES`] ([`Localizer::from_sources`]).

mod language;
mod localizer;

pub use language::Language;
pub use localizer::{Localizer, LocalizerError, MessageArgument};

/// The Fluent files of every language, by name; each language has the same files.
/// The first is [`BOOT_FILE_NAME`]; the others are [`FETCHED_FILE_NAMES`].
pub const FLUENT_FILE_NAMES: [&str; 10] = [
    BOOT_FILE_NAME,
    "interface.ftl",
    "python-lexer.ftl",
    "python-parser.ftl",
    "python-compiler.ftl",
    "python-runtime.ftl",
    "python-operations.ftl",
    "python-builtins.ftl",
    "python-commands.ftl",
    "lesson-packs.ftl",
];

/// The file of messages the app needs before it has fetched the others
/// (the language question's title, the crash and start-up failure messages).
pub const BOOT_FILE_NAME: &str = "boot.ftl";

/// The files the app fetches rather than compiles in, joined into one file per language.
pub const FETCHED_FILE_NAMES: [&str; 9] = [
    "interface.ftl",
    "python-lexer.ftl",
    "python-parser.ftl",
    "python-compiler.ftl",
    "python-runtime.ftl",
    "python-operations.ftl",
    "python-builtins.ftl",
    "python-commands.ftl",
    "lesson-packs.ftl",
];

/// The source of `language`'s [`BOOT_FILE_NAME`], compiled in everywhere.
pub fn boot_source(language: Language) -> &'static str {
    match language {
        Language::Kazakh => include_str!("../../locales/kk/boot.ftl"),
        Language::Russian => include_str!("../../locales/ru/boot.ftl"),
        Language::English => include_str!("../../locales/en/boot.ftl"),
    }
}

/// The Fluent sources of `language`, in [`FLUENT_FILE_NAMES`] order.
///
/// The browser app never calls this, so these files stay out of its wasm.
pub fn fluent_sources(language: Language) -> [&'static str; 10] {
    macro_rules! files_of {
        ($code:literal) => {
            [
                boot_source(language),
                include_str!(concat!("../../locales/", $code, "/interface.ftl")),
                include_str!(concat!("../../locales/", $code, "/python-lexer.ftl")),
                include_str!(concat!("../../locales/", $code, "/python-parser.ftl")),
                include_str!(concat!("../../locales/", $code, "/python-compiler.ftl")),
                include_str!(concat!("../../locales/", $code, "/python-runtime.ftl")),
                include_str!(concat!("../../locales/", $code, "/python-operations.ftl")),
                include_str!(concat!("../../locales/", $code, "/python-builtins.ftl")),
                include_str!(concat!("../../locales/", $code, "/python-commands.ftl")),
                include_str!(concat!("../../locales/", $code, "/lesson-packs.ftl")),
            ]
        };
    }
    match language {
        Language::Kazakh => files_of!("kk"),
        Language::Russian => files_of!("ru"),
        Language::English => files_of!("en"),
    }
}
