//! The app's state and the pure reducer that changes it.
//!
//! This module does not import yew: it is plain data and a function, tested
//! natively. `context.rs` adapts it to Yew's `Reducible`.

use std::collections::BTreeMap;
use std::rc::Rc;

use engine::display_settings::DisplaySettings;
use engine::i18n::Language;
use engine::pack::{Pack, PackError, PackIndex};
use engine::progress::profiles::{Profile, Profiles};
use engine::progress::progress_file::ImportSummary;

/// Everything the interface shows that is not local to one page.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// The interface language; `None` until the pupil has answered the language question.
    pub language: Option<Language>,
    /// The language the question offers first, guessed from the browser.
    pub suggested_language: Language,
    /// Whether the browser lets the app keep anything between visits.
    pub storage_available: bool,
    /// The code editor's font size in CSS pixels, chosen in the settings.
    pub editor_font_size: u32,
    /// The theme, interface text size and low-end mode, chosen in the settings.
    pub display: DisplaySettings,
    /// The list of built-in packs.
    pub pack_index: Loadable<PackIndex>,
    /// Each pack, by pack id, as far as it has been asked for.
    pub packs: BTreeMap<String, Loadable<Rc<Pack>>>,
    /// The ids of the packs the pupil or teacher imported, in the order imported.
    pub imported_pack_ids: Vec<String>,
    /// The pupils who use this browser.
    pub profiles: Profiles,
    /// The pupil working in this tab; `None` shows the profile picker.
    pub profile: Option<Profile>,
    /// What the pupil should read about the stored data.
    pub storage_notices: Vec<StorageNotice>,
    /// Counts changes of stored progress (this tab's and other tabs'), so
    /// pages that show progress read it again.
    pub progress_version: u64,
    /// What opening a progress file on the start screen changed, shown under
    /// the top bar until closed.
    pub import_summary: Option<ImportSummary>,
    /// A new release of the app is installed and waits for the pupil's "update now".
    pub update_ready: bool,
    /// The address of the classroom server the app was opened from, while
    /// the notice about what that means is shown (online only, storage per address).
    pub network_address_notice: Option<String>,
}

/// Something about the stored data the pupil should read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageNotice {
    /// Records that could not be read were kept aside under these keys.
    SetAside(Vec<String>),
    /// A newer version of the app saved the progress here.
    NewerVersion(u64),
    /// Moving the earlier version's progress stopped (a full storage); the
    /// rest moves on the next start.
    MigrationStopped,
}

/// Something fetched from the network, and how far along it is.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Loadable<T> {
    /// Nobody has asked for it yet.
    #[default]
    NotRequested,
    /// On its way.
    Loading,
    /// Here and ready.
    Loaded(T),
    /// It could not be had; the pupil can try again.
    Failed(LoadFailure),
}

/// Why a lesson pack file could not be used.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadFailure {
    /// The network did not deliver the file.
    Network,
    /// The server has no such file.
    Missing,
    /// The file arrived but is not a valid pack: its problems, for the teacher.
    Broken(Vec<PackError>),
    /// Another file (the messages of a language) arrived damaged; the detail is for the console.
    Damaged(String),
}

/// What can happen to the app's state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The pupil chose the interface language (on the question, in settings or by a link).
    ChooseLanguage(Language),
    /// The pupil chose the code editor's font size in the settings.
    ChooseEditorFontSize(u32),
    /// The pupil changed the display settings (theme, text size, low-end mode).
    ChooseDisplay(DisplaySettings),
    /// The list of packs is being fetched.
    PackIndexRequested,
    /// The list of packs arrived or failed.
    PackIndexArrived(Result<PackIndex, LoadFailure>),
    /// A pack is being fetched.
    PackRequested(String),
    /// A pack arrived or failed.
    PackArrived(String, Result<Rc<Pack>, LoadFailure>),
    /// The list of imported packs changed (an import or a removal).
    ImportedPacksChanged(Vec<String>),
    /// The list of profiles changed (here or in another tab).
    ProfilesChanged(Profiles),
    /// A pupil chose their profile: its language and font size apply.
    ChooseProfile(Profile),
    /// The pupil asked for the profile picker.
    LeaveProfile,
    /// Something to tell the pupil about the stored data.
    Notice(StorageNotice),
    /// The pupil closed the notice at this position.
    DismissNotice(usize),
    /// Stored progress changed.
    ProgressChanged,
    /// A progress file opened on the start screen changed this (`None`
    /// closes the summary).
    ShowImportSummary(Option<ImportSummary>),
    /// A new release of the app waits to take over.
    UpdateReady,
    /// Shows the notice about the classroom server's address (`None` closes it).
    ShowNetworkAddressNotice(Option<String>),
}

impl AppState {
    /// The state on start: a language from a link or an earlier visit, if
    /// any, and the editor's font size.
    pub fn new(
        chosen_language: Option<Language>,
        suggested_language: Language,
        storage_available: bool,
        editor_font_size: u32,
    ) -> AppState {
        AppState {
            language: chosen_language,
            suggested_language,
            storage_available,
            editor_font_size,
            display: DisplaySettings::default(),
            pack_index: Loadable::NotRequested,
            packs: BTreeMap::new(),
            imported_pack_ids: Vec::new(),
            profiles: Profiles::default(),
            profile: None,
            storage_notices: Vec::new(),
            progress_version: 0,
            import_summary: None,
            update_ready: false,
            network_address_notice: None,
        }
    }

    /// The pack `pack_id` as far as it is known.
    pub fn pack(&self, pack_id: &str) -> &Loadable<Rc<Pack>> {
        self.packs.get(pack_id).unwrap_or(&Loadable::NotRequested)
    }
}

/// The state after `action`.
pub fn reduce(mut state: AppState, action: Action) -> AppState {
    match action {
        Action::ChooseLanguage(language) => {
            state.language = Some(language);
            if let Some(profile) = &mut state.profile {
                profile.language = Some(language);
            }
        }
        Action::ChooseEditorFontSize(font_size) => {
            state.editor_font_size = font_size;
            if let Some(profile) = &mut state.profile {
                profile.editor_font_size = font_size;
            }
        }
        Action::ChooseDisplay(display) => {
            state.display = display;
            if let Some(profile) = &mut state.profile {
                profile.display = display;
                // The listed copy too: choosing the profile again keeps the choice.
                if let Some(listed) = state.profiles.get_mut(&profile.id) {
                    listed.display = display;
                }
            }
        }
        Action::ProfilesChanged(profiles) => {
            // The chosen profile follows a rename and display settings
            // changed in another tab; a removed one is left.
            state.profile = state
                .profile
                .as_ref()
                .and_then(|profile| profiles.get(&profile.id).cloned());
            if let Some(profile) = &state.profile {
                state.display = profile.display;
            }
            state.profiles = profiles;
            state.progress_version += 1;
        }
        Action::ChooseProfile(profile) => {
            if let Some(language) = profile.language {
                state.language = Some(language);
            }
            state.editor_font_size = profile.editor_font_size;
            state.display = profile.display;
            state.profile = Some(profile);
            state.progress_version += 1;
        }
        Action::LeaveProfile => state.profile = None,
        Action::Notice(notice) => {
            if !state.storage_notices.contains(&notice) {
                state.storage_notices.push(notice);
            }
        }
        Action::DismissNotice(position) => {
            if position < state.storage_notices.len() {
                state.storage_notices.remove(position);
            }
        }
        Action::ProgressChanged => state.progress_version += 1,
        Action::ShowImportSummary(summary) => state.import_summary = summary,
        Action::UpdateReady => state.update_ready = true,
        Action::ShowNetworkAddressNotice(address) => state.network_address_notice = address,
        Action::PackIndexRequested => state.pack_index = Loadable::Loading,
        Action::PackIndexArrived(result) => state.pack_index = loadable_from(result),
        Action::PackRequested(pack_id) => {
            state.packs.insert(pack_id, Loadable::Loading);
        }
        Action::PackArrived(pack_id, result) => {
            state.packs.insert(pack_id, loadable_from(result));
        }
        Action::ImportedPacksChanged(pack_ids) => {
            // A removed or replaced pack is read again from storage when next shown.
            for pack_id in pack_ids.iter().chain(&state.imported_pack_ids) {
                state.packs.remove(pack_id);
            }
            state.imported_pack_ids = pack_ids;
        }
    }
    state
}

fn loadable_from<T>(result: Result<T, LoadFailure>) -> Loadable<T> {
    match result {
        Ok(value) => Loadable::Loaded(value),
        Err(failure) => Loadable::Failed(failure),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fresh_state() -> AppState {
        AppState::new(None, Language::Russian, true, 18)
    }

    #[test]
    fn the_editor_font_size_is_chosen_in_the_settings() {
        let state = reduce(fresh_state(), Action::ChooseEditorFontSize(28));
        assert_eq!(state.editor_font_size, 28);
    }

    #[test]
    fn a_chosen_profile_brings_its_language_and_font_size_and_follows_renames() {
        let mut profiles = Profiles::default();
        profiles.add("Аружан", Some(Language::Kazakh), 1).unwrap();
        let mut profile = profiles.list[0].clone();
        profile.editor_font_size = 24;
        let state = reduce(fresh_state(), Action::ChooseProfile(profile));
        assert_eq!(state.language, Some(Language::Kazakh));
        assert_eq!(state.editor_font_size, 24);
        let state = reduce(state, Action::ChooseLanguage(Language::English));
        assert_eq!(
            state.profile.as_ref().and_then(|profile| profile.language),
            Some(Language::English)
        );
        let mut renamed = profiles.clone();
        renamed.list[0].name = "Аружан С.".into();
        let state = reduce(state, Action::ProfilesChanged(renamed));
        assert_eq!(state.profile.as_ref().unwrap().name, "Аружан С.");
        let state = reduce(state, Action::ProfilesChanged(Profiles::default()));
        assert_eq!(state.profile, None, "a removed profile shows the picker");
    }

    #[test]
    fn display_settings_come_with_the_profile_and_are_kept_in_it() {
        let mut profiles = Profiles::default();
        profiles.add("Аружан", None, 1).unwrap();
        let mut profile = profiles.list[0].clone();
        profile.display.text_size = 150;
        let mut state = reduce(fresh_state(), Action::ChooseProfile(profile));
        state.profiles = profiles.clone();
        assert_eq!(state.display.text_size, 150);
        let high_contrast = DisplaySettings {
            theme: engine::display_settings::ThemeChoice::HighContrast,
            low_end: true,
            ..state.display
        };
        let state = reduce(state, Action::ChooseDisplay(high_contrast));
        assert_eq!(state.display, high_contrast);
        assert_eq!(state.profile.as_ref().unwrap().display, high_contrast);
        assert_eq!(
            state.profiles.list[0].display, high_contrast,
            "the listed copy follows"
        );
        let mut changed_elsewhere = profiles.clone();
        changed_elsewhere.list[0].display.low_end_suggestion_closed = true;
        let state = reduce(state, Action::ProfilesChanged(changed_elsewhere));
        assert!(
            state.display.low_end_suggestion_closed,
            "another tab's change arrives"
        );
    }

    #[test]
    fn a_notice_is_shown_once_and_can_be_closed() {
        let notice = StorageNotice::NewerVersion(3);
        let state = reduce(fresh_state(), Action::Notice(notice.clone()));
        let state = reduce(state, Action::Notice(notice));
        assert_eq!(state.storage_notices.len(), 1);
        let state = reduce(state, Action::DismissNotice(0));
        assert!(state.storage_notices.is_empty());
    }

    #[test]
    fn the_language_question_is_answered_once() {
        let state = fresh_state();
        assert_eq!(state.language, None);
        let state = reduce(state, Action::ChooseLanguage(Language::Kazakh));
        assert_eq!(state.language, Some(Language::Kazakh));
        assert_eq!(state.suggested_language, Language::Russian);
    }

    #[test]
    fn a_pack_goes_from_loading_to_failed_and_can_be_asked_for_again() {
        let state = reduce(fresh_state(), Action::PackRequested("robots".into()));
        assert_eq!(state.pack("robots"), &Loadable::Loading);
        assert_eq!(state.pack("other"), &Loadable::NotRequested);
        let state = reduce(
            state,
            Action::PackArrived("robots".into(), Err(LoadFailure::Network)),
        );
        assert_eq!(
            state.pack("robots"),
            &Loadable::Failed(LoadFailure::Network)
        );
        let state = reduce(state, Action::PackRequested("robots".into()));
        assert_eq!(state.pack("robots"), &Loadable::Loading);
    }

    #[test]
    fn the_pack_index_arrives() {
        let state = reduce(fresh_state(), Action::PackIndexRequested);
        assert_eq!(state.pack_index, Loadable::Loading);
        let index = PackIndex {
            packs: vec!["first-steps".into()],
            summaries: Vec::new(),
        };
        let state = reduce(state, Action::PackIndexArrived(Ok(index.clone())));
        assert_eq!(state.pack_index, Loadable::Loaded(index));
    }

    #[test]
    fn a_changed_list_of_imported_packs_forgets_their_loaded_copies() {
        let state = reduce(
            fresh_state(),
            Action::ImportedPacksChanged(vec!["mine".into()]),
        );
        let state = reduce(
            state,
            Action::PackArrived("mine".into(), Err(LoadFailure::Missing)),
        );
        assert_eq!(state.pack("mine"), &Loadable::Failed(LoadFailure::Missing));
        let state = reduce(state, Action::ImportedPacksChanged(Vec::new()));
        assert!(state.imported_pack_ids.is_empty());
        assert_eq!(
            state.pack("mine"),
            &Loadable::NotRequested,
            "a removed pack is read again when next shown"
        );
    }
}
