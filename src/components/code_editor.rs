//! The code editor as a Yew component: CodeMirror mounted once into an element
//! Yew never re-renders.
//!
//! Yew renders an empty `<div>` and never manages its children; CodeMirror
//! lives inside it. Text goes into the editor through [`EditorControl`] (the
//! lesson page's reset, undo and symbol panel) and comes out through the
//! `on_change` callback, so typing never re-renders anything. Font size,
//! labels and the completion list (the engine's command table with its
//! descriptions, made when the browser is first idle after the editor is
//! mounted) follow the props and the interface language. On unmount the editor
//! is destroyed and its JavaScript closure dropped.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use engine::i18n::Language;
use engine::python::commands::{commands, CommandKind, CommandScope};

use crate::context::{use_app_context, AppContext};
use crate::services::browser;
use crate::services::editor::{when_bundle_loaded, Editor, EditorCompletion, EditorLabels};
use crate::services::timer::when_idle;

/// The id of the hidden hint that tells keyboard users how to leave the editor.
const KEYBOARD_HINT_ID: &str = "code-editor-keyboard-hint";

/// A handle the editor's owner uses to change the text; empty until the
/// editor is mounted, and again after it is gone.
#[derive(Clone, Default)]
pub struct EditorControl(Rc<RefCell<Option<Editor>>>);

impl PartialEq for EditorControl {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl EditorControl {
    /// Runs `action` on the editor if it is mounted.
    fn with_editor(&self, action: impl FnOnce(&Editor)) {
        if let Some(editor) = self.0.borrow().as_ref() {
            action(editor);
        }
    }

    /// Replaces the whole text in one step the pupil can undo.
    pub fn set_code(&self, code: &str) {
        self.with_editor(|editor| editor.set_code(code));
    }

    /// Types `text` at the cursor, the cursor ending `cursor_offset` characters into it.
    pub fn insert(&self, text: &str, cursor_offset: u32) {
        self.with_editor(|editor| editor.insert(text, cursor_offset));
    }

    /// Moves the keyboard focus into the editor.
    pub fn focus(&self) {
        self.with_editor(Editor::focus);
    }

    /// Marks line `line_number` (from 1): the line a step stopped at, or an error's line.
    pub fn highlight_line(&self, line_number: u32) {
        self.with_editor(|editor| editor.highlight_line(line_number));
    }

    /// Puts the cursor on line `line_number` (from 1), scrolled to and focused.
    pub fn go_to_line(&self, line_number: u32) {
        self.with_editor(|editor| editor.go_to_line(line_number));
    }

    /// The text in the editor, if it is mounted.
    pub fn code(&self) -> Option<String> {
        self.0.borrow().as_ref().map(Editor::code)
    }

    /// Removes the line mark.
    pub fn clear_highlight(&self) {
        self.with_editor(Editor::clear_highlight);
    }
}

/// Properties of [`CodeEditor`].
#[derive(Properties, PartialEq)]
pub struct CodeEditorProps {
    /// The text the editor starts with; later changes of this prop are ignored.
    pub initial_code: String,
    /// The font size in CSS pixels.
    pub font_size: u32,
    /// Filled with the editor once it is mounted.
    pub control: EditorControl,
    /// Gets the whole text after every change.
    pub on_change: Callback<String>,
}

/// Whether the editor is there, or why not.
#[derive(Clone, Copy, PartialEq, Eq)]
enum EditorStatus {
    Waiting,
    Mounted,
    Failed,
}

/// CodeMirror, with a translated message instead if its script did not load.
#[function_component(CodeEditor)]
pub fn code_editor(props: &CodeEditorProps) -> Html {
    let context = use_app_context();
    let host = use_node_ref();
    let status = use_state_eq(|| EditorStatus::Waiting);
    // The newest callback, read by the editor's closure, which is made only once.
    let on_change = use_mut_ref(|| props.on_change.clone());
    *on_change.borrow_mut() = props.on_change.clone();
    // The font size and labels' language the editor has: each change
    // reconfigures CodeMirror (a layout), so the values `create` was given
    // are not applied again once it is mounted.
    let applied = use_mut_ref(|| None::<(u32, Language)>);

    {
        let host = host.clone();
        let status = status.clone();
        let control = props.control.clone();
        let initial_code = props.initial_code.clone();
        let font_size = props.font_size;
        let context = context.clone();
        let applied = applied.clone();
        let language = context.language();
        use_effect_with((), move |_| {
            let mount_control = control.clone();
            let wait = when_bundle_loaded(move |loaded| {
                let Some(parent) = host.cast::<web_sys::Element>().filter(|_| loaded) else {
                    status.set(EditorStatus::Failed);
                    return;
                };
                let forward_change = move |code: String| {
                    let callback = on_change.borrow().clone();
                    callback.emit(code);
                };
                let labels = editor_labels(&context);
                match Editor::create(&parent, &initial_code, font_size, &labels, forward_change) {
                    Ok(editor) => {
                        *applied.borrow_mut() = Some((font_size, language));
                        *mount_control.0.borrow_mut() = Some(editor);
                        status.set(EditorStatus::Mounted);
                    }
                    Err(_) => status.set(EditorStatus::Failed),
                }
            });
            move || {
                drop(wait);
                // Destroys the editor, then frees its closure.
                let editor = control.0.borrow_mut().take();
                drop(editor);
            }
        });
    }
    {
        let control = props.control.clone();
        let applied = applied.clone();
        use_effect_with((props.font_size, *status), move |(font_size, _)| {
            let mut applied = applied.borrow_mut();
            if let Some((applied_size, _)) = applied.as_mut() {
                if *applied_size != *font_size {
                    *applied_size = *font_size;
                    control.with_editor(|editor| editor.set_font_size(*font_size));
                }
            }
        });
    }
    {
        let control = props.control.clone();
        let context = context.clone();
        use_effect_with((context.language(), *status), move |(language, _)| {
            let mut applied = applied.borrow_mut();
            if let Some((_, applied_language)) = applied.as_mut() {
                if *applied_language != *language {
                    *applied_language = *language;
                    let labels = editor_labels(&context);
                    control.with_editor(|editor| editor.set_labels(&labels));
                }
            }
        });
    }
    {
        let control = props.control.clone();
        let context = context.clone();
        use_effect_with((context.language(), *status), move |(_, status)| {
            if *status == EditorStatus::Mounted {
                // Not needed to type or run: made when the browser is idle,
                // so the editor and Run are ready sooner. A later language's
                // list is asked for later, so it is set last.
                when_idle(move || {
                    let completions = editor_completions(&context);
                    control.with_editor(|editor| editor.set_completions(&completions));
                });
            }
        });
    }

    let failure = (*status == EditorStatus::Failed).then(|| {
        html! {
            <div class="editor-failed" role="alert">
                <p>{ context.text("editor-failed") }</p>
                <button type="button" onclick={Callback::from(|_: MouseEvent| browser::reload_page())}>
                    { context.text("reload") }
                </button>
            </div>
        }
    });
    html! {
        <div class="code-editor" data-status={status_name(*status)}>
            // CodeMirror's own element: Yew renders it empty and never touches its children.
            <div ref={host} class="code-editor-host" />
            { for failure }
            <p id={KEYBOARD_HINT_ID} class="visually-hidden">{ context.text("editor-keyboard-hint") }</p>
        </div>
    }
}

fn status_name(status: EditorStatus) -> &'static str {
    match status {
        EditorStatus::Waiting => "waiting",
        EditorStatus::Mounted => "mounted",
        EditorStatus::Failed => "failed",
    }
}

/// The editor's label, hint and CodeMirror's own words in the interface language.
fn editor_labels(context: &AppContext) -> EditorLabels {
    EditorLabels {
        label: context.text("lesson-editor-label"),
        described_by: KEYBOARD_HINT_ID.to_owned(),
        phrases: vec![
            ("Find", context.text("editor-phrase-find")),
            ("Replace", context.text("editor-phrase-replace")),
            ("next", context.text("editor-phrase-next")),
            ("previous", context.text("editor-phrase-previous")),
            ("all", context.text("editor-phrase-all")),
            ("match case", context.text("editor-phrase-match-case")),
            ("regexp", context.text("editor-phrase-regexp")),
            ("by word", context.text("editor-phrase-by-word")),
            ("replace", context.text("editor-phrase-replace-one")),
            ("replace all", context.text("editor-phrase-replace-all")),
            ("close", context.text("editor-phrase-close")),
            ("current match", context.text("editor-phrase-current-match")),
            ("on line", context.text("editor-phrase-on-line")),
            (
                "replaced match on line $",
                context.text_with("editor-phrase-replaced-on-line", &[("line", "$".into())]),
            ),
            (
                "replaced $ matches",
                context.text_with("editor-phrase-replaced-count", &[("count", "$".into())]),
            ),
            ("Go to line", context.text("editor-phrase-go-to-line")),
            ("Completions", context.text("editor-phrase-completions")),
            ("go", context.text("editor-phrase-go")),
            (
                "Selection deleted",
                context.text("editor-phrase-selection-deleted"),
            ),
            (
                "Control character",
                context.text("editor-phrase-control-character"),
            ),
        ],
    }
}

/// The engine's commands for completion, described in the interface language.
fn editor_completions(context: &AppContext) -> Vec<EditorCompletion> {
    commands()
        .into_iter()
        .map(|command| {
            let cursor_offset = command
                .insert_text
                .chars()
                .take(command.cursor_offset)
                .map(char::len_utf16)
                .sum::<usize>();
            EditorCompletion {
                label: command.name.to_owned(),
                detail: context.text(&command.description_id),
                completion_type: match command.kind {
                    CommandKind::Function | CommandKind::ModuleFunction => "function",
                    CommandKind::Type => "class",
                    CommandKind::Keyword => "keyword",
                    CommandKind::Module => "namespace",
                    CommandKind::Constant => "constant",
                    CommandKind::Method => "method",
                },
                apply: command.insert_text,
                cursor_offset: u32::try_from(cursor_offset).unwrap_or(u32::MAX),
                scope: match command.scope {
                    CommandScope::Global => "",
                    CommandScope::Module(module) => module.name(),
                    CommandScope::Method => ".",
                },
            }
        })
        .collect()
}
