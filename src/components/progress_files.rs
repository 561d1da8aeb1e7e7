//! "Save my progress to a file" and "Open progress from a file": the
//! progress file that carries a pupil's work between school and home, and
//! the summary of what opening one changed.
//!
//! Opening merges (`engine::progress::merge`); a broken or foreign file is
//! refused whole with a message, and nothing changes.

use engine::progress::profiles::{update_profiles, Profile};
use engine::progress::progress_file::{
    export_progress, import_progress, read_progress_file, ImportSummary, LessonName,
    ProgressFileProblem,
};
use engine::storage::StorageError;
use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::context::{use_app_context, AppContext};
use crate::routes::Route;
use crate::services::animation_frame::fresh_seed;
use crate::services::files::{read_picked_files, FileProblem};
use crate::services::progress::{now, remember_choice, save_text_file};
use crate::services::storage::LocalStore;
use crate::state::Action;

/// `bastau-<name>-<date>.json`, with the name's letters kept (Cyrillic too).
fn progress_file_name(context: &AppContext, profile: &Profile) -> String {
    let name = crate::pages::profiles::display_name(context, profile);
    let name: String = name
        .chars()
        .map(|character| {
            if character.is_alphanumeric() {
                character
            } else {
                '-'
            }
        })
        .collect();
    let date: String = js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default()
        .chars()
        .take(10)
        .collect();
    format!("bastau-{name}-{date}.json")
}

/// Where an opened file's progress goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenInto {
    /// The chosen profile (the settings page).
    ChosenProfile,
    /// The profile with the file's name, made if there is none (the picker).
    ProfileOfTheFile,
}

/// Properties of [`ProgressFiles`].
#[derive(Properties, PartialEq)]
pub struct ProgressFilesProps {
    /// Where the progress goes.
    pub target: OpenInto,
}

/// What the last opening came to.
#[derive(Clone, Debug, PartialEq)]
enum Opened {
    Nothing,
    Merged(ImportSummary),
    Refused(String),
}

/// "Save my progress to a file" (for the chosen profile), "open progress
/// from a file", and the summary of what opening changed or why it was
/// refused.
#[function_component(ProgressFiles)]
pub fn progress_files(props: &ProgressFilesProps) -> Html {
    let context = use_app_context();
    let opened = use_state(|| Opened::Nothing);
    let into = props.target;
    let save = {
        let (context, opened) = (context.clone(), opened.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(profile) = context.app_state().profile.clone() else {
                return;
            };
            let saved = export_progress(&LocalStore::open(), &profile, now())
                .ok()
                .and_then(|text| {
                    save_text_file(&progress_file_name(&context, &profile), &text).ok()
                });
            if saved.is_none() {
                opened.set(Opened::Refused(context.text("progress-save-failed")));
            }
        })
    };
    let on_file = {
        let context = context.clone();
        let opened = opened.clone();
        Callback::from(move |event: Event| {
            let Some(input) = event.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let context = context.clone();
            let opened = opened.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let outcome = match read_picked_files(&input).await {
                    Ok(files) => match files.into_values().next() {
                        Some(text) => open_text(&context, into, &text),
                        None => Opened::Nothing,
                    },
                    Err(FileProblem::TooLarge(name)) => Opened::Refused(
                        context.text_with("progress-file-too-large", &[("file", name.into())]),
                    ),
                    Err(FileProblem::Unreadable(_)) => {
                        Opened::Refused(context.text("progress-file-not-json"))
                    }
                };
                input.set_value("");
                opened.set(outcome);
            });
        })
    };
    let result = match &*opened {
        Opened::Nothing => Html::default(),
        Opened::Refused(text) => {
            html! { <p class="warning progress-file-problem" role="alert">{ text }</p> }
        }
        Opened::Merged(summary) => summary_view(&context, summary),
    };
    html! {
        <div class="progress-files">
            if into == OpenInto::ChosenProfile {
                <button type="button" class="save-progress" onclick={save}>
                    { context.text("progress-save") }
                </button>
            }
            <label class="button file-button">
                { context.text("progress-open") }
                <input type="file" accept=".json,application/json"
                    id={if into == OpenInto::ChosenProfile { "progress-file" } else { "picker-progress-file" }}
                    onchange={on_file} />
            </label>
            { result }
        </div>
    }
}

fn open_text(context: &AppContext, into: OpenInto, text: &str) -> Opened {
    let mut store = LocalStore::open();
    let target = match into {
        OpenInto::ChosenProfile => context.app_state().profile.clone(),
        OpenInto::ProfileOfTheFile => None,
    };
    // The place id only matters for old records; the target's, or a new one.
    let place = target
        .as_ref()
        .map_or_else(|| "imported".to_owned(), |profile| profile.place.clone());
    let file = match read_progress_file(text, &place) {
        Ok(file) => file,
        Err(problem) => return Opened::Refused(file_problem_text(context, &problem)),
    };
    let target = match target {
        Some(profile) => profile,
        None => {
            // The picker: the pupil of that name, or a new profile for them.
            let made = update_profiles(&mut store, |profiles| {
                let lower = file.name.to_lowercase();
                let existing = profiles
                    .list
                    .iter()
                    .find(|profile| !lower.is_empty() && profile.name.to_lowercase() == lower)
                    .map(|profile| profile.id.clone());
                match existing {
                    Some(id) => Ok(id),
                    None => profiles.add(&file.name, file.language, fresh_seed()),
                }
            });
            match made {
                Ok((profiles, Ok(id))) => {
                    let Some(profile) = profiles.get(&id).cloned() else {
                        return Opened::Refused(context.text("progress-open-failed"));
                    };
                    context.dispatch(Action::ProfilesChanged(profiles));
                    profile
                }
                Ok((_, Err(problem))) => {
                    return Opened::Refused(context.text(problem.message_id()))
                }
                Err(_) => return Opened::Refused(context.text("progress-open-failed")),
            }
        }
    };
    let outcome = import_progress(&mut store, &target, &file);
    context.dispatch(Action::ProgressChanged);
    if into == OpenInto::ProfileOfTheFile {
        // The start screen goes away: the summary shows under the top bar.
        if let Ok(summary) = &outcome {
            context.dispatch(Action::ShowImportSummary(Some(summary.clone())));
        }
        remember_choice(&target.id);
        context.dispatch(Action::ChooseProfile(target));
    }
    match outcome {
        Ok(_) if into == OpenInto::ProfileOfTheFile => Opened::Nothing,
        Ok(summary) => Opened::Merged(summary),
        Err(StorageError::QuotaExceeded) => Opened::Refused(context.text("progress-open-full")),
        Err(_) => Opened::Refused(context.text("progress-open-failed")),
    }
}

fn file_problem_text(context: &AppContext, problem: &ProgressFileProblem) -> String {
    let id = problem.message_id();
    match problem {
        ProgressFileProblem::NewerVersion(version) => {
            context.text_with(id, &[("version", version.to_string().into())])
        }
        ProgressFileProblem::BrokenLesson(position, _) => {
            context.text_with(id, &[("position", (*position).into())])
        }
        _ => context.text(id),
    }
}

/// What opening a file changed, in words, with links to the lessons where
/// the pupil must choose (inside the router: the links need it).
pub fn summary_view(context: &AppContext, summary: &ImportSummary) -> Html {
    let line = |message_id: &str, lessons: &[LessonName]| {
        (!lessons.is_empty()).then(|| {
            html! { <li>{ context.text_with(message_id, &[("count", lessons.len().into())]) }</li> }
        })
    };
    let choices = summary.both_changed.iter().map(|(pack_id, lesson_id)| {
        let route = Route::Lesson {
            pack_id: pack_id.clone(),
            lesson_id: lesson_id.clone(),
        };
        html! { <li><Link<Route> to={route}>{ format!("{pack_id} / {lesson_id}") }</Link<Route>></li> }
    });
    let nothing = summary.added.is_empty()
        && summary.taken_from_file.is_empty()
        && summary.both_changed.is_empty()
        && summary.newly_solved.is_empty();
    html! {
        <div class="import-summary" role="status">
            <p><strong>{ context.text("progress-opened") }</strong></p>
            <ul>
                { for line("progress-summary-added", &summary.added) }
                { for line("progress-summary-taken", &summary.taken_from_file) }
                { for line("progress-summary-solved", &summary.newly_solved) }
                { for line("progress-summary-kept", &summary.kept_here) }
                if nothing { <li>{ context.text("progress-summary-nothing-new") }</li> }
            </ul>
            if !summary.both_changed.is_empty() {
                <p class="warning">{ context.text_with("progress-summary-both", &[("count", summary.both_changed.len().into())]) }</p>
                <ul class="both-changed">{ for choices }</ul>
            }
        </div>
    }
}
