//! The hint ladder: the lesson's hints revealed one at a time, in order; how
//! many are open is kept with the lesson's status, so they stay open.

use std::rc::Rc;

use engine::markdown::parse_markdown;
use engine::pack::LocalizedText;
use engine::progress::lesson_store::load_lesson;
use engine::progress::LessonAddress;
use yew::prelude::*;

use crate::components::markdown_view::MarkdownView;
use crate::context::use_app_context;
use crate::services::progress::change_lesson;
use crate::services::storage::LocalStore;

/// Properties of [`LessonHints`].
#[derive(Properties, PartialEq)]
pub struct LessonHintsProps {
    /// The pack's id.
    pub pack_id: AttrValue,
    /// The lesson's id.
    pub lesson_id: AttrValue,
    /// The hints, in order.
    pub hints: Vec<LocalizedText>,
    /// The pack's default language, for texts missing in the pupil's.
    pub default_language: engine::i18n::Language,
    /// Where the pack's images are.
    pub pack_base: AttrValue,
    /// Copies a code snippet into the editor.
    pub on_copy_code: Callback<String>,
}

/// The hints opened so far and a button for the next one.
#[function_component(LessonHints)]
pub fn lesson_hints(props: &LessonHintsProps) -> Html {
    let context = use_app_context();
    let shown = {
        let pack_id = props.pack_id.to_string();
        let lesson_id = props.lesson_id.to_string();
        let profile = context.app_state().profile.clone();
        use_state(move || {
            let address = LessonAddress {
                pack_id: &pack_id,
                lesson_id: &lesson_id,
            };
            profile
                .and_then(|profile| load_lesson(&mut LocalStore::open(), &profile, address).ok())
                .map_or(0, |loaded| loaded.progress.hints_shown as usize)
        })
    };
    if props.hints.is_empty() {
        return Html::default();
    }
    let total = props.hints.len();
    let open_count = (*shown).min(total);
    let show_next = {
        let shown = shown.clone();
        let pack_id = props.pack_id.to_string();
        let lesson_id = props.lesson_id.to_string();
        let profile = context.app_state().profile.clone();
        Callback::from(move |_: MouseEvent| {
            let next = (*shown + 1).min(total);
            let address = LessonAddress {
                pack_id: &pack_id,
                lesson_id: &lesson_id,
            };
            // Not being able to keep the count only means it is not kept.
            if let Some(profile) = &profile {
                let _ = change_lesson(profile, address, |progress| {
                    progress.hints_shown = progress.hints_shown.max(next as u32);
                });
            }
            shown.set(next);
        })
    };
    let language = context.language();
    let hints = props.hints.iter().take(open_count).enumerate().map(|(index, hint)| {
        let (text, _) = hint.pick(language, props.default_language);
        let (document, _) = parse_markdown(text);
        html! {
            <li class="hint">
                <span class="hint-number">{ context.text_with("hint-number", &[("number", (index + 1).into())]) }</span>
                <MarkdownView document={Rc::new(document)} pack_base={props.pack_base.clone()}
                    on_copy_code={props.on_copy_code.clone()} copy_label={context.text("copy-to-editor")} />
            </li>
        }
    });
    let button = (open_count < total).then(|| {
        let label = if open_count == 0 {
            context.text("hint-show-first")
        } else {
            context.text("hint-show-next")
        };
        html! {
            <button type="button" class="hint-button" onclick={show_next}>
                { label }
                <span class="hint-count">{ format!(" ({open_count}/{total})") }</span>
            </button>
        }
    });
    html! {
        <section class="lesson-hints" aria-label={context.text("hints-title")}>
            <ol class="hint-list" aria-live="polite">{ for hints }</ol>
            { for button }
        </section>
    }
}
