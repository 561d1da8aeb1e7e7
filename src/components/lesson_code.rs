//! The lesson page's code pane: the toolbar, the symbol panel and the editor,
//! with the pupil's code saved as they type and restored on the next visit.
//!
//! The code is saved half a second after the pupil stops typing, when the page
//! is hidden or closed, and when the pane goes away (another lesson). The
//! lesson's starter code is used only when nothing is saved. "Back to the
//! starter code" asks first, in the page, and keeps the pupil's code as the
//! record's previous code, so "Bring my code back" can restore it. A save that
//! fails (a full store) is said in words while the code stays in the editor.

use std::cell::RefCell;
use std::rc::Rc;

use engine::progress::saved_code::{
    load_saved_code, save_code, LessonAddress, LoadedCode, SavedCode,
};
use engine::storage::StorageError;
use yew::prelude::*;

use crate::components::code_editor::{CodeEditor, EditorControl};
use crate::components::symbol_panel::SymbolPanel;
use crate::context::{use_app_context, AppContext};
use crate::services::browser::{self, PageHideListener};
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

/// What the pane says about saving.
#[derive(Clone, Debug, PartialEq)]
enum SaveNotice {
    /// The last save failed; the code is still in the editor.
    Failed(StorageError),
    /// A record that could not be read was in the way of a save and was
    /// moved under this key.
    SetAside(String),
}

/// What the pane keeps between renders without re-rendering: the record as
/// it stands, what was last written, the pending save and the notice.
struct Autosave {
    pack_id: String,
    lesson_id: String,
    saved: SavedCode,
    /// The record as stored (or, before any change, as loaded).
    last_written: String,
    pending: Option<Timeout>,
    notice: Option<SaveNotice>,
}

impl Autosave {
    /// Writes the record now unless it is already stored, and updates the
    /// notice. A pending save is left to run: it finds nothing new to write.
    fn write_now(&mut self) {
        let record = self.saved.to_record();
        if self.last_written == record {
            return;
        }
        let lesson = LessonAddress {
            pack_id: &self.pack_id,
            lesson_id: &self.lesson_id,
        };
        match save_code(&mut LocalStore::open(), lesson, &self.saved) {
            Ok(kept_under) => {
                self.last_written = record;
                if let Some(kept_under) = kept_under {
                    self.notice = Some(SaveNotice::SetAside(kept_under));
                } else if matches!(self.notice, Some(SaveNotice::Failed(_))) {
                    self.notice = None;
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

/// The code pane of one lesson; give it a `key` per lesson so that another
/// lesson mounts a fresh editor with that lesson's code.
#[function_component(LessonCode)]
pub fn lesson_code(props: &LessonCodeProps) -> Html {
    let context = use_app_context();
    let control = props.control.clone();
    // Read once, when the pane mounts.
    let loaded = use_memo((), |_| {
        let lesson = LessonAddress {
            pack_id: &props.pack_id,
            lesson_id: &props.lesson_id,
        };
        load_saved_code(&mut LocalStore::open(), lesson)
    });
    let (initial, load_notice) = initial_code(&context, &loaded, &props.starter_code);
    let autosave: SharedAutosave = use_mut_ref(|| Autosave {
        pack_id: props.pack_id.clone(),
        lesson_id: props.lesson_id.clone(),
        saved: initial.clone(),
        // Opening a lesson writes nothing: only the pupil's changes are saved.
        last_written: initial.to_record(),
        pending: None,
        notice: None,
    });
    let save_notice = use_state_eq(|| None::<SaveNotice>);
    // After "back to the starter code" and a reload, the pupil's code is still
    // offered back while the editor holds the untouched starter code.
    let reset_step = {
        let offers_previous = initial.previous.is_some() && initial.code == props.starter_code;
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
        use_effect_with((), move |_| {
            let on_hide_autosave = autosave.clone();
            let hide_listener = PageHideListener::new(move || {
                write_and_report(&on_hide_autosave, &save_notice);
            });
            move || {
                drop(hide_listener);
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
            state.saved = state.saved.with_code(code);
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
    let confirm_reset = {
        let (autosave, control, save_notice, reset_step) = (
            autosave.clone(),
            control.clone(),
            save_notice.clone(),
            reset_step.clone(),
        );
        let starter_code = props.starter_code.clone();
        Callback::from(move |_: MouseEvent| {
            {
                let mut state = autosave.borrow_mut();
                state.saved = state.saved.back_to_starter(&starter_code);
            }
            // The editor reports the new text through `on_change`, which keeps
            // the previous code in the record.
            control.set_code(&starter_code);
            write_and_report(&autosave, &save_notice);
            reset_step.set(ResetStep::Done);
            control.focus();
        })
    };
    let undo_reset = {
        let (autosave, control, save_notice, reset_step) = (
            autosave.clone(),
            control.clone(),
            save_notice.clone(),
            reset_step.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let brought_back = autosave.borrow().saved.bring_back_previous();
            if let Some(brought_back) = brought_back {
                let code = brought_back.code.clone();
                autosave.borrow_mut().saved = brought_back;
                control.set_code(&code);
                write_and_report(&autosave, &save_notice);
            }
            reset_step.set(ResetStep::Idle);
            control.focus();
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
        let text = match notice {
            SaveNotice::Failed(error) => save_problem_text(&context, &error),
            SaveNotice::SetAside(kept_under) => context.text_with(
                "saved-code-set-aside",
                &[("key", kept_under.as_str().into())],
            ),
        };
        html! { <p class="editor-message editor-problem" role="alert">{ text }</p> }
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
                <button type="button" class="run-button" onclick={run} title={context.text("lesson-run-shortcut")}>
                    { context.text("lesson-run") }
                </button>
                <button type="button" class="stop-button" onclick={stop} disabled={!is_active}
                    title={context.text("lesson-stop-shortcut")}>
                    { context.text("lesson-stop") }
                </button>
                <button type="button" class="step-button" onclick={step}>{ context.text("lesson-step") }</button>
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
            <SymbolPanel control={control.clone()} commands={props.commands.clone()} />
            <CodeEditor initial_code={initial.code} font_size={context.app_state().editor_font_size}
                {control} {on_change} />
        </>
    }
}

/// The record the editor starts from, and a notice when the saved code could
/// not be read.
fn initial_code(
    context: &AppContext,
    loaded: &Result<LoadedCode, StorageError>,
    starter_code: &str,
) -> (SavedCode, Option<Html>) {
    let starter = SavedCode::new(starter_code);
    let notice =
        |text: String| html! { <p class="editor-message editor-problem" role="alert">{ text }</p> };
    match loaded {
        Ok(LoadedCode::Saved(saved)) => (saved.clone(), None),
        Ok(LoadedCode::NothingSaved) => (starter, None),
        Ok(LoadedCode::SetAside { kept_under, .. }) => {
            let text = context.text_with(
                "saved-code-unreadable",
                &[("key", kept_under.as_str().into())],
            );
            (starter, Some(notice(text)))
        }
        // A browser without storage is said once, in the settings; here the
        // pupil simply starts from the starter code.
        Err(StorageError::Unavailable) => (starter, None),
        Err(error) => (starter, Some(notice(save_problem_text(context, error)))),
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
