//! The three languages of the interface and the lessons.

/// A language the interface and the lessons come in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Language {
    /// Қазақша.
    Kazakh,
    /// Русский.
    Russian,
    /// English.
    English,
}

impl Language {
    /// Every supported language, in the order the language question shows them.
    pub const ALL: [Language; 3] = [Language::Kazakh, Language::Russian, Language::English];

    /// The language a school browser most likely wants when nothing else is known.
    pub const SCHOOL_DEFAULT: Language = Language::Russian;

    /// The BCP 47 code (`kk`, `ru`, `en`) used in files, links and storage.
    pub fn code(self) -> &'static str {
        match self {
            Language::Kazakh => "kk",
            Language::Russian => "ru",
            Language::English => "en",
        }
    }

    /// The language's name written in itself, as the language question shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::Kazakh => "Қазақша",
            Language::Russian => "Русский",
            Language::English => "English",
        }
    }

    /// Reads a code such as `kk`, `ru-RU` or `EN`; `None` for any other language.
    pub fn from_code(code: &str) -> Option<Language> {
        let primary_subtag = code.trim().split(['-', '_']).next().unwrap_or_default();
        Language::ALL
            .into_iter()
            .find(|language| primary_subtag.eq_ignore_ascii_case(language.code()))
    }

    /// The first supported language among a browser's preferred ones (as in
    /// `navigator.languages`), or [`Language::SCHOOL_DEFAULT`] when none is.
    pub fn from_browser_preferences<'a>(tags: impl IntoIterator<Item = &'a str>) -> Language {
        tags.into_iter()
            .find_map(Language::from_code)
            .unwrap_or(Language::SCHOOL_DEFAULT)
    }
}
