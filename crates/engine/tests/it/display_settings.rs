//! The display settings each profile keeps (theme, text size, low-end
//! mode), read back from damaged records, and the rule that says when the
//! animation runs too slowly.

use engine::display_settings::{
    nearest_text_size, DisplaySettings, Theme, ThemeChoice, DEFAULT_TEXT_SIZE, TEXT_SIZES,
};
use engine::frame_rate::{frame_rate_is_low, FrameRateWatch};
use engine::progress::profiles::{load_profiles, save_profiles, Profiles, PROFILES_KEY};
use engine::storage::{KeyValueStore, MemoryStore};

/// A kept list with one profile whose fields after `font_size` are `display_fields`.
fn stored_profile_with(display_fields: &str) -> String {
    format!(
        "{{\"version\":2,\"profiles\":[{{\"id\":\"p1\",\"name\":\"Аружан\",\"place\":\"k3x9q2ma0z\",\"language\":\"kk\",\"font_size\":24{display_fields}}}]}}"
    )
}

#[track_caller]
fn check_read(display_fields: &str, expect: DisplaySettings) {
    let mut store = MemoryStore::new();
    store
        .write(PROFILES_KEY, &stored_profile_with(display_fields))
        .unwrap();
    let loaded = load_profiles(&mut store).unwrap();
    assert_eq!(loaded.set_aside, None, "the list stays readable");
    let profile = &loaded.profiles.list[0];
    assert_eq!(profile.name, "Аружан");
    assert_eq!(profile.editor_font_size, 24);
    assert_eq!(profile.display, expect, "fields {display_fields:?}");
}

#[test]
fn display_settings_are_kept_per_profile() {
    let mut store = MemoryStore::new();
    let mut profiles = Profiles::default();
    profiles.add("Аружан", None, 1).unwrap();
    profiles.add("Данияр", None, 2).unwrap();
    assert_eq!(profiles.list[0].display, DisplaySettings::default());
    let untouched = profiles.to_record();
    for field in ["theme", "text_size", "low_end"] {
        assert!(
            !untouched.contains(field),
            "default settings are not written: {untouched}"
        );
    }
    profiles.list[0].display = DisplaySettings {
        theme: ThemeChoice::HighContrast,
        text_size: 150,
        low_end: true,
        low_end_suggestion_closed: true,
    };
    save_profiles(&mut store, &profiles).unwrap();
    let loaded = load_profiles(&mut store).unwrap().profiles;
    assert_eq!(loaded, profiles);
    assert_eq!(loaded.list[0].display.theme, ThemeChoice::HighContrast);
    assert_eq!(loaded.list[0].display.text_size, 150);
    assert_eq!(loaded.list[1].display, DisplaySettings::default());
    let written = store.read(PROFILES_KEY).unwrap().unwrap();
    assert!(
        written.contains("\"theme\":\"high-contrast\",\"text_size\":150,\"low_end\":true,\"low_end_suggestion_closed\":true}"),
        "{written}"
    );
}

#[test]
fn a_record_from_before_display_settings_reads_with_the_defaults() {
    check_read("", DisplaySettings::default());
}

#[test]
fn damaged_display_settings_fall_back_one_by_one() {
    check_read(
        ",\"theme\":\"purple\",\"text_size\":\"big\",\"low_end\":\"yes\",\"low_end_suggestion_closed\":1",
        DisplaySettings::default(),
    );
    check_read(
        ",\"theme\":7,\"text_size\":-3,\"low_end\":null,\"low_end_suggestion_closed\":[true]",
        DisplaySettings::default(),
    );
    check_read(
        ",\"theme\":{\"x\":1},\"text_size\":1.5e300,\"low_end\":{},\"low_end_suggestion_closed\":\"true\"",
        DisplaySettings::default(),
    );
    check_read(
        ",\"theme\":\"high-contrast\",\"text_size\":99999999999999999999,\"low_end\":true",
        DisplaySettings {
            theme: ThemeChoice::HighContrast,
            low_end: true,
            ..DisplaySettings::default()
        },
    );
    check_read(
        ",\"theme\":\"standard\",\"text_size\":999,\"low_end_suggestion_closed\":true",
        DisplaySettings {
            theme: ThemeChoice::Standard,
            text_size: 175,
            low_end_suggestion_closed: true,
            ..DisplaySettings::default()
        },
    );
    check_read(
        ",\"text_size\":128",
        DisplaySettings {
            text_size: 130,
            ..DisplaySettings::default()
        },
    );
}

#[test]
fn a_text_size_not_offered_is_kept_as_the_nearest_offered() {
    assert_eq!(nearest_text_size(0), 100);
    assert_eq!(nearest_text_size(120), 115);
    assert_eq!(nearest_text_size(u32::MAX), 175);
    for offered in TEXT_SIZES {
        assert_eq!(nearest_text_size(offered), offered);
    }
    assert!(TEXT_SIZES.contains(&DEFAULT_TEXT_SIZE));
}

#[test]
fn the_theme_follows_the_device_unless_the_pupil_chose() {
    assert_eq!(ThemeChoice::Device.theme(false), Theme::Standard);
    assert_eq!(ThemeChoice::Device.theme(true), Theme::HighContrast);
    assert_eq!(ThemeChoice::Standard.theme(true), Theme::Standard);
    assert_eq!(ThemeChoice::HighContrast.theme(false), Theme::HighContrast);
    for choice in ThemeChoice::ALL {
        assert_eq!(ThemeChoice::from_code(choice.code()), Some(choice));
    }
    assert_eq!(ThemeChoice::from_code("High-Contrast"), None);
    assert_eq!(Theme::HighContrast.code(), "high-contrast");
}

#[test]
fn low_end_mode_is_suggested_only_when_off_and_not_refused() {
    let settings = DisplaySettings::default();
    assert!(settings.may_suggest_low_end());
    let on = DisplaySettings {
        low_end: true,
        ..settings
    };
    assert!(!on.may_suggest_low_end());
    let refused = DisplaySettings {
        low_end_suggestion_closed: true,
        ..settings
    };
    assert!(!refused.may_suggest_low_end());
}

/// `seconds` of frames at `rate` frames a second.
fn frames(rate: f64, seconds: f64) -> impl Iterator<Item = f64> {
    std::iter::repeat_n(1000.0 / rate, (rate * seconds).round() as usize)
}

#[test]
fn a_smooth_animation_is_never_low() {
    assert!(!frame_rate_is_low(frames(60.0, 10.0)));
    assert!(!frame_rate_is_low(frames(45.0, 10.0)));
    assert!(!frame_rate_is_low(std::iter::empty()));
}

#[test]
fn a_slow_animation_is_low_after_three_seconds() {
    assert!(
        !frame_rate_is_low(frames(30.0, 2.8)),
        "not yet three seconds"
    );
    assert!(frame_rate_is_low(frames(30.0, 3.1)));
    assert!(frame_rate_is_low(frames(10.0, 3.5)));
    assert!(frame_rate_is_low(frames(38.0, 4.0)));
    let mut watch = FrameRateWatch::new();
    for duration in frames(20.0, 3.0) {
        watch.record_frame(duration);
    }
    let rate = watch.frames_per_second().unwrap();
    assert!((rate - 20.0).abs() < 0.5, "{rate}");
}

#[test]
fn only_the_last_three_seconds_count() {
    assert!(frame_rate_is_low(
        frames(60.0, 5.0).chain(frames(25.0, 3.2))
    ));
    assert!(!frame_rate_is_low(
        frames(25.0, 5.0).chain(frames(60.0, 3.2))
    ));
    // A short stutter in a smooth animation is not slowness.
    assert!(!frame_rate_is_low(
        frames(60.0, 3.0)
            .chain(frames(5.0, 0.6))
            .chain(frames(60.0, 1.0))
    ));
}

#[test]
fn a_pause_starts_the_watch_afresh() {
    let slow_then_pause = frames(25.0, 2.0).chain([2000.0]).chain(frames(25.0, 2.0));
    assert!(!frame_rate_is_low(slow_then_pause));
    let mut watch = FrameRateWatch::new();
    for duration in frames(25.0, 3.5) {
        watch.record_frame(duration);
    }
    assert!(watch.is_low());
    watch.forget();
    assert!(!watch.is_low());
    assert_eq!(watch.frames_per_second(), None);
}

#[test]
fn durations_that_are_not_numbers_are_ignored() {
    let odd = [f64::NAN, -16.0, 0.0, f64::INFINITY, f64::NEG_INFINITY];
    assert!(!frame_rate_is_low(
        frames(60.0, 4.0).chain(odd).chain(frames(60.0, 1.0))
    ));
    assert!(frame_rate_is_low(frames(25.0, 4.0).chain(odd)));
}
