//! How the interface looks for one pupil: the colour theme (the device's
//! choice, standard or high contrast), the interface's text size, and the
//! low-end mode that makes the stages draw less. Each profile keeps its own
//! ([`crate::progress::profiles`]); the app applies them to the page's root
//! element.
//!
//! In a profile's record they are four optional fields, each read on its
//! own: a missing, damaged or unknown value falls back to its default and
//! never makes the profile unreadable.

use crate::progress::json::JsonValue;

/// The interface text sizes the settings offer, in percent of the browser's
/// own size (the stylesheet is in `rem`, so the whole interface scales).
pub const TEXT_SIZES: [u32; 5] = [100, 115, 130, 150, 175];

/// The interface text size until the pupil chooses one.
pub const DEFAULT_TEXT_SIZE: u32 = 100;

/// The colour theme a pupil chose.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ThemeChoice {
    /// Whatever the device asks for (`prefers-contrast: more` gives high contrast).
    #[default]
    Device,
    /// The usual colours.
    Standard,
    /// Black, white and yellow, every text at 7:1 contrast or more.
    HighContrast,
}

/// The colours the page is drawn in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    /// The usual colours.
    Standard,
    /// Black, white and yellow.
    HighContrast,
}

impl ThemeChoice {
    /// Every choice, in the order the settings offer them.
    pub const ALL: [ThemeChoice; 3] = [
        ThemeChoice::Device,
        ThemeChoice::Standard,
        ThemeChoice::HighContrast,
    ];

    /// The choice's name in a stored record.
    pub fn code(self) -> &'static str {
        match self {
            ThemeChoice::Device => "device",
            ThemeChoice::Standard => "standard",
            ThemeChoice::HighContrast => "high-contrast",
        }
    }

    /// The choice stored as `code`; `None` for anything else.
    pub fn from_code(code: &str) -> Option<ThemeChoice> {
        ThemeChoice::ALL
            .into_iter()
            .find(|choice| choice.code() == code)
    }

    /// The message that names the choice in the settings.
    pub fn message_id(self) -> &'static str {
        match self {
            ThemeChoice::Device => "settings-theme-device",
            ThemeChoice::Standard => "settings-theme-standard",
            ThemeChoice::HighContrast => "settings-theme-high-contrast",
        }
    }

    /// The theme shown, given whether the device asks for more contrast.
    pub fn theme(self, device_wants_more_contrast: bool) -> Theme {
        match self {
            ThemeChoice::Device if device_wants_more_contrast => Theme::HighContrast,
            ThemeChoice::Device | ThemeChoice::Standard => Theme::Standard,
            ThemeChoice::HighContrast => Theme::HighContrast,
        }
    }
}

impl Theme {
    /// The value of the root element's `data-theme` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Theme::Standard => "standard",
            Theme::HighContrast => "high-contrast",
        }
    }
}

/// One pupil's display settings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DisplaySettings {
    /// The colour theme chosen.
    pub theme: ThemeChoice,
    /// The interface text size, one of [`TEXT_SIZES`].
    pub text_size: u32,
    /// Whether the stages draw less (for slow computers).
    pub low_end: bool,
    /// Whether the pupil closed the suggestion to turn low-end mode on: it
    /// is never shown again for this profile.
    pub low_end_suggestion_closed: bool,
}

impl Default for DisplaySettings {
    fn default() -> DisplaySettings {
        DisplaySettings {
            theme: ThemeChoice::Device,
            text_size: DEFAULT_TEXT_SIZE,
            low_end: false,
            low_end_suggestion_closed: false,
        }
    }
}

impl DisplaySettings {
    /// Whether the page should suggest low-end mode now that the frame rate
    /// stayed low: not when it is on already or the pupil said no.
    pub fn may_suggest_low_end(&self) -> bool {
        !self.low_end && !self.low_end_suggestion_closed
    }

    /// The fields a profile's record keeps: only those that differ from
    /// the defaults, so a profile that never changed them is stored as
    /// before these settings existed.
    pub fn to_fields(&self) -> Vec<(&'static str, Option<JsonValue>)> {
        let defaults = DisplaySettings::default();
        let flag =
            |value: bool, default: bool| (value != default).then_some(JsonValue::Bool(value));
        vec![
            (
                "theme",
                (self.theme != defaults.theme)
                    .then(|| JsonValue::Text(self.theme.code().to_owned())),
            ),
            (
                "text_size",
                (self.text_size != defaults.text_size)
                    .then(|| JsonValue::count(u64::from(self.text_size))),
            ),
            ("low_end", flag(self.low_end, defaults.low_end)),
            (
                "low_end_suggestion_closed",
                flag(
                    self.low_end_suggestion_closed,
                    defaults.low_end_suggestion_closed,
                ),
            ),
        ]
    }

    /// The settings kept in a profile's record: each field on its own, a
    /// missing or unusable one at its default.
    pub fn from_record(record: &JsonValue) -> DisplaySettings {
        let flag = |name: &str| matches!(record.field(name), Some(JsonValue::Bool(true)));
        DisplaySettings {
            theme: record
                .field("theme")
                .and_then(JsonValue::as_text)
                .and_then(ThemeChoice::from_code)
                .unwrap_or_default(),
            text_size: record
                .field("text_size")
                .and_then(JsonValue::as_count)
                .and_then(|size| u32::try_from(size).ok())
                .map_or(DEFAULT_TEXT_SIZE, nearest_text_size),
            low_end: flag("low_end"),
            low_end_suggestion_closed: flag("low_end_suggestion_closed"),
        }
    }
}

/// The offered text size nearest to `text_size` (in percent).
pub fn nearest_text_size(text_size: u32) -> u32 {
    TEXT_SIZES
        .into_iter()
        .min_by_key(|offered| offered.abs_diff(text_size))
        .unwrap_or(DEFAULT_TEXT_SIZE)
}
