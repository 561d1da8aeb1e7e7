//! The lesson page's code pane: the toolbar, the symbol panel and the editor,
//! with the pupil's code saved as they type and restored on the next visit.
//!
//! The code is saved half a second after the pupil stops typing, when the page
//! is hidden or closed, and when the pane goes away (another lesson). The
//! lesson's starter code is used only when nothing is saved. "Back to the
//! starter code" asks first, in the page, and keeps the pupil's code as the
//! record's previous code, so "Bring my code back" can restore it. A save that
//! fails (a full store) is said in words while the code stays in the editor.
//!
//! Another tab's save of the same lesson arrives as a `storage` event: an
//! editor with nothing unsaved shows the new code; one with unsaved changes
//! keeps them, and its save keeps the other tab's code among the earlier
//! versions (`lesson_versions`), so neither tab's work is lost. A lesson
//! changed both here and in an opened progress file shows both, and the
//! pupil chooses.

use std::cell::RefCell;
use std::rc::Rc;

use engine::progress::lesson_store::{load_lesson, load_versions, LoadedLesson, VersionReason};
use engine::progress::merge::{choose_version, Choice};
use engine::progress::profiles::Profile;
use engine::progress::{lesson_key, LessonAddress};
use engine::storage::StorageError;
use yew::prelude::*;

use crate::components::code_editor::{CodeEditor, EditorControl};
use crate::components::lesson_versions::{earlier_versions, other_version_choice};
use crate::components::symbol_panel::SymbolPanel;
use crate::context::{use_app_context, AppContext};
use crate::services::browser::{self, PageHideListener};
use crate::services::progress::{change_lesson, keep_earlier_version, now, StorageListener};
use crate::services::runner::Runner;
use crate::services::storage::LocalStore;
use crate::services::timer::Timeout;

/// How long after the last keystroke the code is saved.
const SAVE_DELAY_MILLISECONDS: i32 = 500;

/// Properties of [`LessonCode`].
#[derive(Properties, PartialEq)]
pub struct LessonCodeProps {
    /// The pack's id.
    pub pack_id: String,
    /// The lesson's id within the pack.
    pub lesson_id: String,
    /// The lesson's starter code, used when nothing is saved.
    pub starter_code: String,
    /// The editor's handle, shared with the run (which marks lines).
    pub control: EditorControl,
    /// The lesson's run: the toolbar's Run, Stop and Step.
    pub runner: Runner,
    /// Changes whenever the run does, so the toolbar follows it.
    pub run_version: u64,
    /// The lesson's commands for the command panel.
    pub commands: Vec<String>,
    /// Runs the lesson's checks on the editor's code.
    pub on_check: Callback<()>,
    /// Whether the checks are running now.
    pub checking: bool,
}

/// Where "back to the starter code" stands.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ResetStep {
    /// Nothing asked.
    Idle,
    /// The in-page question is shown.
    Asking,
    /// The starter code is back; the pupil can bring their code back.
    Done,
}

/// What the record's previous code becomes when the pane replaces the
/// editor's code.
#[derive(Clone, Copy, PartialEq, Eq)]
enum PreviousCode {
    /// The editor's code ("back to the starter code").
    TheEditorsCode,
    /// The editor's code, the previous code going into the editor ("bring
    /// my code back").
    SwappedWithTheEditors,
    /// As it is (an earlier version put back).
    Unchanged,
}

/// What the pane says about saving.
#[derive(Clone, Debug, PartialEq)]
enum SaveNotice {
    /// The last save failed; the code is still in the editor.
    Failed(StorageError),
    /// A record that could not be read was in the way of a save and was
    /// moved under this key.
    SetAside(String),
    /// Another tab saved other code while this one was changing it: that
    /// code is kept among the earlier versions.
    OtherTabKept,
    /// Another tab saved new code and the editor now shows it.
    UpdatedElsewhere,
}

/// What the pane keeps between renders without re-rendering: the pupil, the
/// lesson, what the editor holds, what this tab last knew to be stored, the
/// pending save and the notice.
struct Autosave {
    profile: Option<Profile>,
    pack_id: String,
    lesson_id: String,
    starter_code: String,
    /// What the editor holds.
    editor_code: String,
    /// The code this tab last read from or wrote to the store.
    stored_code: String,
    /// The stored record's edit counter when this tab last read or wrote it.
    stored_edits: u64,
    pending: Option<Timeout>,
    notice: Option<SaveNotice>,
}

impl Autosave {
    fn address(&self) -> LessonAddress<'_> {
        LessonAddress {
            pack_id: &self.pack_id,
            lesson_id: &self.lesson_id,
        }
    }

    /// Keeps what this tab now knows to be stored.
    fn saw(&mut self, loaded: &LoadedLesson) {
        self.stored_code = loaded.progress.code_or(&self.starter_code).to_owned();
        self.stored_edits = loaded.progress.edits.total();
    }

    /// Writes the editor's code now unless it is what is stored, and updates
    /// the notice. If another tab changed the stored code meanwhile, that
    /// code is kept among the earlier versions before this tab's replaces it.
    fn write_now(&mut self) {
        if self.editor_code == self.stored_code {
            return;
        }
        let Some(profile) = self.profile.clone() else {
            return;
        };
        let (code, starter) = (self.editor_code.clone(), self.starter_code.clone());
        let (known_code, known_edits) = (self.stored_code.clone(), self.stored_edits);
        let mut other_tab_code = None;
        let outcome = change_lesson(&profile, self.address(), |progress| {
            let stored = progress.code_or(&starter).to_owned();
            if progress.edits.total() != known_edits && stored != known_code && stored != code {
                other_tab_code = Some(stored);
            }
            progress.change_code(&code, &profile.place, now());
        });
        match outcome {
            Ok(loaded) => {
                self.saw(&loaded);
                if let Some(kept_under) = loaded.set_aside {
                    self.notice = Some(SaveNotice::SetAside(kept_under));
                } else if matches!(self.notice, Some(SaveNotice::Failed(_))) {
                    self.notice = None;
                }
                if let Some(other) = other_tab_code {
                    let _ = keep_earlier_version(
                        &profile,
                        self.address(),
                        other,
                        VersionReason::OtherTab,
                    );
                    self.notice = Some(SaveNotice::OtherTabKept);
                }
            }
            Err(error) => self.notice = Some(SaveNotice::Failed(error)),
        }
    }
}

type SharedAutosave = Rc<RefCell<Autosave>>;

/// Writes now and shows the notice, if it changed.
fn write_and_report(autosave: &SharedAutosave, notice: &UseStateHandle<Option<SaveNotice>>) {
    let current = {
        let mut state = autosave.borrow_mut();
        state.write_now();
        state.notice.clone()
    };
    notice.set(current);
}

/// The code pane of one lesson; give it a `key` per lesson and profile so
/// that another lesson mounts a fresh editor with that lesson's code.
#[function_component(LessonCode)]
pub fn lesson_code(props: &LessonCodeProps) -> Html {
    let context = use_app_context();
    let control = props.control.clone();
    let profile = context.app_state().profile.clone();
    // Read once, when the pane mounts.
    let loaded = {
        let profile = profile.clone();
        use_memo((), move |_| {
            let lesson = LessonAddress {
                pack_id: &props.pack_id,
                lesson_id: &props.lesson_id,
            };
            match &profile {
                Some(profile) => load_lesson(&mut LocalStore::open(), profile, lesson),
                None => Err(StorageError::Unavailable),
            }
        })
    };
    let (progress, load_notice) = initial_progress(&context, &loaded);
    let initial_code = progress.code_or(&props.starter_code).to_owned();
    let autosave: SharedAutosave = use_mut_ref(|| Autosave {
        profile: profile.clone(),
        pack_id: props.pack_id.clone(),
        lesson_id: props.lesson_id.clone(),
        starter_code: props.starter_code.clone(),
        editor_code: initial_code.clone(),
        // Opening a lesson writes nothing: only the pupil's changes are saved.
        stored_code: initial_code.clone(),
        stored_edits: progress.edits.total(),
        pending: None,
        notice: None,
    });
    let save_notice = use_state_eq(|| None::<SaveNotice>);
    let other_version = use_state_eq(|| progress.other_version.clone());
    // Counts changes of the earlier versions, so their list reads them again.
    let versions_version = use_state_eq(|| 0_u32);
    // After "back to the starter code" and a reload, the pupil's code is still
    // offered back while the editor holds the untouched starter code.
    let reset_step = {
        let offers_previous = progress.previous.is_some() && initial_code == props.starter_code;
        use_state_eq(move || {
            if offers_previous {
                ResetStep::Done
            } else {
                ResetStep::Idle
            }
        })
    };

    {
        let autosave = autosave.clone();
        let save_notice = save_notice.clone();
        let (control, other_version) = (control.clone(), other_version.clone());
        use_effect_with((), move |_| {
            let on_hide_autosave = autosave.clone();
            let hide_notice = save_notice.clone();
            let hide_listener = PageHideListener::new(move || {
                write_and_report(&on_hide_autosave, &hide_notice);
            });
            // Another tab saved this lesson: an editor without unsaved changes
            // shows the new code; one with changes keeps them, and its next
            // save keeps the other tab's code among the earlier versions.
            let storage_autosave = autosave.clone();
            let storage_listener = StorageListener::new(move |key| {
                let mut state = storage_autosave.borrow_mut();
                let Some(profile) = state.profile.clone() else {
                    return;
                };
                if key.as_deref() != Some(lesson_key(&profile.id, state.address()).as_str()) {
                    return;
                }
                let Ok(loaded) = load_lesson(&mut LocalStore::open(), &profile, state.address())
                else {
                    return;
                };
                other_version.set(loaded.progress.other_version.clone());
                let unsaved = state.editor_code != state.stored_code;
                let stored = loaded.progress.code_or(&state.starter_code).to_owned();
                if !unsaved && stored != state.editor_code {
                    state.saw(&loaded);
                    state.editor_code = stored.clone();
                    drop(state);
                    control.set_code(&stored);
                    save_notice.set(Some(SaveNotice::UpdatedElsewhere));
                }
            });
            move || {
                drop(hide_listener);
                drop(storage_listener);
                // The pane is going away: what was typed last is saved now. The
                // pane cannot show an error any more; the record keeps what
                // the last debounced save wrote.
                let mut state = autosave.borrow_mut();
                state.write_now();
                // The pending save's closure holds the pane's state: dropping it
                // ends that cycle, so the state is freed.
                state.pending = None;
            }
        });
    }

    let on_change = {
        let autosave = autosave.clone();
        let save_notice = save_notice.clone();
        Callback::from(move |code: String| {
            let save_later = {
                let autosave = autosave.clone();
                let save_notice = save_notice.clone();
                move || write_and_report(&autosave, &save_notice)
            };
            let mut state = autosave.borrow_mut();
            state.editor_code = code;
            // Replacing the pending save cancels it.
            state.pending = Timeout::start(SAVE_DELAY_MILLISECONDS, save_later);
        })
    };

    use_effect_with(*reset_step, |reset_step| {
        if *reset_step == ResetStep::Asking {
            browser::focus_element("reset-confirm");
        }
    });
    let ask_reset = {
        let reset_step = reset_step.clone();
        Callback::from(move |_: MouseEvent| reset_step.set(ResetStep::Asking))
    };
    let cancel_reset = {
        let reset_step = reset_step.clone();
        Callback::from(move |_: MouseEvent| {
            reset_step.set(ResetStep::Idle);
            browser::focus_element("reset-button");
        })
    };
    // Puts `code` into the editor and the store at once; `previous_becomes`
    // decides what the record's previous code becomes.
    let replace_code = {
        let (autosave, control, save_notice, versions_version) = (
            autosave.clone(),
            control.clone(),
            save_notice.clone(),
            versions_version.clone(),
        );
        Rc::new(move |code: String, previous_becomes: PreviousCode| {
            {
                let mut state = autosave.borrow_mut();
                state.write_now();
                if let Some(profile) = state.profile.clone() {
                    let current = state.editor_code.clone();
                    let mut older_previous = None;
                    let outcome = change_lesson(&profile, state.address(), |progress| {
                        match previous_becomes {
                            // An older previous code is not dropped: it becomes
                            // an earlier version.
                            PreviousCode::TheEditorsCode => {
                                older_previous = progress.previous.replace(current.clone());
                            }
                            // "Bring my code back": what the editor held (perhaps
                            // typed since) becomes the previous code in turn.
                            PreviousCode::SwappedWithTheEditors => {
                                progress.previous = (current != code).then(|| current.clone());
                            }
                            PreviousCode::Unchanged => {}
                        }
                        progress.change_code(&code, &profile.place, now());
                    });
                    if let Some(older) = older_previous.filter(|older| *older != code) {
                        let _ = keep_earlier_version(
                            &profile,
                            state.address(),
                            older,
                            VersionReason::BeforeReset,
                        );
                        versions_version.set(*versions_version + 1);
                    }
                    match outcome {
                        Ok(loaded) => state.saw(&loaded),
                        Err(error) => state.notice = Some(SaveNotice::Failed(error)),
                    }
                }
                state.editor_code = code.clone();
            }
            // The editor reports the new text through `on_change`, which
            // finds it stored already.
            control.set_code(&code);
            save_notice.set(autosave.borrow().notice.clone());
            control.focus();
        })
    };
    let confirm_reset = {
        let (autosave, replace_code, reset_step) =
            (autosave.clone(), replace_code.clone(), reset_step.clone());
        let starter_code = props.starter_code.clone();
        Callback::from(move |_: MouseEvent| {
            if autosave.borrow().editor_code != starter_code {
                replace_code(starter_code.clone(), PreviousCode::TheEditorsCode);
            }
            reset_step.set(ResetStep::Done);
        })
    };
    let undo_reset = {
        let (autosave, replace_code, reset_step) =
            (autosave.clone(), replace_code.clone(), reset_step.clone());
        Callback::from(move |_: MouseEvent| {
            let previous = autosave.borrow().profile.as_ref().and_then(|profile| {
                let state = autosave.borrow();
                load_lesson(&mut LocalStore::open(), profile, state.address())
                    .ok()
                    .and_then(|loaded| loaded.progress.previous)
            });
            if let Some(previous) = previous {
                replace_code(previous, PreviousCode::SwappedWithTheEditors);
            }
            reset_step.set(ResetStep::Idle);
        })
    };
    // An earlier version back in the editor: the code it replaces becomes
    // an earlier version in turn.
    let on_restore = {
        let (autosave, replace_code, versions_version) = (
            autosave.clone(),
            replace_code.clone(),
            versions_version.clone(),
        );
        Callback::from(move |code: String| {
            let (profile, current, pack_id, lesson_id) = {
                let state = autosave.borrow();
                (
                    state.profile.clone(),
                    state.editor_code.clone(),
                    state.pack_id.clone(),
                    state.lesson_id.clone(),
                )
            };
            if let Some(profile) = profile {
                let lesson = LessonAddress {
                    pack_id: &pack_id,
                    lesson_id: &lesson_id,
                };
                let _ = keep_earlier_version(&profile, lesson, current, VersionReason::NotChosen);
            }
            replace_code(code, PreviousCode::Unchanged);
            versions_version.set(*versions_version + 1);
        })
    };
    // The pupil chose between this code and a progress file's.
    let on_choose = {
        let (autosave, control, other_version, versions_version) = (
            autosave.clone(),
            control.clone(),
            other_version.clone(),
            versions_version.clone(),
        );
        Callback::from(move |choice: Choice| {
            let mut state = autosave.borrow_mut();
            state.write_now();
            let Some(profile) = state.profile.clone() else {
                return;
            };
            let mut not_chosen = None;
            let outcome = change_lesson(&profile, state.address(), |progress| {
                not_chosen = choose_version(progress, choice, &profile.place, now());
            });
            if let Some(code) = not_chosen {
                let _ =
                    keep_earlier_version(&profile, state.address(), code, VersionReason::NotChosen);
                versions_version.set(*versions_version + 1);
            }
            if let Ok(loaded) = outcome {
                state.saw(&loaded);
                let code = state.stored_code.clone();
                state.editor_code = code.clone();
                other_version.set(None);
                drop(state);
                control.set_code(&code);
            }
        })
    };

    // Read again when they change here, and after each check (which keeps
    // its code as one), not on every render of a run.
    let versions = {
        let profile = profile.clone();
        let (pack_id, lesson_id) = (props.pack_id.clone(), props.lesson_id.clone());
        use_memo((*versions_version, props.checking), move |_| {
            let lesson = LessonAddress {
                pack_id: &pack_id,
                lesson_id: &lesson_id,
            };
            profile.map_or_else(Vec::new, |profile| {
                load_versions(&LocalStore::open(), &profile.id, lesson)
            })
        })
    };
    let reset_message = match *reset_step {
        ResetStep::Idle => None,
        ResetStep::Asking => Some(html! {
            <div class="editor-message reset-question" role="group" aria-labelledby="reset-question-text">
                <span id="reset-question-text">{ context.text("editor-reset-question") }</span>
                <button type="button" id="reset-confirm" class="confirm-button" onclick={confirm_reset}>
                    { context.text("editor-reset-confirm") }
                </button>
                <button type="button" onclick={cancel_reset}>{ context.text("editor-reset-cancel") }</button>
            </div>
        }),
        ResetStep::Done => Some(html! {
            <div class="editor-message reset-done" role="status">
                <span>{ context.text("editor-reset-done") }</span>
                <button type="button" class="link-button" onclick={undo_reset}>
                    { context.text("editor-reset-undo") }
                </button>
            </div>
        }),
    };
    let save_message = (*save_notice).clone().map(|notice| {
        let (text, role) = match notice {
            SaveNotice::Failed(error) => (save_problem_text(&context, &error), "alert"),
            SaveNotice::SetAside(kept_under) => (
                context.text_with(
                    "saved-code-set-aside",
                    &[("key", kept_under.as_str().into())],
                ),
                "alert",
            ),
            SaveNotice::OtherTabKept => (context.text("saved-code-other-tab-kept"), "status"),
            SaveNotice::UpdatedElsewhere => {
                (context.text("saved-code-updated-elsewhere"), "status")
            }
        };
        let class = classes!(
            "editor-message",
            (role == "alert").then_some("editor-problem")
        );
        html! { <p {class} {role}>{ text }</p> }
    });

    let is_active = props.runner.is_active();
    let run = {
        let runner = props.runner.clone();
        Callback::from(move |_: MouseEvent| runner.run_editor_code())
    };
    let stop = {
        let runner = props.runner.clone();
        Callback::from(move |_: MouseEvent| runner.stop())
    };
    let step = {
        let runner = props.runner.clone();
        Callback::from(move |_: MouseEvent| runner.step_editor_code())
    };
    html! {
        <>
            <div class="toolbar">
                <button type="button" class="run-button" onclick={run} title={context.text("lesson-run-shortcut")}
                    aria-keyshortcuts="Control+Enter">
                    { context.text("lesson-run") }
                </button>
                <button type="button" class="stop-button" onclick={stop} disabled={!is_active}
                    title={context.text("lesson-stop-shortcut")} aria-keyshortcuts="Escape">
                    { context.text("lesson-stop") }
                </button>
                <button type="button" class="step-button" onclick={step} title={context.text("lesson-step-shortcut")}
                    aria-keyshortcuts="Control+Shift+Enter">
                    { context.text("lesson-step") }
                </button>
                <button type="button" class="check-button" disabled={props.checking}
                    onclick={props.on_check.reform(|_: MouseEvent| ())}>
                    { context.text("lesson-check") }
                </button>
                <button type="button" id="reset-button" class="reset-button" title={context.text("editor-reset")}
                    aria-expanded={(*reset_step == ResetStep::Asking).to_string()} onclick={ask_reset}>
                    <span class="reset-icon" aria-hidden="true">{ "↺" }</span>
                    <span class="reset-label">{ context.text("editor-reset") }</span>
                </button>
            </div>
            { for load_notice }
            { for save_message }
            { for reset_message }
            if let Some(other) = &*other_version {
                { other_version_choice(&context, other, &on_choose) }
            }
            <SymbolPanel control={control.clone()} commands={props.commands.clone()} />
            <CodeEditor initial_code={initial_code} font_size={context.app_state().editor_font_size}
                control={control.clone()} {on_change} />
            { earlier_versions(&context, &versions, &on_restore) }
        </>
    }
}

/// The record the editor starts from, and a notice when the saved record
/// could not be read.
fn initial_progress(
    context: &AppContext,
    loaded: &Result<LoadedLesson, StorageError>,
) -> (
    engine::progress::lesson_progress::LessonProgress,
    Option<Html>,
) {
    let notice =
        |text: String| html! { <p class="editor-message editor-problem" role="alert">{ text }</p> };
    match loaded {
        Ok(LoadedLesson {
            progress,
            set_aside: None,
        }) => (progress.clone(), None),
        Ok(LoadedLesson {
            set_aside: Some(kept_under),
            ..
        }) => {
            let text = context.text_with(
                "saved-code-unreadable",
                &[("key", kept_under.as_str().into())],
            );
            (Default::default(), Some(notice(text)))
        }
        // A browser without storage is said once, in the settings; here the
        // pupil simply starts from the starter code.
        Err(StorageError::Unavailable) => (Default::default(), None),
        Err(error) => (
            Default::default(),
            Some(notice(save_problem_text(context, error))),
        ),
    }
}

/// What a failed save means for the pupil, and what to do.
fn save_problem_text(context: &AppContext, error: &StorageError) -> String {
    match error {
        StorageError::QuotaExceeded => context.text("save-failed-full"),
        StorageError::Unavailable => context.text("save-failed-unavailable"),
        StorageError::Other(detail) => {
            context.text_with("save-failed-other", &[("detail", detail.as_str().into())])
        }
    }
}
