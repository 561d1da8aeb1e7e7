//! The language the classroom server speaks in the teacher's terminal:
//! `--lang`, else the system's (`LC_ALL`, `LC_MESSAGES`, `LANG`; on Windows
//! the user's interface language), else the school default.

use engine::i18n::Language;

/// The teacher's language, `chosen` first.
pub fn terminal_language(chosen: Option<Language>) -> Language {
    if let Some(language) = chosen {
        return language;
    }
    let from_environment = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())
        .and_then(|value| Language::from_code(&value));
    from_environment
        .or_else(windows_interface_language)
        .unwrap_or(Language::SCHOOL_DEFAULT)
}

#[cfg(windows)]
fn windows_interface_language() -> Option<Language> {
    // SAFETY: takes no arguments and only reads the user's setting.
    let language_id = unsafe { windows_sys::Win32::Globalization::GetUserDefaultUILanguage() };
    // The primary language is the low 10 bits of a LANGID.
    match language_id & 0x3ff {
        0x3f => Some(Language::Kazakh),
        0x19 => Some(Language::Russian),
        0x09 => Some(Language::English),
        _ => None,
    }
}

#[cfg(not(windows))]
fn windows_interface_language() -> Option<Language> {
    None
}
