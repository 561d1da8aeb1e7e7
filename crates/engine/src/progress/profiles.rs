//! The pupils who use one browser: named profiles, each with its own
//! progress, language, editor font size and display settings
//! ([`crate::display_settings`]).
//!
//! `bastau.v2.profiles` holds
//! `{"version":2,"profiles":[{"id":"p1","name":"Аружан","place":"k3x9q2ma0z","language":"kk","font_size":18}]}`,
//! and, when the pupil changed them, the display settings: `"theme":"high-contrast"`,
//! `"text_size":130`, `"low_end":true`, `"low_end_suggestion_closed":true`.
//! `id` names the profile's keys; `place` is a random id, different on every
//! browser, that counts the profile's edits apart from those made elsewhere
//! ([`super::lesson_progress::EditCounts`]). A profile's name may be empty
//! (the profile made on a first visit): the app shows it as "Pupil 1".

use super::json::{object, parse_json, JsonValue};
use super::lesson_progress::{is_place_id, PROGRESS_SCHEMA_VERSION};
use super::{keep_aside, profile_key_prefix};
use crate::display_settings::DisplaySettings;
use crate::i18n::Language;
use crate::settings::{nearest_editor_font_size, DEFAULT_EDITOR_FONT_SIZE};
use crate::storage::{KeyValueStore, StorageError};

/// The key of the list of profiles.
pub const PROFILES_KEY: &str = "bastau.v2.profiles";

/// The longest name a profile may have, in characters.
pub const LONGEST_PROFILE_NAME: usize = 40;

/// The most profiles one browser keeps (a class and its teacher).
pub const MOST_PROFILES: usize = 60;

/// One pupil on this browser.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Profile {
    /// `p1`, `p2`, ...: names the profile's keys.
    pub id: String,
    /// The pupil's name as they typed it; may be empty.
    pub name: String,
    /// This profile's random place id on this browser.
    pub place: String,
    /// The interface language the pupil chose.
    pub language: Option<Language>,
    /// The code editor's font size the pupil chose.
    pub editor_font_size: u32,
    /// The theme, text size and low-end mode the pupil chose.
    pub display: DisplaySettings,
}

/// Why a name cannot be a profile's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProfileNameProblem {
    /// Nothing but spaces.
    Empty,
    /// Longer than [`LONGEST_PROFILE_NAME`].
    TooLong,
    /// Another profile has it (letter case aside).
    Taken,
    /// There are [`MOST_PROFILES`] already.
    TooMany,
}

impl ProfileNameProblem {
    /// The message that says so.
    pub fn message_id(self) -> &'static str {
        match self {
            ProfileNameProblem::Empty => "profile-name-empty",
            ProfileNameProblem::TooLong => "profile-name-too-long",
            ProfileNameProblem::Taken => "profile-name-taken",
            ProfileNameProblem::TooMany => "profile-too-many",
        }
    }
}

/// Every profile on this browser, in the order they were made.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Profiles {
    /// The profiles.
    pub list: Vec<Profile>,
}

/// The profiles as loaded, and where an unreadable list was kept aside.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadedProfiles {
    /// The profiles that could be read.
    pub profiles: Profiles,
    /// The key an unreadable list was moved to.
    pub set_aside: Option<String>,
}

impl Profiles {
    /// The profile `id`.
    pub fn get(&self, id: &str) -> Option<&Profile> {
        self.list.iter().find(|profile| profile.id == id)
    }

    /// The profile `id`, to change.
    pub fn get_mut(&mut self, id: &str) -> Option<&mut Profile> {
        self.list.iter_mut().find(|profile| profile.id == id)
    }

    /// A name made tidy (spaces trimmed) or why it cannot be used by a
    /// profile other than `except_id`.
    pub fn check_name(&self, name: &str, except_id: &str) -> Result<String, ProfileNameProblem> {
        let name: String = name
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .chars()
            .filter(|character| !character.is_control())
            .collect();
        if name.is_empty() {
            return Err(ProfileNameProblem::Empty);
        }
        if name.chars().count() > LONGEST_PROFILE_NAME {
            return Err(ProfileNameProblem::TooLong);
        }
        let lower = name.to_lowercase();
        if self
            .list
            .iter()
            .any(|profile| profile.id != except_id && profile.name.to_lowercase() == lower)
        {
            return Err(ProfileNameProblem::Taken);
        }
        Ok(name)
    }

    /// Adds a profile named `name` (may be empty: the first visit's profile)
    /// whose place id is drawn from `seed`, and returns its id.
    pub fn add(
        &mut self,
        name: &str,
        language: Option<Language>,
        seed: u64,
    ) -> Result<String, ProfileNameProblem> {
        if self.list.len() >= MOST_PROFILES {
            return Err(ProfileNameProblem::TooMany);
        }
        let name = if name.trim().is_empty() {
            String::new()
        } else {
            self.check_name(name, "")?
        };
        let number = (1..)
            .find(|number| self.get(&format!("p{number}")).is_none())
            .unwrap_or(1);
        let id = format!("p{number}");
        self.list.push(Profile {
            id: id.clone(),
            name,
            place: place_from_seed(seed),
            language,
            editor_font_size: DEFAULT_EDITOR_FONT_SIZE,
            display: DisplaySettings::default(),
        });
        Ok(id)
    }

    /// The list's JSON text.
    pub fn to_record(&self) -> String {
        let profiles = self
            .list
            .iter()
            .map(|profile| {
                let mut fields = vec![
                    ("id", Some(JsonValue::Text(profile.id.clone()))),
                    ("name", Some(JsonValue::Text(profile.name.clone()))),
                    ("place", Some(JsonValue::Text(profile.place.clone()))),
                    (
                        "language",
                        profile
                            .language
                            .map(|language| JsonValue::Text(language.code().to_owned())),
                    ),
                    (
                        "font_size",
                        Some(JsonValue::count(u64::from(profile.editor_font_size))),
                    ),
                ];
                fields.extend(profile.display.to_fields());
                object(fields)
            })
            .collect();
        object(vec![
            ("version", Some(JsonValue::count(PROGRESS_SCHEMA_VERSION))),
            ("profiles", Some(JsonValue::List(profiles))),
        ])
        .to_compact_text()
    }

    /// Reads the list's JSON text; `None` when it is not a list of version 2.
    pub fn from_record(record: &str) -> Option<Profiles> {
        let value = parse_json(record)?;
        if value.field("version")?.as_count()? != PROGRESS_SCHEMA_VERSION {
            return None;
        }
        let JsonValue::List(items) = value.field("profiles")? else {
            return None;
        };
        let mut profiles = Profiles::default();
        for item in items {
            let id = item.field("id")?.as_text()?.to_owned();
            let place = item.field("place")?.as_text()?.to_owned();
            let is_profile_id = id.len() > 1
                && id.starts_with('p')
                && id[1..].bytes().all(|byte| byte.is_ascii_digit());
            if !is_profile_id || !is_place_id(&place) || profiles.get(&id).is_some() {
                return None;
            }
            let font_size = item
                .field("font_size")
                .and_then(JsonValue::as_count)
                .and_then(|size| u32::try_from(size).ok())
                .map_or(DEFAULT_EDITOR_FONT_SIZE, nearest_editor_font_size);
            profiles.list.push(Profile {
                id,
                name: item
                    .field("name")
                    .and_then(JsonValue::as_text)
                    .unwrap_or_default()
                    .to_owned(),
                place,
                language: item
                    .field("language")
                    .and_then(JsonValue::as_text)
                    .and_then(Language::from_code),
                editor_font_size: font_size,
                display: DisplaySettings::from_record(item),
            });
        }
        Some(profiles)
    }
}

/// A place id of ten lowercase letters and digits drawn from `seed`.
pub fn place_from_seed(seed: u64) -> String {
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    // splitmix64, so nearby seeds give unrelated ids.
    let mut state = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
    state = (state ^ (state >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    state = (state ^ (state >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    state ^= state >> 31;
    (0..10)
        .map(|_| {
            let letter = ALPHABET[(state % 36) as usize];
            state /= 36;
            char::from(letter)
        })
        .collect()
}

/// The profiles kept in `store`. An unreadable list is kept aside (and
/// removed, so the next save starts a new one) and reported.
pub fn load_profiles(store: &mut impl KeyValueStore) -> Result<LoadedProfiles, StorageError> {
    let Some(record) = store.read(PROFILES_KEY)? else {
        return Ok(LoadedProfiles {
            profiles: Profiles::default(),
            set_aside: None,
        });
    };
    match Profiles::from_record(&record) {
        Some(profiles) => Ok(LoadedProfiles {
            profiles,
            set_aside: None,
        }),
        None => {
            let kept_under = keep_aside(store, PROFILES_KEY, &record)?;
            store.remove(PROFILES_KEY)?;
            Ok(LoadedProfiles {
                profiles: Profiles::default(),
                set_aside: Some(kept_under),
            })
        }
    }
}

/// Keeps `profiles` in `store`.
pub fn save_profiles(
    store: &mut impl KeyValueStore,
    profiles: &Profiles,
) -> Result<(), StorageError> {
    super::storage_space::write_making_room(store, PROFILES_KEY, &profiles.to_record()).map(|_| ())
}

/// Changes the kept list with `change`, reading it first so that what
/// another tab added is not lost, and returns the list as kept.
pub fn update_profiles<T>(
    store: &mut impl KeyValueStore,
    change: impl FnOnce(&mut Profiles) -> T,
) -> Result<(Profiles, T), StorageError> {
    let mut profiles = load_profiles(store)?.profiles;
    let result = change(&mut profiles);
    save_profiles(store, &profiles)?;
    Ok((profiles, result))
}

/// Removes the profile `id` and every key of its progress.
pub fn remove_profile(store: &mut impl KeyValueStore, id: &str) -> Result<(), StorageError> {
    update_profiles(store, |profiles| {
        profiles.list.retain(|profile| profile.id != id);
    })?;
    let prefix = profile_key_prefix(id);
    for key in store.keys()? {
        if key.starts_with(&prefix) {
            store.remove(&key)?;
        }
    }
    Ok(())
}
