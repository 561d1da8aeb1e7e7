//! Three big buttons, one per language, each written in its own language.

use engine::i18n::Language;
use yew::prelude::*;

use crate::context::use_app_context;

/// Properties of [`LanguagePicker`].
#[derive(Properties, PartialEq)]
pub struct LanguagePickerProps {
    /// The language shown as selected.
    pub selected: Language,
    /// Whether the selected button takes the keyboard focus when shown.
    #[prop_or_default]
    pub focus_selected: bool,
}

/// Chooses the interface language and keeps the choice.
#[function_component(LanguagePicker)]
pub fn language_picker(props: &LanguagePickerProps) -> Html {
    let context = use_app_context();
    let selected_button = use_node_ref();
    {
        let selected_button = selected_button.clone();
        let focus_selected = props.focus_selected;
        use_effect_with((), move |_| {
            if focus_selected {
                if let Some(button) = selected_button.cast::<web_sys::HtmlElement>() {
                    let _ = button.focus();
                }
            }
        });
    }
    let buttons = Language::ALL.into_iter().map(|language| {
        let context = context.clone();
        let choose = Callback::from(move |_: MouseEvent| {
            crate::services::progress::choose_language(&context, language);
        });
        let is_selected = language == props.selected;
        html! {
            <button
                type="button"
                class={classes!("language-button", is_selected.then_some("selected"))}
                lang={language.code()}
                aria-pressed={is_selected.to_string()}
                data-language={language.code()}
                ref={if is_selected { selected_button.clone() } else { NodeRef::default() }}
                onclick={choose}
            >
                { language.native_name() }
            </button>
        }
    });
    html! { <div class="language-picker" role="group">{ for buttons }</div> }
}
